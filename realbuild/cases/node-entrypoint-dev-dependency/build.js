// The build step: writes the page the server answers with.
const fs = require("fs");
fs.mkdirSync("dist", { recursive: true });
fs.writeFileSync("dist/page.txt", "built at image build time\n");
