import { dirOf } from "./paths.js";

/** What detection needs from one package.json. */
export interface NodePackage {
  readonly file: string;
  readonly dir: string;
  readonly name?: string;
  /** Every declared dependency (runtime, dev, peer, optional): name → range. */
  readonly deps: ReadonlyMap<string, string>;
  /** The `packageManager` field (Corepack), e.g. "pnpm@9.12.0". */
  readonly packageManager?: string;
  readonly enginesNode?: string;
  /** Volta's pinned Node.js version. */
  readonly voltaNode?: string;
  /** True for a workspace root (`workspaces` field). */
  readonly workspaceRoot: boolean;
  /** `"private": true`: never published, so an app or an internal package. */
  readonly private: boolean;
  /** Names of its npm scripts (build, test, lint …). */
  readonly scripts: ReadonlySet<string>;
  /** Each script's command line, for how the app starts and builds. */
  readonly scriptLines: ReadonlyMap<string, string>;
  /** The package.json the scripts come from, when not `file` (an app below a hoisting workspace root). */
  readonly scriptsFile?: string;
  /** The `main` entry point, which `node .` starts. */
  readonly main?: string;
  /** True when it publishes an entry point for others (`exports`, `module`, `types`): a library, not an app. */
  readonly library: boolean;
}

export type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

const DEPENDENCY_FIELDS = ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"] as const;

/** Parses a package.json; a broken one is reported, never thrown. */
export function readPackageJson(file: string, text: string): ParseResult<NodePackage> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { ok: false, error: `${file} is not valid JSON (${firstLine(error)}); it was skipped` };
  }
  if (!isRecord(data)) return { ok: false, error: `${file} is not a JSON object; it was skipped` };
  const deps = new Map<string, string>();
  for (const field of DEPENDENCY_FIELDS) {
    const section = data[field];
    if (!isRecord(section)) continue;
    for (const [name, range] of Object.entries(section)) {
      if (!deps.has(name)) deps.set(name, typeof range === "string" ? range : "");
    }
  }
  const engines = isRecord(data.engines) ? data.engines : {};
  const volta = isRecord(data.volta) ? data.volta : {};
  return {
    ok: true,
    value: {
      file,
      dir: dirOf(file),
      deps,
      workspaceRoot: Array.isArray(data.workspaces) || isRecord(data.workspaces),
      library: ["exports", "module", "types", "typings"].some((field) => data[field] !== undefined),
      private: data.private === true,
      scripts: new Set(isRecord(data.scripts) ? Object.keys(data.scripts) : []),
      scriptLines: new Map(Object.entries(isRecord(data.scripts) ? data.scripts : {}).filter((e): e is [string, string] => typeof e[1] === "string")),
      ...optionalString("main", data.main),
      ...optionalString("name", data.name),
      ...optionalString("packageManager", data.packageManager),
      ...optionalString("enginesNode", engines.node),
      ...optionalString("voltaNode", volta.node),
    },
  };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]?.slice(0, 160) ?? "";
}

function optionalString<K extends string>(key: K, value: unknown): { [P in K]?: string } {
  return (typeof value === "string" && value.trim() !== "" ? { [key]: value.trim() } : {}) as { [P in K]?: string };
}
