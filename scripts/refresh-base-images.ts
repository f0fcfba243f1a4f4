/**
 * Refresh `src/data/base-images.json`: the current multi-arch index digest of every pinned image tag.
 * Needs a Docker CLI with buildx (registry access, no daemon work) or `crane`.
 *
 *   node --import tsx scripts/refresh-base-images.ts [--check]
 *
 * --check  write nothing; exit 1 when a digest moved
 *
 * See docs/base-images.md.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";

const FILE = new URL("../src/data/base-images.json", import.meta.url);

interface Pin {
  image: string;
  tag: string;
  digest: string;
  source: string;
}
interface PinsFile {
  $comment: string;
  images: Record<string, Pin>;
  tools: Record<string, string>;
}

/** The index digest a registry serves for `image:tag` now. */
export function resolveDigest(ref: string): string {
  try {
    const out = execFileSync("docker", ["buildx", "imagetools", "inspect", ref, "--format", "{{json .Manifest}}"], { encoding: "utf8" });
    return (JSON.parse(out) as { digest: string }).digest;
  } catch {
    return execFileSync("crane", ["digest", ref], { encoding: "utf8" }).trim();
  }
}

/** New pins file with each digest from `resolve`, and which keys changed. Pure, for tests. */
export function applyDigests(data: PinsFile, resolve: (ref: string) => string, today: string): { data: PinsFile; changed: string[] } {
  const changed: string[] = [];
  const images: Record<string, Pin> = {};
  for (const [key, pin] of Object.entries(data.images)) {
    const digest = resolve(`${pin.image}:${pin.tag}`);
    if (!/^sha256:[0-9a-f]{64}$/.test(digest)) throw new Error(`${key}: registry answered "${digest}", not a digest`);
    if (digest === pin.digest) {
      images[key] = pin;
    } else {
      changed.push(key);
      images[key] = { ...pin, digest, source: `registry index digest resolved on ${today} (scripts/refresh-base-images.ts)` };
    }
  }
  return { data: { ...data, images }, changed };
}

function main(): void {
  const { values } = parseArgs({ options: { check: { type: "boolean", default: false } } });
  const current = JSON.parse(readFileSync(FILE, "utf8")) as PinsFile;
  const { data, changed } = applyDigests(current, resolveDigest, new Date().toISOString().slice(0, 10));
  for (const key of changed) console.log(`${key}: ${current.images[key]!.digest} -> ${data.images[key]!.digest}`);
  if (values.check) {
    process.exitCode = changed.length > 0 ? 1 : 0;
    return;
  }
  if (changed.length > 0) writeFileSync(FILE, `${JSON.stringify(data, null, 2)}\n`);
  console.log(changed.length > 0 ? `Updated ${changed.length} pin(s).` : "All pins are current.");
}

if (import.meta.url === `file://${process.argv[1]}`) main();
