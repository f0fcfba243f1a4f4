import { infrastructure } from "/work/wt-edge/src/components/infrastructure/index.js";
import { parseOptions } from "/work/wt-edge/src/options/index.js";
import { renderFiles } from "/work/wt-edge/src/synth/render-files.js";
const [cloud, path] = process.argv.slice(2);
const o = parseOptions({ name: "shop", cloud, database: "postgres", backend: { kind: "django" }, frontend: { kind: "nextjs", dir: "web" }, deploy: { domain: "shop.example.org" }, edge: { dnsZone: "example.org" }, costTags: { team: "checkout" }, notifications: { email: "ops@example.org" } });
console.log(renderFiles(infrastructure.render(o), o).find((f) => f.path === path)?.content);
