#!/bin/sh
set -e
if [ -z "$1" ]; then
  set -- world
fi
echo "starting greet for $1"
exec greet "$@"
