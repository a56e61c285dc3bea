FROM \
    # the base image
    alpine:3.19 \
    AS base

FROM --platform=x alpine AS \
    two

FROM \
    --platform=y \
    a \
    AS \
    c
