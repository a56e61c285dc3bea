// prints what the RUN before the build changed outside the app: the locales
// uncommented in /etc/locale.gen (a file of the locales package) and /etc/environment
const fs = require('fs');
const gen = fs.readFileSync('/etc/locale.gen', 'utf8').split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'));
console.log('locale.gen: ' + gen.join(', '));
console.log('environment: ' + fs.readFileSync('/etc/environment', 'utf8').trim());
