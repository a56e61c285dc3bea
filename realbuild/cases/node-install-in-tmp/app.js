// node_modules came from `npm install` in /tmp, copied into the app directory
const ms = require("ms");
console.log("cwd", process.cwd());
console.log("ms", process.argv[2], ms(process.argv[2] || "1h"));
console.log("modules here", require.resolve("ms").startsWith("/usr/src/app/node_modules/"));
