const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");
const ms = require("ms");

const started = Date.now();
const port = Number(process.env.PORT ?? 3000);
http
  .createServer((request, response) => {
    if (request.url === "/healthz") {
      const body = JSON.stringify({
        ok: true,
        uid: process.getuid(),
        cwd: process.cwd(),
        nodeEnv: process.env.NODE_ENV,
        uptime: ms(Date.now() - started),
        buildRoot: fs.readFileSync(path.join(__dirname, "build-root.txt"), "utf8"),
      });
      response.writeHead(200, { "content-type": "application/json" }).end(body);
    } else {
      response.writeHead(404).end("not found");
    }
  })
  .listen(port, "0.0.0.0", () => console.log(`listening on ${port}`));
