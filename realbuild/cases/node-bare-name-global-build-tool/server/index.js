// The server's start: reports the client bundle the build minified (uglify-js, a global
// build tool) and the Node major version, then exits.
const fs = require("fs");
const path = require("path");
const bundle = fs.readFileSync(path.join(__dirname, "..", "client", "app.min.js"), "utf8");
console.log(`node ${process.versions.node.split(".")[0]}: client bundle ${bundle.length} bytes`);
console.log(bundle.trim());
