// Started by `npm start`, whose script first runs python3 (a program the full node image has
// and its slim sibling lacks).
console.log(`node ${process.versions.node.split(".")[0]}: hello from ${require("./package.json").name}`);
