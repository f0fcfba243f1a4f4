/** Turns the many ways repositories declare Python and Node.js versions into "3.12" / "20". */

/** Node.js LTS code names (`lts/iron` in .nvmrc) by major version. */
const NODE_LTS: Record<string, string> = {
  argon: "4", boron: "6", carbon: "8", dubnium: "10", erbium: "12", fermium: "14",
  gallium: "16", hydrogen: "18", iron: "20", jod: "22", krypton: "24",
};

/** "3.11.4", "python-3.11.4" (runtime.txt), "cpython-3.12" → "3.11"; ignores pypy and virtualenv names. */
export function pythonPin(text: string): string | undefined {
  const first = text.split(/\r?\n/).map((l) => l.trim()).find((l) => l && !l.startsWith("#"));
  const match = first && /^(?:python-?|cpython-?)?(\d+)\.(\d+)(?![\d])/i.exec(first);
  return match ? `${match[1]}.${match[2]}` : undefined;
}

/**
 * The lowest Python a range admits: ">=3.11" and "^3.10" give their bound, "~=3.11.2" gives 3.11,
 * ">3.9" gives 3.10; a range with only an upper bound gives nothing.
 */
export function pythonFromRange(spec: string): string | undefined {
  const firstAlternative = spec.split("||")[0] ?? "";
  for (const clause of firstAlternative.split(/[,\s]+(?=[<>=!~^\d])/)) {
    const match = /^\s*(>=|~=|==|\^|~|>|=)?\s*v?(\d+)(?:\.(\d+|\*))?/.exec(clause);
    if (!match?.[2]) continue;
    const op = match[1] ?? "==";
    const major = match[2];
    const minor = match[3] === undefined || match[3] === "*" ? undefined : Number(match[3]);
    if (minor === undefined) continue; // ">=3" says too little to pick an image
    return `${major}.${op === ">" ? minor + 1 : minor}`;
  }
  return undefined;
}

/** .nvmrc / .node-version / volta: "v20.11.1", "20", "lts/iron" → "20"; "node" and "lts/*" say nothing. */
export function nodePin(text: string): string | undefined {
  const first = text.split(/\r?\n/).map((l) => l.trim()).find((l) => l && !l.startsWith("#"));
  if (!first) return undefined;
  const lts = /^lts\/([a-z]+)$/i.exec(first);
  if (lts?.[1]) return NODE_LTS[lts[1].toLowerCase()];
  const match = /^v?(\d+)(?:$|[.\s])/.exec(first);
  return match?.[1] && plausibleNode(match[1]) ? match[1] : undefined;
}

/** engines.node: ">=18.17.0" → "18", "^20 || ^22" → "20", "20.x" → "20"; "<21" or "*" → nothing. */
export function nodeFromRange(spec: string): string | undefined {
  const firstAlternative = spec.split("||")[0] ?? "";
  for (const clause of firstAlternative.trim().split(/\s+(?=[<>=~^\d])/)) {
    const match = /^(>=|\^|~|=|>)?\s*v?(\d+)/.exec(clause.trim());
    if (match?.[2] && plausibleNode(match[2])) return match[1] === ">" && !clause.includes(".") ? String(Number(match[2]) + 1) : match[2];
  }
  return undefined;
}

function plausibleNode(major: string): boolean {
  const n = Number(major);
  return n >= 4 && n <= 60;
}

/** asdf / mise .tool-versions: tool name → first listed version. */
export function readToolVersions(text: string): Map<string, string> {
  const tools = new Map<string, string>();
  for (const raw of text.split(/\r?\n/)) {
    const [tool, version] = raw.replace(/#.*$/, "").trim().split(/\s+/);
    if (tool && version && !tools.has(tool)) tools.set(tool, version);
  }
  return tools;
}

export interface DockerfileFacts {
  /** Base images of every stage, ARG defaults substituted, lowercase. */
  readonly images: readonly string[];
  /** The last numeric EXPOSE. */
  readonly port?: number;
}

/** Reads FROM and EXPOSE lines; ARG defaults are substituted so `FROM python:${PY}-slim` resolves. */
export function readDockerfile(text: string): DockerfileFacts {
  const args = new Map<string, string>();
  const images: string[] = [];
  let port: number | undefined;
  const lines = text.replace(/\\\r?\n/g, " ").split(/\r?\n/);
  for (const raw of lines) {
    const line = raw.trim();
    const arg = /^ARG\s+([A-Za-z_][A-Za-z0-9_]*)=("?)([^"\s]*)\2/i.exec(line);
    if (arg?.[1] && arg[3] !== undefined) args.set(arg[1], arg[3]);
    const from = /^FROM\s+(?:--\S+\s+)*(\S+)/i.exec(line);
    if (from?.[1]) images.push(substitute(from[1], args).toLowerCase());
    const expose = /^EXPOSE\s+(\d+)/i.exec(line);
    if (expose?.[1]) {
      const n = Number(expose[1]);
      if (n >= 1 && n <= 65535) port = n;
    }
  }
  return port === undefined ? { images } : { images, port };
}

function substitute(value: string, args: ReadonlyMap<string, string>): string {
  return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_m, braced, fallback, bare) => {
    const name = (braced ?? bare) as string;
    return args.get(name) ?? (fallback as string | undefined) ?? "";
  });
}

/** Splits "docker.io/library/python:3.12-slim@sha256:…" into its repository's last segment and tag. */
export function splitImage(image: string): { readonly name: string; readonly path: string; readonly tag: string } {
  const withoutDigest = image.split("@")[0] ?? "";
  const slash = withoutDigest.lastIndexOf("/");
  const colon = withoutDigest.lastIndexOf(":");
  const hasTag = colon > slash;
  const path = hasTag ? withoutDigest.slice(0, colon) : withoutDigest;
  return { path, name: path.slice(path.lastIndexOf("/") + 1), tag: hasTag ? withoutDigest.slice(colon + 1) : "" };
}

/** python:3.12-slim → 3.12; ghcr.io/astral-sh/uv:python3.12-bookworm-slim → 3.12. */
export function pythonFromImage(image: string): string | undefined {
  const { name, tag } = splitImage(image);
  if (name === "python") return /^(\d+\.\d+)/.exec(tag)?.[1];
  return /(?:^|[-_])python-?(\d+\.\d+)/.exec(tag)?.[1];
}

/** node:20-alpine → 20; node:lts-alpine says nothing. */
export function nodeFromImage(image: string): string | undefined {
  const { name, tag } = splitImage(image);
  if (name !== "node") return undefined;
  const major = /^(\d+)/.exec(tag)?.[1];
  return major && plausibleNode(major) ? major : undefined;
}
