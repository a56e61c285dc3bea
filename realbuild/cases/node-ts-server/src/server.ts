// A TypeScript HTTP server: compiled with tsc (a devDependency) in the build, runs on
// node with one production dependency (ms) that must reach the runner.
declare const require: any;
declare const process: any;
const http = require("http");
const ms = require("ms");

const port = Number(process.env.PORT || 3000);
const server = http.createServer((req: any, res: any) => {
  if (req.url === "/") {
    res.end(`hello from typescript, NODE_ENV=${process.env.NODE_ENV || "unset"}\n`);
  } else if (req.url === "/ms") {
    res.end(`90 minutes = ${ms("90m")} ms; 2 days = ${ms(2 * 86400000, { long: true })}\n`);
  } else if (req.url === "/typescript") {
    let found = "yes";
    try { require.resolve("typescript"); } catch (e) { found = "no"; }
    res.end(`typescript installed at run time: ${found}\n`);
  } else {
    res.statusCode = 404;
    res.end("not found\n");
  }
});
server.listen(port, "127.0.0.1");
