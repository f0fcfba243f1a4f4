import type { AppCandidate } from "../app-candidate.js";
import { isWithin } from "../paths.js";
import { isOutsideApp, type RepoIndex } from "../repo-index.js";
import { isPublicBuildVar, isSecret } from "./classify-env.js";
import type { EnvRead } from "./env-read.js";
import { scanNode } from "./scan-node.js";
import { scanPython } from "./scan-python.js";
import { appSourceLanguage } from "./source-files.js";

/** One variable the app reads, as the `variables` option holds it. */
export interface AppVariable {
  readonly name: string;
  readonly service: "backend" | "frontend";
  readonly required: boolean;
  readonly default?: string;
  readonly secret: boolean;
  readonly stage: "run" | "build";
  /** `file:line` of each read, for `.env.example` and the docs. */
  readonly readAt: readonly string[];
}

/** Set by the image or the platform itself, never by the team: not the app's configuration. */
const PLATFORM_SET = new Set([
  "NODE_ENV", "PORT", "HOSTNAME", "HOME", "PATH", "PWD", "CI", "TZ", "DJANGO_SETTINGS_MODULE", "PYTHONPATH",
  "PYTHONUNBUFFERED", "PYTHONDONTWRITEBYTECODE", "WEB_CONCURRENCY", "NEXT_RUNTIME", "NEXT_PHASE", "K_SERVICE", "K_REVISION",
]);

/** The variables each app reads, grouped by name: required when any read has no default, secret by name or use. */
export function detectAppVariables(index: RepoIndex, apps: readonly (AppCandidate | undefined)[]): { variables: AppVariable[]; reads: Map<string, EnvRead[]> } {
  const present = apps.filter((a): a is AppCandidate => a !== undefined);
  const variables: AppVariable[] = [];
  const reads = new Map<string, EnvRead[]>();
  for (const app of present) {
    // A deeper app's folder belongs to that app, not to one at the root.
    const others = present.filter((o) => o !== app && o.dir !== app.dir && isWithin(o.dir, app.dir)).map((o) => o.dir);
    const byName = new Map<string, EnvRead[]>();
    for (const [file, text] of [...index.files].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (!isWithin(file, app.dir) || others.some((d) => isWithin(file, d)) || isOutsideApp(file)) continue;
      const language = appSourceLanguage(file);
      if (language !== app.language) continue;
      for (const read of language === "python" ? scanPython(file, text) : scanNode(file, text)) {
        if (PLATFORM_SET.has(read.name) || read.name.startsWith("npm_")) continue;
        byName.set(read.name, [...(byName.get(read.name) ?? []), read]);
      }
    }
    for (const [name, found] of [...byName].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const required = found.some((r) => !r.hasDefault);
      const shown = found.find((r) => r.defaultValue !== undefined)?.defaultValue;
      variables.push({
        name,
        service: app.role,
        required,
        ...(!required && shown !== undefined ? { default: shown } : {}),
        secret: isSecret(name, found.some((r) => r.secretUse)),
        stage: found.some((r) => r.buildTime) || (app.role === "frontend" && isPublicBuildVar(name)) ? "build" : "run",
        readAt: [...new Set(found.map((r) => `${r.file}:${r.line}`))],
      });
      reads.set(`${app.role}:${name}`, found);
    }
  }
  return { variables, reads };
}

/** The evidence line of one variable: what it is, and every `file:line` that reads it with the style used. */
export function variableEvidence(variable: AppVariable, reads: readonly EnvRead[]): { value: string; file: string; reason: string } {
  const traits = [
    variable.service,
    variable.required ? "required" : variable.default !== undefined ? `default ${JSON.stringify(variable.default)}` : "optional",
    variable.secret ? "secret" : "plain",
    variable.stage === "build" ? "build-time" : "run-time",
  ];
  const where = reads.map((r) => `${r.file}:${r.line} (${r.via}${r.hasDefault ? "" : ", no default"})`);
  return { value: traits.join(", "), file: reads[0]?.file ?? ".", reason: `read at ${[...new Set(where)].join("; ")}` };
}
