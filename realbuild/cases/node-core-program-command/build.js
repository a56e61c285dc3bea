// writes the report the container prints: the build's output, read at run time by cat
const fs = require("fs");
fs.mkdirSync("dist", { recursive: true });
const lines = ["report", `node ${process.versions.node.split(".")[0]}`, "built by npm run build"];
fs.writeFileSync("dist/report.txt", lines.join("\n") + "\n");
