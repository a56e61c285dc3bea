#!/bin/sh
# installs the program and its runtime directory under /var/run (/run), as a service
# start leaves /run/sshd or /run/apache2 behind
set -e
cp motd /usr/local/bin/
mkdir -p /var/run/motd
echo "made at build time under /run" > /var/run/motd/message
