import { repoViewOf, RULES, runRules } from "../../src/rules/index.js";
import { parseDockerfile } from "../../src/rules/parse-files.js";

/** One violation of the Dockerfile hardening list, with a 1-based line number. */
export interface DockerfileFinding {
  /** The catalog's rule id (DF001…). */
  readonly rule: DockerfileRule;
  readonly line: number;
  readonly message: string;
}

/** The Dockerfile hardening list of DESIGN.md section 4 is the audit catalog's Dockerfile rules (src/rules/dockerfile.ts). */
export const DOCKERFILE_RULES: readonly string[] = RULES.filter((r) => r.type === "dockerfile").map((r) => r.id);
export type DockerfileRule = (typeof DOCKERFILE_RULES)[number];

/**
 * Checks one Dockerfile against the catalog's Dockerfile rules. The `.dockerignore` rule (DF007)
 * needs the repository around the file: it is checked on whole rendered baselines (test/rules).
 */
export function checkDockerfile(content: string, path = "Dockerfile"): DockerfileFinding[] {
  const view = repoViewOf([{ path, content }, { path: `${path}.dockerignore`, content: ".git\n" }]);
  return runRules(view, RULES.filter((r) => r.type === "dockerfile"))
    .map((f) => ({ rule: f.ruleId, line: f.line ?? 1, message: f.message }))
    .sort((a, b) => a.line - b.line);
}

/** The shell-form RUN commands of a Dockerfile, continuation lines joined, for shellcheck. */
export function runCommands(content: string): string[] {
  return parseDockerfile("Dockerfile", content)
    .instructions.filter((i) => i.keyword === "RUN")
    .map((i) => i.args)
    .filter((text) => !text.startsWith("["));
}
