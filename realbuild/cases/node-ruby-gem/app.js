// Runs a program a Ruby gem installed (as grunt-contrib-sass runs the sass gem).
var execFileSync = require('child_process').execFileSync;
console.log(execFileSync('greet').toString().trim());
