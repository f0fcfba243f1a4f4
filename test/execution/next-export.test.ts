// Proof by execution (issue 11): Next.js with output: 'export' (CommonJS next.config.js, trailingSlash).
// The bundle budget measures out/_next/static; the image serves out/ with nginx (Debian's nginx standing
// in for nginx-unprivileged, the generated docker/nginx-spa.conf as its server block, as uid 101).
import { describeNextFixture } from "./next-fixture.js";

describeNextFixture({
  mode: "export",
  srcDir: "src",
  bundleDir: "out/_next/static",
  port: 8080,
  command: /^nginx -e stderr -c \S+\/etc\/nginx\/nginx\.conf -g daemon off;$/,
  runAs: "uid 101",
  broken: [],
});
