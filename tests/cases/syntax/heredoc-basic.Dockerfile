# syntax=docker/dockerfile:1
FROM alpine
RUN <<EOF
set -e
echo hello
EOF
