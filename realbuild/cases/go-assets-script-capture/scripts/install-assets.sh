#!/bin/sh
set -e
mkdir -p /usr/share/greeter
echo "hello from the assets script" > /usr/share/greeter/index.html
echo "stale" > /usr/share/greeter/old.html
printf 'name=greeter\npage=/usr/share/greeter/index.html\n' > /etc/greeter.conf
rm /usr/share/greeter/old.html
