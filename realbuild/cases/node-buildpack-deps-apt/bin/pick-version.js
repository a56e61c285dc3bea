#!/usr/bin/env node
'use strict';

const semver = require('semver');

const [range, ...versions] = process.argv.slice(2);
if (!range || versions.length === 0) {
  console.error('usage: pick-version RANGE VERSION...');
  process.exit(2);
}
if (semver.validRange(range) === null) {
  console.error(`not a range: ${range}`);
  process.exit(2);
}

const valid = versions.filter((v) => semver.valid(v) !== null);
for (const v of versions.filter((v) => semver.valid(v) === null)) {
  console.log(`skipped ${v} (not a version)`);
}
for (const v of semver.sort(valid.slice())) {
  console.log(`${semver.satisfies(v, range) ? '+' : '-'} ${v}`);
}
const best = semver.maxSatisfying(valid, range);
if (best === null) {
  console.log(`nothing satisfies ${range}`);
  process.exit(1);
}
console.log(`picked ${best} (node ${process.versions.node.split('.')[0]})`);
