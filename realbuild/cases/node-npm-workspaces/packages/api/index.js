// loads the workspace package "shared" through node_modules/shared, the link npm made
// to ../packages/shared: a runner without the workspace directories has a dangling link
const fs = require("fs");
const path = require("path");
const { greet } = require("shared");
const link = path.join(__dirname, "..", "..", "node_modules", "shared");
console.log(greet("workspaces"));
console.log("node_modules/shared ->", fs.readlinkSync(link));
