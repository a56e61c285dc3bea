#!/bin/sh
# the entry script: runs the C program and summarises its lines with gawk (a package the
# Dockerfile installs for run time), then says who runs it and where
hello --count 3 | gawk '{ print NR ": " $0 } END { print NR " lines (gawk " (PROCINFO["version"] != "" ? "yes" : "no") ")" }'
status=$?
echo "user $(id -un) home $HOME cwd $(pwd)"
ls -ld "$HOME" | awk '{ print $1, $3, $4 }'
exit $status
