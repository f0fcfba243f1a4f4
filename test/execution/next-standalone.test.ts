// Proof by execution (issue 11): Next.js with output: "standalone" (src/app, next.config.ts). The image
// runs the traced server.js as the node user; lint, type, unit-test and build gates are broken on purpose.
import { describeNextFixture } from "./next-fixture.js";

describeNextFixture({
  mode: "standalone",
  srcDir: "src",
  bundleDir: ".next/static",
  port: 3000,
  command: /^node server\.js$/,
  runAs: "uid 1000",
  broken: ["lint", "typecheck", "unit-tests", "build"],
});
