const { execFileSync } = require('child_process');
process.stdout.write(execFileSync('greet', ['from', 'setup.py']).toString());
