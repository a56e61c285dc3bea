#!/bin/sh
exec node dist/index.js
