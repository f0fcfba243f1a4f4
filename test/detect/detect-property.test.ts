import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectFromSnapshot, filesToRead } from "../../src/detect/index.js";
import { parseOptions } from "../../src/options/index.js";

/** Segments that matter to detection, mixed with hostile ones, so random trees hit real code paths. */
const segment = fc.oneof(
  fc.constantFrom(
    "package.json", "pyproject.toml", "requirements.txt", "requirements", "base.txt", "manage.py", "settings.py",
    "settings", "Pipfile", "uv.lock", "poetry.lock", "pnpm-lock.yaml", "yarn.lock", "bun.lockb", ".nvmrc",
    ".python-version", "runtime.txt", ".tool-versions", "Dockerfile", "docker-compose.yml", "schema.prisma",
    ".env.example", "node_modules", "venv", "pyvenv.cfg", "backend", "frontend", "apps", "api", "web", "examples",
    "..", ".", "", "C:", "__proto__", "constructor", "a b", "ü",
  ),
  fc.string({ maxLength: 8 }),
);
const path = fc
  .tuple(fc.array(segment, { minLength: 1, maxLength: 8 }), fc.constantFrom("/", "\\"))
  .map(([parts, separator]) => parts.join(separator));

/** Contents: valid-looking manifests with random values, and plain garbage. */
const content = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc
    .record({
      name: fc.oneof(fc.string(), fc.constant(undefined), fc.integer()),
      dependencies: fc.oneof(fc.dictionary(fc.constantFrom("next", "express", "@nestjs/core", "pg", "mongoose", "react", "vite", "__proto__"), fc.string()), fc.string()),
      packageManager: fc.oneof(fc.string(), fc.constantFrom("pnpm@9", "yarn@4", "bun@1", "npm@10")),
      engines: fc.oneof(fc.record({ node: fc.string() }), fc.constant(null)),
      volta: fc.anything(),
    })
    .map((v) => JSON.stringify(v)),
  fc
    .tuple(fc.constantFrom("[project]", "[tool.poetry]", "[tool.poetry.dependencies]", "[packages]"), fc.string(), fc.string())
    .map(([table, a, b]) => `${table}\nname = ${JSON.stringify(a)}\nrequires-python = ${JSON.stringify(b)}\ndependencies = [${JSON.stringify(a)}]\npython = ${JSON.stringify(b)}\n`),
  fc.string().map((s) => `services:\n  db:\n    image: ${s}\n  redis:\n    image: [${s}\n`),
  fc.string().map((s) => `ARG V=${s}\nFROM python:\${V}-slim\nFROM node:${s}\nEXPOSE ${s}\n`),
);

describe("detectFromSnapshot on random repositories", () => {
  it("never throws, and always proposes options that parseOptions accepts", () => {
    fc.assert(
      fc.property(fc.array(path, { maxLength: 30 }), fc.array(content, { maxLength: 30 }), fc.option(fc.string()), (paths, contents, name) => {
        const files = new Map(paths.map((p, i) => [p, contents[i % Math.max(contents.length, 1)] ?? ""]));
        const detection = detectFromSnapshot(name === null ? { paths, files } : { paths, files, name });
        expect(() => parseOptions(detection.config)).not.toThrow();
        expect(JSON.parse(JSON.stringify(detection))).toEqual(detection);
        for (const asked of filesToRead(paths)) expect(asked).not.toMatch(/(^|\/)(node_modules|venv)\//);
      }),
      { numRuns: 300 },
    );
  });

  it("tolerates snapshots that break the type contract at run time", () => {
    const broken = [
      { paths: undefined, files: undefined },
      { paths: [42, null, "package.json"], files: new Map<unknown, unknown>([["package.json", 7]]) },
      { paths: ["manage.py"], files: {} },
    ];
    for (const snapshot of broken) {
      expect(() => detectFromSnapshot(snapshot as never)).not.toThrow();
    }
  });
});
