#!/bin/bash
set -euo pipefail
wait_for() {
  echo "waiting for $1"
}
if [ -n "${DB_HOST:-}" ]; then
  wait_for "$DB_HOST"
fi
mkdir -p /app/data
exec "$@"
