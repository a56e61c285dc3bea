'use strict';
var fs = require('fs');
var shout = require('shout');
var bundle = fs.readFileSync('dist/bundle.txt', 'utf8').trim();
console.log(shout(bundle));
console.log('node ' + process.version.split('.')[0] + ', dist built: ' + fs.existsSync('dist/bundle.txt'));
