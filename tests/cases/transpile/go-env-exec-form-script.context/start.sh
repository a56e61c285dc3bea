#!/bin/sh
set -e
echo "starting"
exec /usr/local/bin/server "$@"
