// Proof by execution (issue 11): Next.js with no output key (app/ at the root, next.config.mjs). The
// image runs `next start` over the build with production dependencies only; the bundle budget is broken on purpose.
import { describeNextFixture } from "./next-fixture.js";

describeNextFixture({
  mode: "default",
  srcDir: ".",
  bundleDir: ".next/static",
  port: 3000,
  command: /^node node_modules\/next\/dist\/bin\/next start --hostname 0\.0\.0\.0 --port \d+$/,
  runAs: "uid 1000",
  broken: ["bundle-budget"],
});
