/**
 * `npm run demo`: copies examples/django-nextjs to a temporary folder, runs `init --yes` there,
 * then lists what was written and shows ci.yml. Leaves the repository itself untouched.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { run } from "../src/cli/run.js";

const example = new URL("../examples/django-nextjs/", import.meta.url).pathname;
// Detection names a project after its folder when nothing else names it.
const target = join(mkdtempSync(join(tmpdir(), "devops-baseline-demo-")), "django-nextjs");
cpSync(example, target, { recursive: true });

console.log(`$ create-devops-baseline init --yes --cwd ${target}\n`);
const code = await run(["init", "--yes", "--cwd", target]);
if (code !== 0) process.exit(code);

const before = new Set(walk(example).map((p) => relative(example, p)));
const written = walk(target)
  .map((p) => relative(target, p))
  .filter((p) => !before.has(p));
console.log(`\nWritten in ${target}:`);
for (const path of written.sort()) console.log(`  ${path}`);
const shown = written.includes(".github/workflows/ci.yml") ? ".github/workflows/ci.yml" : written.sort()[0];
if (shown) console.log(`\n--- ${shown} ---\n${readFileSync(join(target, shown), "utf8")}`);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
