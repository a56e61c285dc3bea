// the build step: writes dist/banner.json, which the program reads at run time
const fs = require("fs");
fs.mkdirSync("dist", { recursive: true });
fs.writeFileSync("dist/banner.json", JSON.stringify({ title: "release report", built: true }) + "\n");
