#!/bin/sh
git log -1 --format=%H > /tmp/version
exec /usr/local/bin/server
