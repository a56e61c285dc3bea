#!/bin/sh
set -e
mkdir -p dist
cp config/site.json dist/site.json
