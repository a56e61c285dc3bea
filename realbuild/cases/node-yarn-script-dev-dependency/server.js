// Answers with GREETING, which the start script sets through cross-env (a devDependency).
const http = require("http");
const fs = require("fs");
const page = fs.readFileSync(__dirname + "/dist/page.txt", "utf8");
http.createServer((req, res) => {
  if (req.url !== "/") {
    res.writeHead(404);
    res.end("not found\n");
    return;
  }
  res.end(`${process.env.GREETING} from node: ${page}`);
}).listen(Number(process.env.PORT), "127.0.0.1");
