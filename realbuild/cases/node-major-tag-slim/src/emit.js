'use strict';
// writes dist/main.js around the bundle mkdist made (the build's output)
var fs = require('fs');
var bundle = fs.readFileSync('dist/bundle.txt', 'utf8').trim();
fs.writeFileSync('dist/main.js',
  "'use strict';\n" +
  "var shout = require('shout');\n" +
  'console.log(shout(' + JSON.stringify(bundle) + '));\n' +
  "console.log('node ' + process.version.split('.')[0] + ', args: ' + process.argv.slice(2).join(' '));\n");
