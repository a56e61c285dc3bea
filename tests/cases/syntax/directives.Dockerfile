# syntax=docker/dockerfile:1.7
#ESCAPE = \
# check=skip=JSONArgsRecommended
FROM alpine
