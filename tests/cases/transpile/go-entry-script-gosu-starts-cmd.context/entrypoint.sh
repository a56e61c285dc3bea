#!/bin/sh
set -e
exec gosu nobody "$@"
