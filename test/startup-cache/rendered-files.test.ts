import { mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderModels } from "../../src/components/index.js";
import { parseOptions } from "../../src/options/index.js";
import { cachedRender } from "../../src/startup-cache/rendered-files.js";
import { jsonStore, pruneOldest } from "../../src/startup-cache/store.js";
import { renderFiles } from "../../src/synth/render-files.js";

const OPTIONS = parseOptions({ name: "shop", backend: { kind: "django", dir: "backend" }, frontend: { kind: "nextjs", dir: "frontend" }, cloud: "compose" });
const cacheDir = (): string => mkdtempSync(join(tmpdir(), "devops-baseline-cache-"));

describe("the cache of rendered files", () => {
  it("answers the same options and build with what they rendered, without rendering again", () => {
    const dir = cacheDir();
    const models = renderModels(OPTIONS);
    const fresh = renderFiles(models, OPTIONS);
    expect(cachedRender({ dir, build: "a" })(OPTIONS, () => models)).toEqual(fresh);
    // No models to render from: only the cache can give the files back.
    expect(cachedRender({ dir, build: "a" })(OPTIONS, () => [])).toEqual(fresh);
    expect(readdirSync(join(dir, "rendered"))).toHaveLength(1);
  });

  it("renders again for other options or another build, and always without a cache", () => {
    const dir = cacheDir();
    cachedRender({ dir, build: "a" })(OPTIONS, () => renderModels(OPTIONS));
    const other = { ...OPTIONS, name: "shop2" };
    expect(cachedRender({ dir, build: "a" })(other, () => [])).toEqual([]);
    expect(cachedRender({ dir, build: "b" })(OPTIONS, () => [])).toEqual([]);
    expect(cachedRender(undefined)(OPTIONS, () => [])).toEqual([]);
  });

  it("treats an entry of the wrong shape as a miss", () => {
    const dir = cacheDir();
    const store = jsonStore({ dir, build: "a" }, "rendered", (v): v is unknown => true);
    store.write([JSON.stringify(OPTIONS)], [{ path: "ci.yml", content: 42 }]);
    expect(cachedRender({ dir, build: "a" })(OPTIONS, () => [])).toEqual([]);
  });
});

describe("the startup cache store", () => {
  it("keeps the most recently written entries of a kind", () => {
    const dir = cacheDir();
    const folder = join(dir, "kind");
    const store = jsonStore({ dir, build: "a" }, "kind", (v): v is number => typeof v === "number", 3);
    const past = Date.now() - 100_000;
    for (let i = 0; i < 5; i++) {
      const before = new Set(i === 0 ? [] : readdirSync(folder));
      store.write([`input ${i}`], i);
      // Dated a second apart, oldest first, whatever the file system's timestamp resolution.
      for (const name of readdirSync(folder).filter((n) => !before.has(n))) utimesSync(join(folder, name), new Date(past + i * 1000), new Date(past + i * 1000));
    }
    expect(readdirSync(folder)).toHaveLength(3);
    expect([0, 1, 2, 3, 4].map((i) => store.read([`input ${i}`]))).toEqual([undefined, undefined, 2, 3, 4]);
  });

  it("prunes its own files by age, leaves a folder within its limit alone, and never touches anything else there", () => {
    const folder = cacheDir();
    for (const [name, age] of [["old.bin", 300], ["mid.bin", 200], ["new.bin", 100], ["older-other.txt", 400]] as const) {
      writeFileSync(join(folder, name), "");
      const at = new Date(Date.now() - age * 1000);
      utimesSync(join(folder, name), at, at);
    }
    // Node.js 22's compile cache: a folder beside the code caches.
    mkdirSync(join(folder, "v22.23.5-x64-0"));
    utimesSync(join(folder, "v22.23.5-x64-0"), new Date(0), new Date(0));
    pruneOldest(folder, 3, ".bin");
    expect(readdirSync(folder).sort()).toEqual(["mid.bin", "new.bin", "old.bin", "older-other.txt", "v22.23.5-x64-0"]);
    pruneOldest(folder, 2, ".bin");
    expect(readdirSync(folder).sort()).toEqual(["mid.bin", "new.bin", "older-other.txt", "v22.23.5-x64-0"]);
  });
});
