'use strict';
var fs = require('fs');
var shout = require('shout');
console.log(shout(fs.readFileSync('dist/bundle.txt', 'utf8').trim()));
console.log('node ' + process.version.split('.')[0] + ', npm_lifecycle_event: ' + process.env.npm_lifecycle_event);
