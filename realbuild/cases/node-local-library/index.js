// Greets each argument through the addon, which calls libgreet from /usr/local/lib.
const addon = require('./build/Release/greet.node');

for (const name of process.argv.slice(2)) {
  console.log(addon.hello(name));
}
