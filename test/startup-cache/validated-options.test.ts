import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { validatedCache } from "../../src/startup-cache/validated-options.js";
import { parseOptions, type BaselineOptions } from "../../src/options/index.js";

const CONFIG = { name: "shop", backend: { kind: "django", dir: "backend" }, frontend: { kind: "nextjs", dir: "frontend" }, cloud: "compose" };

function repoWith(config: unknown): string {
  const root = mkdtempSync(join(tmpdir(), "devops-baseline-repo-"));
  writeFileSync(join(root, "devops-baseline.json"), JSON.stringify(config));
  return root;
}

function cacheDir(): string {
  return mkdtempSync(join(tmpdir(), "devops-baseline-cache-"));
}

describe("the cache of validated options", () => {
  it("gives back what was validated for the same build and bytes, and misses on any other", () => {
    const dir = cacheDir();
    const cache = validatedCache({ dir, build: "build-a" });
    const bytes = Buffer.from(JSON.stringify(CONFIG));
    const options = parseOptions(CONFIG);
    expect(cache.read("devops-baseline.json", bytes)).toBeUndefined();
    cache.write("devops-baseline.json", bytes, options);
    expect(cache.read("devops-baseline.json", bytes)).toEqual(options);
    expect(cache.read("devops-baseline.json", Buffer.from(JSON.stringify({ ...CONFIG, name: "shop2" })))).toBeUndefined();
    expect(validatedCache({ dir, build: "build-b" }).read("devops-baseline.json", bytes)).toBeUndefined();
    // Written atomically: one entry, no temp file left.
    expect(readdirSync(join(dir, "options"))).toHaveLength(1);
  });

  it("treats a corrupt or foreign entry as a miss", () => {
    const dir = cacheDir();
    const cache = validatedCache({ dir, build: "b" });
    const bytes = Buffer.from("{}");
    cache.write("devops-baseline.json", bytes, parseOptions({}));
    const file = join(dir, "options", readdirSync(join(dir, "options"))[0]!);
    const entry = JSON.parse(readFileSync(file, "utf8")) as { key: string; value: unknown };
    writeFileSync(file, JSON.stringify({ ...entry, key: "another key" }));
    expect(cache.read("devops-baseline.json", bytes)).toBeUndefined();
    writeFileSync(file, '{"key": "trunc');
    expect(cache.read("devops-baseline.json", bytes)).toBeUndefined();
  });

  it("keeps only options that come back from JSON unchanged, and is silent where it cannot write", () => {
    const dir = cacheDir();
    const cache = validatedCache({ dir, build: "b" });
    const bytes = Buffer.from("{}");
    cache.write("devops-baseline.json", bytes, { ...parseOptions({}), name: undefined } as unknown as BaselineOptions);
    expect(cache.read("devops-baseline.json", bytes)).toBeUndefined();
    // A file where the folder should be: no folder can be made there, whoever runs the test.
    const notAFolder = join(mkdtempSync(join(tmpdir(), "devops-baseline-ro-")), "a-file");
    writeFileSync(notAFolder, "");
    const blocked = validatedCache({ dir: join(notAFolder, "cache"), build: "b" });
    expect(() => blocked.write("devops-baseline.json", bytes, parseOptions({}))).not.toThrow();
    expect(blocked.read("devops-baseline.json", bytes)).toBeUndefined();
  });

  it("never stands in for validation of a changed config", async () => {
    const cache = validatedCache({ dir: cacheDir(), build: "b" });
    const root = repoWith(CONFIG);
    const first = await loadConfig(root, cache);
    expect(first?.options).toEqual(parseOptions(CONFIG, "devops-baseline.json"));
    // The second load is the cached result, equal to a fresh validation.
    expect((await loadConfig(root, cache))?.options).toEqual(first?.options);
    writeFileSync(join(root, "devops-baseline.json"), JSON.stringify({ ...CONFIG, cloud: "mars" }));
    await expect(loadConfig(root, cache)).rejects.toThrow(/cloud/);
  });
});
