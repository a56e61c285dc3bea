#!/bin/sh
set -e
mkdir -p /usr/share/quotes
printf '%s\n' "the build is not the runtime" "measure, do not guess" > /usr/share/quotes/quotes.txt
echo "data=/usr/share/quotes/quotes.txt" > /etc/quotes.conf
