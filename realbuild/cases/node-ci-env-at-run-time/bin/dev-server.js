#!/usr/bin/env node
// A development server as react-scripts' `start` runs it: it stops when its standard
// input ends, unless CI=true (react-scripts/scripts/start.js).  Under `docker run`
// without -i the input is /dev/null and ends at once, so the image's ENV CI=true is
// what keeps it serving.  It answers the range with its best version, then exits.
'use strict';
const semver = require('semver');

const [range, ...versions] = process.argv.slice(2);
if (process.env.CI !== 'true') {
  process.stdin.on('end', () => {
    console.log('standard input ended: the server stops');
    process.exit(3);
  });
  process.stdin.resume();
}
setTimeout(() => {
  console.log('CI:', process.env.CI);
  console.log('served:', semver.maxSatisfying(versions, range));
  process.exit(0);
}, 1000);
