// Started by pm2-runtime through pm2.json and start.sh, which ran make first.
const http = require("http");
const fs = require("fs");
const port = Number(process.env.PORT || 3000);
http.createServer((req, res) => {
  if (req.url === "/") {
    res.end(`pm2 app: ${fs.readFileSync("/usr/src/app/check.txt", "utf8")}`);
  } else {
    res.statusCode = 404;
    res.end("not found\n");
  }
}).listen(port, "127.0.0.1");
