// Started by `npm start`, whose script first runs /usr/bin/python3 (a file the full node image
// has and its slim sibling lacks).
console.log(`node ${process.versions.node.split(".")[0]}: hello from ${require("./package.json").name}`);
