#!/bin/sh
set -e
mkdir -p /tmp/greeter
date -u +%Y > /tmp/greeter/year
echo "starting"
exec greeter "$@"
