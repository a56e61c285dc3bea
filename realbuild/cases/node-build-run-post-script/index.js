const fs = require("fs");
process.stdout.write(fs.readFileSync("/etc/greeter/message", "utf8"));
