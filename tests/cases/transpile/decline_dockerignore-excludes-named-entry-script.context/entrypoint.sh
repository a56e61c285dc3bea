#!/bin/sh
set -e
mkdir -p /tmp/cache
curl --version > /dev/null
echo "starting"
sleep 1
exec server "$@"
