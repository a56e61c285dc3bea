#!/bin/sh
set -e
mkdir -p gen /tmp/work
echo 'package main' > version.go
printf 'const Version = "%s"\n' "1.0" >> version.go
cd third_party
make -C lib
cd ..
cp third_party/lib/table.txt gen/
