from \
  # the base image
  alpine:3.19 \
  as base
FROM --platform=x alpine as \
   two
from \
 --platform=y \
 a \
 as \
 c
