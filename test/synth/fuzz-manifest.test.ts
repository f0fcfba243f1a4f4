import fc from "fast-check";
import { anyText } from "../safety/arbitraries.js";
import { afterAll, describe, expect, it } from "vitest";
import { gitBlobSha } from "../../src/synth/git-blob.js";
import { parseJournal } from "../../src/synth/journal.js";
import { z } from "zod";
import { manifestOf, serializeManifest, type Manifest } from "../../src/synth/manifest.js";
import { resolveManifestSides } from "../../src/synth/manifest-state.js";
import { assertSafeRelativePath } from "../../src/synth/safe-path.js";
import { parseManifest } from "../../src/synth/salvage-manifest.js";

/** The manifest's shape as a zod schema: an oracle independent of the hand-written check in manifest.ts. */
const manifestSchema = z.object({
  version: z.literal(1),
  tool: z.literal("create-devops-baseline"),
  toolVersion: z.string(),
  optionsHash: z.string(),
  files: z.record(z.string(), z.object({ sha: z.string().regex(/^[0-9a-f]{40}$/), component: z.string() })),
});

// parseManifest must never throw, whatever the text; what it returns must be a valid manifest with only
// safe paths, and salvage must never invent or alter an entry.
let cases = 0;
afterAll(() => console.log(`manifest fuzz: ${cases} cases run, 0 crashes`));

const PATHS = [".github/workflows/ci.yml", ".github/dependabot.yml", "backend/Dockerfile", "docs/runbooks/rollback.md", "compose.yml", "scripts/backup.sh"];
const MANIFEST: Manifest = {
  version: 1,
  tool: "create-devops-baseline",
  toolVersion: "0.1.0",
  optionsHash: "sha256:0123456789abcdef",
  files: Object.fromEntries(PATHS.map((p) => [p, { sha: gitBlobSha(p), component: p.split("/")[0]! }])),
};
const TEXT = serializeManifest(MANIFEST);

function checkResult(text: string): ReturnType<typeof parseManifest> {
  cases++;
  const result = parseManifest(text);
  if (result.manifest) {
    expect(manifestSchema.safeParse(result.manifest).success).toBe(true);
    for (const path of Object.keys(result.manifest.files)) expect(() => assertSafeRelativePath(path, "manifest")).not.toThrow();
  }
  for (const side of result.sides ?? []) expect(manifestSchema.safeParse(side).success).toBe(true);
  return result;
}

/** Every salvaged SHA is one the original listed: an edit may rename a path, never make up a base. */
const ORIGINAL_SHAS = new Set(Object.values(MANIFEST.files).map((e) => e.sha));
function expectOnlyOriginalShas(result: ReturnType<typeof parseManifest>): void {
  for (const entry of Object.values(result.manifest?.files ?? {})) expect(ORIGINAL_SHAS.has(entry.sha)).toBe(true);
}

/** Salvaged entries are a subset of the original ones, unchanged. */
function expectSubsetOfOriginal(result: ReturnType<typeof parseManifest>): void {
  for (const [path, entry] of Object.entries(result.manifest?.files ?? {})) expect(MANIFEST.files[path]).toEqual(entry);
}

describe("fuzzing the manifest parser (fast-check)", () => {
  it("arbitrary text never throws", () => {
    fc.assert(fc.property(anyText(400), (text) => void checkResult(text)), { numRuns: 800 });
    fc.assert(fc.property(fc.json({ maxDepth: 4 }), (text) => void checkResult(text)), { numRuns: 800 });
    fc.assert(
      fc.property(fc.dictionary(anyText(30), fc.record({ sha: fc.stringMatching(/^[0-9a-f]{40}$/), component: fc.string() })), (files) => {
        const result = checkResult(JSON.stringify({ ...MANIFEST, files }));
        // Hostile paths (.., absolute, backslashes, empty segments) are dropped, never kept.
        for (const path of Object.keys(result.manifest?.files ?? {})) expect(files[path]).toBeDefined();
      }),
      { numRuns: 800 },
    );
  });

  it("truncation at every offset keeps only intact, original entries", () => {
    for (let at = 0; at <= TEXT.length; at++) {
      const result = checkResult(TEXT.slice(0, at));
      expectSubsetOfOriginal(result);
      if (at === TEXT.length) expect(result.manifest).toEqual(MANIFEST);
    }
  });

  it("random edits keep only original SHAs; no edit makes it throw", () => {
    const edit = fc.tuple(fc.nat(TEXT.length), fc.nat(30), anyText(8));
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = TEXT;
        for (const [at, remove, insert] of edits) text = text.slice(0, at) + insert.replace(/[0-9a-f"]/g, "") + text.slice(at + remove);
        expectOnlyOriginalShas(checkResult(text));
      }),
      { numRuns: 800 },
    );
  });

  it("merge-conflict markers anywhere: each entry comes from one side, and the disk decides", () => {
    const other: Manifest = { ...MANIFEST, files: Object.fromEntries(PATHS.map((p) => [p, { sha: gitBlobSha(`other ${p}`), component: "x" }])) };
    const ours = TEXT.split("\n");
    const theirs = serializeManifest(other).split("\n");
    fc.assert(
      fc.property(fc.nat(ours.length - 1), fc.nat(ours.length - 1), fc.boolean(), fc.func(fc.boolean()), (a, b, diff3, onDisk) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const lines = [
          ...ours.slice(0, from),
          "<<<<<<< HEAD",
          ...ours.slice(from, to + 1),
          ...(diff3 ? ["||||||| base", "junk"] : []),
          "=======",
          ...theirs.slice(from, to + 1),
          ">>>>>>> branch",
          ...ours.slice(to + 1),
        ];
        const result = checkResult(lines.join("\n"));
        const disk = (path: string) => (onDisk(path) ? MANIFEST.files[path]?.sha : other.files[path]?.sha);
        const resolved = resolveManifestSides(result, disk);
        for (const [path, entry] of Object.entries(resolved?.files ?? {})) {
          // A one-line conflict can pair one side's SHA with the other's component: the SHA is what matters.
          expect([MANIFEST.files[path]?.sha, other.files[path]?.sha]).toContain(entry.sha);
          const sides = (result.sides ?? [result.manifest!]).map((s) => s.files[path]).filter(Boolean);
          if (sides.some((s) => s!.sha === disk(path))) expect(entry.sha).toBe(disk(path));
        }
      }),
      { numRuns: 800 },
    );
  });

  it("the journal parser never throws either", () => {
    fc.assert(
      fc.property(fc.oneof(anyText(200), fc.json({ maxDepth: 3 })), (text) => {
        cases++;
        parseJournal(text);
      }),
      { numRuns: 800 },
    );
  });
});

describe("manifestOf, the hand-written check", () => {
  it("accepts exactly what the zod schema accepts, and gives back what zod gives back", () => {
    const entry = fc.record({ sha: fc.oneof(fc.stringMatching(/^[0-9a-f]{40}$/), fc.string()), component: fc.oneof(fc.string(), fc.integer()) }, { requiredKeys: [] });
    const manifest = fc.record(
      {
        version: fc.oneof(fc.constant(1), fc.constant(2), fc.constant("1")),
        tool: fc.oneof(fc.constant("create-devops-baseline"), fc.string()),
        toolVersion: fc.oneof(fc.string(), fc.constant(null)),
        optionsHash: fc.string(),
        files: fc.oneof(fc.dictionary(fc.oneof(fc.constantFrom(...PATHS), fc.string()), entry), fc.array(entry)),
        extra: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(manifest, fc.anything()), (value) => {
        cases++;
        const zod = manifestSchema.safeParse(value);
        expect(manifestOf(value)).toEqual(zod.success ? zod.data : undefined);
      }),
      { numRuns: 2000 },
    );
    expect(manifestOf(MANIFEST)).toEqual(MANIFEST);
  });
});
