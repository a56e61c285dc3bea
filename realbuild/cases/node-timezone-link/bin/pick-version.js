#!/usr/bin/env node
// Prints the time zone the container runs in (the link /etc/localtime names, read by
// ICU and the C library), the epoch in local time, /etc/timezone, the user, and then
// the highest version that satisfies the range.
'use strict';
const fs = require('fs');
const os = require('os');
const semver = require('semver');

const [range, ...versions] = process.argv.slice(2);
console.log('zone:', Intl.DateTimeFormat().resolvedOptions().timeZone);
console.log('epoch:', new Date(0).toString());
console.log('offset:', new Date(0).getTimezoneOffset());
console.log('/etc/timezone:', fs.readFileSync('/etc/timezone', 'utf8').trim());
console.log('user:', os.userInfo().username);
const best = semver.maxSatisfying(versions, range);
console.log(best === null ? 'none' : best);
process.exit(best === null ? 1 : 0);
