import type { z } from "zod";
import { badInput } from "../errors.js";
import { NODE_BACKENDS, PYTHON_BACKENDS } from "./choices.js";
import { didYouMean } from "./did-you-mean.js";
import { baselineOptionsSchema, type BaselineConfig, type ParsedOptions } from "./schema.js";

type Backend = ParsedOptions["backend"];

type Frontend = ParsedOptions["frontend"];
/** Facts that stay unset unless their stack has them (Django's settings module, a Node.js build script). */
type StackSpecific = "collectStatic" | "importEnv" | "settingsModule" | "start" | "buildScript" | "migrateScript" | "dataSource" | "appFactory" | "pnpmVersion" | "gates" | "tools";

/** The backend as components see it: every runtime fact resolved for its kind. */
export type ResolvedBackend = Required<Omit<Backend, StackSpecific>> & Pick<Backend, StackSpecific>;
/** The frontend as components see it: output mode, output folder and port resolved for its kind. */
export type ResolvedFrontend = Omit<Frontend, "nextOutput" | "outDir" | "port"> & Required<Pick<Frontend, "nextOutput" | "outDir" | "port">>;

/** Options as components see them: every default applied, backend and frontend details resolved for their kind. */
export type BaselineOptions = Omit<ParsedOptions, "backend" | "frontend" | "$schema"> & {
  readonly backend: ResolvedBackend;
  readonly frontend: ResolvedFrontend;
};

const BACKEND_DEFAULTS = {
  python: { version: "3.12", packageManager: "pip", port: 8000 },
  node: { version: "22", packageManager: "npm", port: 3000 },
} as const;

/** The conventional app of each Python framework, used only when neither the config nor detection names one; synth checks it resolves. */
export const DEFAULT_PYTHON_APP: Readonly<Record<string, string>> = { django: "config.wsgi:application", fastapi: "app.main:app" };

/**
 * Validates user input (a config file, flags, or detection) and applies defaults.
 * @param source names where the input came from, for the error message.
 */
export function parseOptions(input: unknown, source = "options"): BaselineOptions {
  let result: ReturnType<typeof baselineOptionsSchema.safeParse>;
  try {
    result = baselineOptionsSchema.safeParse(input ?? {});
  } catch (error) {
    // A TS config can hand over anything: getters that throw, proxies, cycles.
    throw badInput(`Invalid ${source}: it could not be read as plain data (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`);
  }
  if (!result.success) {
    const lines = result.error.issues.map((issue) => formatIssue(issue, input));
    throw badInput(`Invalid ${source}:\n${lines.map((l) => `  - ${l}`).join("\n")}`);
  }
  const { $schema: _schema, ...parsed } = result.data;
  return { ...parsed, backend: resolveBackend(parsed.backend), frontend: resolveFrontend(parsed.frontend) };
}

function resolveFrontend(frontend: Frontend): ResolvedFrontend {
  // `next start` works for every next.config; standalone and export need the config to say so.
  const nextOutput = frontend.nextOutput ?? "default";
  const servedByNginx = frontend.kind === "react-vite" || (frontend.kind === "nextjs" && nextOutput === "export");
  return {
    ...frontend,
    nextOutput,
    outDir: frontend.outDir ?? (frontend.kind === "nextjs" ? (nextOutput === "export" ? "out" : ".next") : "dist"),
    // nginx-unprivileged listens on 8080: no root, no CAP_NET_BIND_SERVICE.
    port: frontend.port ?? (servedByNginx ? 8080 : 3000),
  };
}

function resolveBackend(backend: Backend): ResolvedBackend {
  const family = PYTHON_BACKENDS.includes(backend.kind) ? "python" : NODE_BACKENDS.includes(backend.kind) ? "node" : undefined;
  const defaults = BACKEND_DEFAULTS[family ?? "python"];
  return {
    kind: backend.kind,
    dir: backend.dir,
    version: backend.version ?? defaults.version,
    packageManager: backend.packageManager ?? defaults.packageManager,
    port: backend.port ?? defaults.port,
    orm: backend.orm ?? "none",
    context: backend.context ?? backend.dir,
    appDir: backend.appDir ?? ".",
    migrationsDir: backend.migrationsDir ?? backend.appDir ?? ".",
    app: backend.app ?? DEFAULT_PYTHON_APP[backend.kind] ?? "",
    server: backend.server ?? "gunicorn",
    ...(backend.settingsModule ? { settingsModule: backend.settingsModule } : {}),
    ...(backend.appFactory ? { appFactory: true } : {}),
    ...(backend.collectStatic ? { collectStatic: true } : {}),
    ...(backend.importEnv ? { importEnv: backend.importEnv } : {}),
    ...(backend.start ? { start: backend.start } : {}),
    ...(backend.buildScript !== undefined ? { buildScript: backend.buildScript } : {}),
    ...(backend.migrateScript ? { migrateScript: backend.migrateScript } : {}),
    ...(backend.dataSource ? { dataSource: backend.dataSource } : {}),
    ...(backend.pnpmVersion ? { pnpmVersion: backend.pnpmVersion } : {}),
    ...(backend.gates ? { gates: backend.gates } : {}),
    ...(backend.tools ? { tools: backend.tools } : {}),
  };
}

function formatIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const key = issue.path.map(String).join(".") || "(root)";
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case "invalid_value":
      return `${key}: ${show(value)} is not allowed. Allowed: ${issue.values.map(String).join(", ")}`;
    case "unrecognized_keys":
      return issue.keys
        .map((k) => {
          const hint = didYouMean(k, knownKeys(issue.path));
          const where = key === "(root)" ? "" : ` in ${key}`;
          return `${k}: unknown key${where}.${hint ? ` Did you mean "${hint}"?` : ""} Allowed: ${knownKeys(issue.path).join(", ")}`;
        })
        .join("\n  - ");
    case "invalid_type":
      return `${key}: expected ${issue.expected}, got ${describe(value)}`;
    case "custom":
      return `${key}: ${issue.message}`;
    default:
      return `${key}: ${value === undefined ? "" : `${show(value)} `}${issue.message}`;
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = input;
  for (const segment of path) {
    if (node === null || typeof node !== "object") return undefined;
    try {
      node = (node as Record<PropertyKey, unknown>)[segment];
    } catch {
      return undefined;
    }
  }
  return node;
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `${typeof value} ${show(value)}`;
}

/** A value as the user wrote it, short, and never throwing (BigInt, cycles, functions, huge strings). */
export function show(value: unknown): string {
  if (typeof value === "function") return "a function";
  if (typeof value === "symbol") return value.toString();
  if (typeof value === "bigint") return `${value}n`;
  if (value instanceof Map) return "a Map";
  if (value instanceof Set) return "a Set";
  let text: string | undefined;
  try {
    const seen = new WeakSet<object>();
    text = JSON.stringify(value, (_key, v: unknown) => {
      if (typeof v === "bigint") return `${v}n`;
      if (typeof v === "function" || typeof v === "symbol") return String(typeof v);
      if (v && typeof v === "object") {
        if (seen.has(v)) return "(circular)";
        seen.add(v);
      }
      return v;
    });
  } catch {
    text = undefined;
  }
  text ??= typeof value === "object" && value !== null ? "an object" : String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Keys allowed at a path of the schema, for unknown-key hints. */
function knownKeys(path: readonly PropertyKey[]): string[] {
  let shape = objectShape(baselineOptionsSchema);
  for (const segment of path) {
    const child = shape?.[String(segment)];
    shape = child ? objectShape(child) : undefined;
  }
  return shape ? Object.keys(shape) : [];
}

function objectShape(schema: unknown): Record<string, unknown> | undefined {
  // Unwrap defaults, optionals and refinements down to the object's shape.
  let s = schema as { shape?: Record<string, unknown>; def?: { innerType?: unknown; in?: unknown } } | undefined;
  for (let i = 0; i < 8 && s; i++) {
    if (s.shape) return s.shape;
    s = (s.def?.innerType ?? s.def?.in) as typeof s;
  }
  return undefined;
}

export function defineConfig(config: BaselineConfig): BaselineConfig {
  return config;
}
