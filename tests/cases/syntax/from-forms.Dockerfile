FROM alpine
FROM alpine:3.19 AS builder
from builder as final
FROM --platform=linux/amd64 scratch
FROM a b c d
