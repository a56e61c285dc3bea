#!/bin/sh
set -e
echo "starting"
exec gosu nobody "$@"
