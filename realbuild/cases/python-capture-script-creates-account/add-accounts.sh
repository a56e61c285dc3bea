#!/bin/sh
# the service account the program drops its privileges to (it owns no file)
set -e
groupadd --system worker
useradd --system --gid worker --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin worker
