const ms = require("ms");
require("node:http").createServer((q, r) => r.end(ms(1000))).listen(Number(process.env.PORT), "0.0.0.0");
