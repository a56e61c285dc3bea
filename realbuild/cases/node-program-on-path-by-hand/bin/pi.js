#!/usr/bin/env node
// Prints pi to each number of digits given, as the pi-digits helper (a program on the
// PATH) computes it; exit 1 when the helper fails.
'use strict';
const { execFileSync } = require('child_process');

for (const digits of process.argv.slice(2)) {
  try {
    const out = execFileSync('pi-digits', [digits], { encoding: 'utf8' });
    process.stdout.write(`${digits}: ${out}`);
  } catch (err) {
    console.error(`pi-digits ${digits} failed: ${err.message}`);
    process.exit(1);
  }
}
