#!/bin/sh
set -e
gcc -O2 -o /tmp/probe /app/probe.c
exec "$@"
