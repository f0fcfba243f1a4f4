import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { detectRepo } from "../../src/detect/index.js";
import { parseOptions } from "../../src/options/index.js";
import { FIXTURE_CASES } from "./fixture-cases.js";

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "../fixtures/detect");

describe("detectRepo on fixture repositories", () => {
  it("has an expectation for every fixture folder, and a folder for every expectation", () => {
    const folders = readdirSync(FIXTURES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.sort()).toEqual(Object.keys(FIXTURE_CASES).sort());
    expect(folders.length).toBeGreaterThanOrEqual(25);
  });

  for (const [name, expected] of Object.entries(FIXTURE_CASES)) {
    describe(name, () => {
      const detection = detectRepo(join(FIXTURES, name));

      it("proposes the expected options (CI gates and app variables have their own tests: detect-gates.test.ts, app-variables.test.ts)", () => {
        expect(withoutGates(detection.config)).toEqual(expected.config);
      });

      it("reports exactly the expected warnings", () => {
        const patterns = expected.warnings ?? [];
        expect(detection.warnings, detection.warnings.join("\n")).toHaveLength(patterns.length);
        patterns.forEach((pattern, i) => expect(detection.warnings[i]).toMatch(pattern));
      });

      it("names the file behind each key", () => {
        for (const [key, file] of Object.entries(expected.evidence ?? {})) {
          const fact = detection.evidence.find((e) => e.key === key);
          expect(fact?.file, key).toBe(file);
          expect(fact?.reason, key).toContain(file === "." ? "" : file);
        }
      });

      it("gives evidence for every proposed key, from a file that exists in the fixture", () => {
        const keys = flatKeys(detection.config);
        for (const key of keys) expect(detection.evidence.map((e) => e.key), key).toContain(key);
        const paths = new Set(listFiles(join(FIXTURES, name)));
        for (const fact of detection.evidence) {
          if (fact.file !== ".") expect(paths, `${fact.key}: ${fact.file}`).toContain(fact.file);
          expect(fact.file).not.toMatch(/(^|\/)(node_modules|venv|tools-env)\//);
          expect(fact.reason.length).toBeGreaterThan(10);
        }
      });

      it("passes parseOptions and survives a JSON round trip", () => {
        expect(() => parseOptions(detection.config, "detected options")).not.toThrow();
        expect(JSON.parse(JSON.stringify(detection))).toEqual(detection);
      });
    });
  }
});

/** The config without each service's `gates` and `tools`, and without the app's `variables`. */
function withoutGates(config: object): object {
  const strip = (service: unknown) => {
    if (!service || typeof service !== "object") return service;
    const { gates: _gates, tools: _tools, ...rest } = service as Record<string, unknown>;
    return rest;
  };
  const { variables: _variables, ...c } = config as Record<string, unknown>;
  return { ...c, ...("backend" in c ? { backend: strip(c.backend) } : {}), ...("frontend" in c ? { frontend: strip(c.frontend) } : {}), ...("library" in c ? { library: strip(c.library) } : {}) };
}

/** "backend.kind", "database" … for every leaf the config sets; a list (backend.start) is one leaf. */
function flatKeys(value: object, prefix = ""): string[] {
  return Object.entries(value).flatMap(([key, v]) =>
    typeof v === "object" && v !== null && !Array.isArray(v) ? flatKeys(v as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function listFiles(root: string, dir = ""): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const path = dir ? `${dir}/${e.name}` : e.name;
    return e.isDirectory() ? listFiles(root, path) : [path];
  });
}
