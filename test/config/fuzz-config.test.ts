import fc from "fast-check";
import { anyText } from "../safety/arbitraries.js";
import { afterAll, describe, expect, it } from "vitest";
import { renderModels } from "../../src/components/index.js";
import { parseJsonConfig } from "../../src/config/load-config.js";
import { BaselineError } from "../../src/errors.js";
import { parseOptions } from "../../src/options/index.js";
import { renderFiles } from "../../src/synth/render-files.js";

// Every case either parses or fails with a BaselineError (exit 2 and a message); anything else is a crash.
let cases = 0;
let crashes = 0;
afterAll(() => console.log(`config fuzz: ${cases} cases run, ${crashes} crashes`));

function mustNotCrash(run: () => unknown): void {
  cases++;
  try {
    run();
  } catch (error) {
    if (error instanceof BaselineError && error.code === "BAD_INPUT" && error.message.length > 0 && !error.message.includes("[object Object]")) return;
    crashes++;
    throw error;
  }
}

const VALID = {
  name: "shop",
  backend: { kind: "django", dir: "backend", version: "3.12", packageManager: "uv", port: 8000 },
  frontend: { kind: "nextjs", dir: "web", packageManager: "pnpm", nodeVersion: "22", bundleBudgetKb: 300 },
  database: "postgres",
  cache: "redis",
  cloud: "aws-ecs",
  deploy: { strategy: "rolling", minReplicas: 2, maxReplicas: 4, region: "eu-west-1" },
  backup: { target: "s3", schedule: "17 3 * * *", retention: { daily: 7, weekly: 4, monthly: 3 } },
  securitySeverity: ["HIGH", "CRITICAL"],
  exclude: [],
  eject: [],
  overrides: { ".github/dependabot.yml": { set: { "updates.0.open-pull-requests-limit": 5 } } },
};
const VALID_TEXT = JSON.stringify(VALID, null, 2);
const KEYS = [...Object.keys(VALID), "backend.kind", "backend.port", "frontend.kind", "deploy.minReplicas", "__proto__", "constructor", "toString", "readOnly", "alerting"];

/** A valid config with one value replaced by anything at a known or unknown key. */
const mutatedConfig = fc.tuple(fc.constantFrom(...KEYS), fc.anything({ withBigInt: true, withDate: true, withMap: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true })).map(([key, value]) => {
  const config = structuredClone(VALID) as Record<string, unknown>;
  const [head, tail] = key.split(".");
  if (tail && config[head!] && typeof config[head!] === "object") (config[head!] as Record<string, unknown>)[tail] = value;
  else Object.defineProperty(config, head!, { value, enumerable: true, configurable: true, writable: true });
  return config;
});

/** The valid text with characters deleted, inserted or replaced. */
const mutatedText = fc.tuple(fc.nat(VALID_TEXT.length), fc.nat(20), anyText(5)).map(
  ([at, remove, insert]) => VALID_TEXT.slice(0, at) + insert + VALID_TEXT.slice(at + remove),
);

describe("fuzzing the config parser (fast-check)", () => {
  it("arbitrary bytes and text as devops-baseline.json never crash", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => mustNotCrash(() => parseOptions(parseJsonConfig(bytes, "devops-baseline.json")))), { numRuns: 700 });
    fc.assert(fc.property(anyText(300), (text) => mustNotCrash(() => parseOptions(parseJsonConfig(Buffer.from(text), "c.json")))), { numRuns: 700 });
    fc.assert(fc.property(fc.json({ maxDepth: 4 }), (text) => mustNotCrash(() => parseOptions(parseJsonConfig(Buffer.from(text), "c.json")))), { numRuns: 700 });
    fc.assert(fc.property(mutatedText, (text) => mustNotCrash(() => parseOptions(parseJsonConfig(Buffer.from(text), "c.json")))), { numRuns: 1500 });
  });

  it("arbitrary values where options are expected never crash, and errors name the key", () => {
    fc.assert(fc.property(fc.anything({ withBigInt: true, withNullPrototype: true, withMap: true, withSet: true, withTypedArray: true }), (value) => mustNotCrash(() => parseOptions(value, "c.json"))), { numRuns: 700 });
    fc.assert(
      fc.property(mutatedConfig, (config) => {
        mustNotCrash(() => parseOptions(config, "c.json"));
      }),
      { numRuns: 1500 },
    );
  });

  it("every config that parses also renders without a crash", () => {
    const validish = fc.record({
      backend: fc.record({ kind: fc.constantFrom("django", "fastapi", "express", "nestjs", "none"), dir: fc.constantFrom(".", "api", "services/api") }),
      frontend: fc.record({ kind: fc.constantFrom("nextjs", "react-vite", "none"), dir: fc.constantFrom(".", "web") }),
      database: fc.constantFrom("postgres", "none", "mysql"),
      cloud: fc.constantFrom("aws-ecs", "gcp-cloud-run", "azure-container-apps", "kubernetes", "compose"),
      dependencyUpdates: fc.constantFrom("dependabot", "renovate"),
    });
    fc.assert(
      fc.property(validish, (config) => {
        mustNotCrash(() => {
          const options = parseOptions(config, "c.json");
          renderFiles(renderModels(options), options);
        });
      }),
      { numRuns: 60 },
    );
    expect(crashes).toBe(0);
  });
});
