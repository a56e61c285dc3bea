// npm install ran in / (no WORKDIR): node_modules, package.json, config.json (written by
// the install's RUN), app.js and views/ are in /, copied there by name
const fs = require("fs");
const ms = require("ms");
console.log("cwd", process.cwd());
console.log("ms", process.argv[2], ms(process.argv[2] || "1h"));
console.log("modules in /", require.resolve("ms").startsWith("/node_modules/"));
console.log("config", JSON.parse(fs.readFileSync("config.json", "utf8")).greeting);
console.log("view", fs.readFileSync("views/index.html", "utf8").trim());
console.log("package", require("/package.json").name);
