#!/bin/sh
# the site's settings, where the program reads them
set -e
mkdir -p /etc/greeter
echo "hello from post.sh" > /etc/greeter/message
