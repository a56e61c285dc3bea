#!/bin/sh
# The asset step of the build (as npm + bower, a bundler or go generate would): it
# writes a file the program reads at run time, which the build context does not hold.
set -e
mkdir -p public
printf 'var greeting = "hello from the generated asset";\n' > public/app.js
