#!/usr/bin/env node
// Joins its arguments into a YAML document and prints the scalars the yaml-scalars
// helper (a program on the PATH) finds in it, numbered.
'use strict';
const { execFileSync } = require('child_process');

const doc = process.argv.slice(2).join('\n') + '\n';
let out;
try {
  out = execFileSync('yaml-scalars', { input: doc, encoding: 'utf8' });
} catch (err) {
  console.error(`yaml-scalars failed: ${err.message}`);
  process.exit(1);
}
out.split('\n').filter(Boolean).forEach((s, i) => console.log(`${i + 1}. ${s}`));
