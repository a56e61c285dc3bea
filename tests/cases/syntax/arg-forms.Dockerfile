ARG BASE=alpine:3.19
ARG TAG
FROM ${BASE}
ARG A B=2 C="three four"
ARG EMPTY=
