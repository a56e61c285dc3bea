// reads what the image holds at run time: a program of a package the Dockerfile
// installs (lsb_release), the CA bundle, a registry dependency and the build's output
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const ms = require("ms");

const banner = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "dist", "banner.json"), "utf8"));
const codename = execFileSync("lsb_release", ["-cs"], { encoding: "utf8" }).trim();
const distributor = execFileSync("lsb_release", ["-is"], { encoding: "utf8" }).trim();
console.log(`${banner.title} (built: ${banner.built})`);
console.log(`distribution: ${distributor} ${codename}`);
console.log(`node: ${process.version}`);
console.log(`ca bundle: ${fs.existsSync("/etc/ssl/certs/ca-certificates.crt")}`);
console.log(`ms: ${ms(90000)} ${ms("2h")}`);
console.log(`cwd: ${process.cwd()} app_directory=${process.env.app_directory}`);
