'use strict';
// the client's "build": writes the page the server prints
const fs = require('fs');
fs.mkdirSync('dist', { recursive: true });
fs.writeFileSync('dist/banner.txt', 'site built by the client\n');
