#!/bin/sh
# The app's start script: cross-env (a devDependency) sets GREETING for the server.
exec node_modules/.bin/cross-env GREETING=hello node server.js
