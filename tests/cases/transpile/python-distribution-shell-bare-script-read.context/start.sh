#!/bin/sh
set -e
exec python3 -m greet
