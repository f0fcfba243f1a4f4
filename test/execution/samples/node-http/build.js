// The "build": copies the server to dist/ and records where the build ran (the image runner
// relocates that path when dist/ is copied to the runtime stage).
const fs = require("node:fs");
fs.mkdirSync("dist", { recursive: true });
fs.copyFileSync("src/server.js", "dist/server.js");
fs.writeFileSync("dist/build-root.txt", process.cwd());
