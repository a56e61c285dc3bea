#!/bin/bash
# pm2 starts this script (pm2.json): it runs make, a program node:18-bookworm has and
# node:18-bookworm-slim lacks, before it hands over to node
set -e
make -s check > /usr/src/app/check.txt
exec node server.js
