'use strict';
// the server reads the client's build output and uses its own dependency
const fs = require('fs');
const path = require('path');
const semver = require('semver');

process.stdout.write(fs.readFileSync(path.join(__dirname, '..', 'client', 'dist', 'banner.txt'), 'utf8'));
console.log(`node ${process.versions.node.split('.')[0]} satisfies >=18: ${semver.satisfies(process.versions.node, '>=18')}`);
