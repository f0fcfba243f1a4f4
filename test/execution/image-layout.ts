// Lays out a Dockerfile's final stage into a temporary root without Docker: every stage gets a
// folder standing in for its filesystem; WORKDIR/ENV/ARG/USER/EXPOSE/CMD/ENTRYPOINT/HEALTHCHECK
// are read, COPY is done from the context (through .dockerignore) or from an earlier stage's
// folder, and RUN runs on this machine with the image-owned paths remapped (see path-remap.ts).
// System package steps (apt-get, apk, useradd, …) are skipped and listed: this machine's
// libraries stand in for them. Tool installs (pip install uv/poetry, corepack enable pnpm) use
// the local toolchain instead of touching this machine's Python or Node.
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { healthcheckTimings, parseDockerfile, parseEnv, splitWords, substitute, type Instruction, type Stage } from "./dockerfile-stages.js";
import { loadDockerignore } from "./dockerignore.js";
import { hostEnv, hostPath } from "./host-env.js";
import { hostPath as containerToHost, copyTree, ownedPrefixes, relocateTree, remapText } from "./path-remap.js";
import { runProcess } from "./processes.js";
import { globToRegExp } from "./setup-actions.js";
import { ensurePnpm, ensureToolsVenv, localPythonVersion, pythonShim, shimDir } from "./toolchain.js";

export interface LayoutOptions {
  readonly contextDir: string;
  /** A fresh temporary folder that the layout may fill. */
  readonly workRoot: string;
  readonly logFile: string;
  readonly buildArgs?: Readonly<Record<string, string>>;
  /** Per RUN instruction; default 10 minutes. */
  readonly runTimeoutMs?: number;
}

export interface ImageUser {
  readonly uid: number;
  readonly gid: number;
  readonly home?: string;
}

export interface ImageLayout {
  /** The final stage's folder: container path P lives at root + P. */
  readonly root: string;
  readonly workdir: string;
  readonly hostWorkdir: string;
  /** The final stage's ENV, remapped, plus the PATH entries of tools the layout provided. */
  readonly env: Readonly<Record<string, string>>;
  readonly user?: string;
  /** Users the Dockerfile creates (useradd/adduser) and the base images' known users. */
  readonly users: Readonly<Record<string, ImageUser>>;
  readonly exposed: readonly number[];
  /** ENTRYPOINT + CMD as argv, remapped. */
  readonly command: readonly string[];
  /** ENTRYPOINT in exec form, remapped (empty when none): a command override (compose `command:`) goes after it. */
  readonly entrypoint: readonly string[];
  readonly healthcheck?: { readonly argv: readonly string[]; readonly timings: ReturnType<typeof healthcheckTimings> };
  readonly prefixes: readonly string[];
  readonly notes: readonly string[];
  readonly stageDurationsMs: Readonly<Record<string, number>>;
}

export class ImageBuildError extends Error {
  constructor(
    readonly line: number,
    message: string,
    readonly output = "",
  ) {
    super(`Dockerfile line ${line}: ${message}`);
    this.name = "ImageBuildError";
  }
}

interface StageState {
  root: string;
  workdir: string;
  env: Record<string, string>;
  args: Record<string, string>;
  user?: string;
  extraPath: string[];
  exposed: number[];
  cmd?: Instruction;
  entrypoint?: Instruction;
  healthcheck?: Instruction | null;
}

/** Users that official base images ship with. */
const BASE_IMAGE_USERS: Record<string, ImageUser> = {
  root: { uid: 0, gid: 0, home: "/root" },
  node: { uid: 1000, gid: 1000, home: "/home/node" },
  nginx: { uid: 101, gid: 101 },
  nobody: { uid: 65534, gid: 65534 },
};

/** Steps that manage the base system: skipped, since this machine's packages stand in. */
const SYSTEM_STEP = /^(apt-get|apt|apk|dnf|yum|microdnf|groupadd|useradd|addgroup|adduser|update-ca-certificates|ldconfig)\b|^rm\s+-rf?\s+\/var\/(lib\/apt|cache)\//;
const TOOL_INSTALL = /^(?:python3?\s+-m\s+)?pip3?\s+install((?:\s+--?[\w-]+(?:=\S+)?)*)((?:\s+(?:uv|poetry|poetry-plugin-[\w-]+)(?:[=<>~!]=?[\w.*]+)?)+)\s*$/;

function isDir(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** Records users from `useradd --uid N … name` / `adduser -u N … name` lines. */
function recordUsers(segment: string, users: Record<string, ImageUser>): void {
  const words = segment.trim().split(/\s+/);
  if (words[0] !== "useradd" && words[0] !== "adduser") return;
  const value = (...names: string[]) => {
    const i = words.findIndex((w) => names.includes(w));
    return i >= 0 ? words[i + 1] : words.find((w) => names.some((n) => w.startsWith(`${n}=`)))?.split("=")[1];
  };
  const name = words[words.length - 1]!;
  const uid = Number(value("--uid", "-u") ?? 10001);
  const gidValue = value("--gid", "-g", "-G");
  const gid = gidValue && /^\d+$/.test(gidValue) ? Number(gidValue) : uid;
  users[name] = { uid, gid, home: value("--home-dir", "-d", "-h", "--home") ?? `/home/${name}` };
}

export async function layoutImage(dockerfileText: string, options: LayoutOptions): Promise<ImageLayout> {
  const stages = parseDockerfile(dockerfileText);
  const prefixes = ownedPrefixes(stages);
  const isIgnored = loadDockerignore(options.contextDir);
  const notes: string[] = [];
  const users: Record<string, ImageUser> = { ...BASE_IMAGE_USERS };
  const states: StageState[] = [];
  const durations: Record<string, number> = {};
  chmodSync(options.workRoot, 0o755);

  const stageByRef = (ref: string, line: number): StageState | undefined => {
    const index = stages.findIndex((stage) => stage.name === ref) ?? -1;
    const i = index >= 0 ? index : /^\d+$/.test(ref) ? Number(ref) : -1;
    if (i < 0) return undefined;
    const state = states[i];
    if (!state) throw new ImageBuildError(line, `stage '${ref}' is used before it is built`);
    return state;
  };
  // A stage that only one later FROM uses can be continued in place instead of copied.
  const references = (stage: Stage) =>
    stages.filter((s) => s.base === stage.name || s.base === String(stage.index)).length +
    stages.flatMap((s) => s.instructions).filter((i) => i.flags.from === stage.name || i.flags.from === String(stage.index)).length;

  for (const stage of stages) {
    const started = Date.now();
    const label = stage.name ?? String(stage.index);
    const root = join(options.workRoot, `stage-${stage.index}-${label}`);
    const parentIndex = stages.findIndex((s, i) => i < stage.index && (s.name === stage.base || String(s.index) === stage.base));
    let state: StageState;
    if (parentIndex >= 0) {
      const parent = states[parentIndex]!;
      if (references(stages[parentIndex]!) === 1) renameSync(parent.root, root);
      else copyTree(parent.root, root, false);
      relocateTree(root, parent.root, root);
      state = { ...parent, root, env: { ...parent.env }, args: {}, extraPath: [...parent.extraPath], exposed: [...parent.exposed] };
    } else {
      mkdirSync(root, { recursive: true });
      state = { root, workdir: "/", env: { PATH: hostPath() }, args: {}, extraPath: [], exposed: [], healthcheck: undefined };
      const python = /^(?:docker\.io\/)?(?:library\/)?python:(\d+\.\d+)/.exec(stage.base);
      if (python) {
        // The image's interpreter: one that the image's non-root user can execute too.
        const shim = pythonShim(options.workRoot, python[1]);
        // In the image's own PATH (not in front of it), so that `ENV PATH=/opt/venv/bin:$PATH` still wins.
        state.env.PATH = `${shim.dir}:${state.env.PATH}`;
        const local = localPythonVersion(shim.python);
        notes.push(`FROM ${stage.base.split("@")[0]}: ${shim.python} (Python ${local}) stands in${local === python[1] ? "" : ` for Python ${python[1]}`}`);
      } else {
        describeBaseImage(stage.base, notes);
      }
    }
    chmodSync(root, 0o755);
    states.push(state);
    for (const instruction of stage.instructions) {
      await applyInstruction(instruction, state, {
        options,
        prefixes,
        isIgnored,
        notes,
        users,
        stageByRef,
      });
    }
    durations[label] = Date.now() - started;
  }

  const final = states[states.length - 1]!;
  const remap = (text: string) => remapText(text, prefixes, final.root);
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(final.env)) env[key] = remap(value);
  env.PATH = [...final.extraPath, env.PATH ?? hostPath()].join(":");
  const argv = (instruction: Instruction | undefined): string[] | undefined =>
    instruction === undefined ? undefined : instruction.exec ? [...instruction.exec] : ["/bin/sh", "-c", instruction.text];
  const entry = argv(final.entrypoint);
  const cmd = argv(final.cmd);
  let command: string[];
  if (entry && final.entrypoint?.exec) command = [...entry, ...(cmd ?? [])];
  else if (entry) command = entry;
  else if (cmd) command = cmd;
  else throw new ImageBuildError(0, "the final stage has no CMD or ENTRYPOINT (the base image's own default is not emulated)");
  let healthcheck: ImageLayout["healthcheck"];
  if (final.healthcheck) {
    const text = final.healthcheck.text;
    const exec = /^CMD\s+(\[[\s\S]*\])\s*$/.exec(text);
    let hcArgv: string[];
    if (exec) hcArgv = JSON.parse(exec[1]!) as string[];
    else if (/^CMD\s/.test(text)) hcArgv = ["/bin/sh", "-c", text.slice(4).trim()];
    else throw new ImageBuildError(final.healthcheck.line, `HEALTHCHECK ${final.healthcheck.text} is not understood`);
    healthcheck = { argv: hcArgv.map(remap), timings: healthcheckTimings(final.healthcheck.flags) };
  }
  return {
    root: final.root,
    workdir: final.workdir,
    hostWorkdir: containerToHost(final.root, final.workdir, "/"),
    env,
    user: final.user,
    users,
    exposed: final.exposed,
    command: command.map(remap),
    entrypoint: (final.entrypoint?.exec ? entry ?? [] : []).map(remap),
    healthcheck,
    prefixes,
    notes,
    stageDurationsMs: durations,
  };
}

function describeBaseImage(image: string, notes: string[]): void {
  const node = /node:(\d+)/.exec(image)?.[1];
  if (node) {
    const local = process.versions.node.split(".")[0];
    notes.push(`FROM ${image.split("@")[0]}: the local Node.js ${process.versions.node} stands in${local === node ? "" : ` (image has ${node})`}`);
    return;
  }
  notes.push(`FROM ${image.split("@")[0]}: not emulated; this machine's programs stand in for the image's`);
}

interface ApplyContext {
  readonly options: LayoutOptions;
  readonly prefixes: readonly string[];
  readonly isIgnored: (relativePath: string) => boolean;
  readonly notes: string[];
  readonly users: Record<string, ImageUser>;
  readonly stageByRef: (ref: string, line: number) => StageState | undefined;
}

async function applyInstruction(instruction: Instruction, state: StageState, ctx: ApplyContext): Promise<void> {
  const vars = () => ({ ...state.args, ...state.env });
  switch (instruction.keyword) {
    case "ARG": {
      const [name, fallback] = instruction.text.trim().split(/=(.*)/s) as [string, string | undefined];
      state.args[name] = ctx.options.buildArgs?.[name] ?? fallback?.replace(/^"(.*)"$/, "$1") ?? "";
      return;
    }
    case "ENV":
      for (const [key, value] of parseEnv(instruction.text)) state.env[key] = substitute(value, vars());
      return;
    case "WORKDIR": {
      const dir = substitute(instruction.text.trim(), vars());
      state.workdir = dir.startsWith("/") ? dir : join(state.workdir, dir);
      mkdirSync(containerToHost(state.root, state.workdir, "/"), { recursive: true });
      return;
    }
    case "USER":
      state.user = substitute(instruction.text.trim(), vars());
      return;
    case "EXPOSE":
      state.exposed.push(...splitWords(substitute(instruction.text, vars())).map((port) => Number(port.split("/")[0])));
      return;
    case "CMD":
      state.cmd = instruction;
      return;
    case "ENTRYPOINT":
      state.entrypoint = instruction;
      state.cmd = undefined;
      return;
    case "HEALTHCHECK":
      state.healthcheck = /^NONE\b/i.test(instruction.text) ? null : instruction;
      return;
    case "COPY":
    case "ADD":
      await copy(instruction, state, ctx);
      return;
    case "RUN":
      await run(instruction, state, ctx);
      return;
    case "LABEL":
    case "STOPSIGNAL":
    case "VOLUME":
    case "MAINTAINER":
      return;
    default:
      throw new ImageBuildError(instruction.line, `${instruction.keyword} is not emulated`);
  }
}

function resolveUser(spec: string | undefined, users: Readonly<Record<string, ImageUser>>): ImageUser | undefined {
  if (!spec) return undefined;
  const [user, group] = spec.split(":");
  const base = users[user!] ?? (/^\d+$/.test(user!) ? { uid: Number(user), gid: Number(user) } : undefined);
  if (!base) return undefined;
  const gid = group === undefined ? base.gid : users[group]?.gid ?? (/^\d+$/.test(group) ? Number(group) : base.gid);
  return { ...base, gid };
}
export { resolveUser };

async function copy(instruction: Instruction, state: StageState, ctx: ApplyContext): Promise<void> {
  const words = (instruction.exec ?? splitWords(instruction.text)).map((w) => substitute(w, { ...state.args, ...state.env }));
  if (words.length < 2) throw new ImageBuildError(instruction.line, `${instruction.keyword} needs a source and a destination`);
  const sources = words.slice(0, -1);
  const dest = words[words.length - 1]!;
  const destHost = containerToHost(state.root, dest, state.workdir);
  const from = instruction.flags.from;
  const copied: string[] = [];
  const place = (sourceHost: string, filter?: (src: string) => boolean, treatAsDir = false): string => {
    const intoDir = dest.endsWith("/") || sources.length > 1 || treatAsDir || isDir(destHost);
    if (isDir(sourceHost) && !filter) {
      mkdirSync(destHost, { recursive: true });
      copyTree(sourceHost, destHost, true);
      return destHost;
    }
    if (isDir(sourceHost)) {
      mkdirSync(destHost, { recursive: true });
      for (const entry of readdirSync(sourceHost)) {
        const src = join(sourceHost, entry);
        if (filter && !filter(src)) continue;
        cpSync(src, join(destHost, entry), { recursive: true, filter, verbatimSymlinks: true, force: true });
      }
      return destHost;
    }
    const target = intoDir ? join(destHost, basename(sourceHost)) : destHost;
    mkdirSync(dirname(target), { recursive: true });
    cpSync(sourceHost, target, { verbatimSymlinks: true, force: true });
    return target;
  };

  if (from) {
    const source = ctx.stageByRef(from, instruction.line);
    if (!source) {
      await copyFromExternalImage(from, sources, dest, state, ctx, instruction.line);
      return;
    }
    for (const src of sources) {
      const sourceHost = containerToHost(source.root, src, source.workdir);
      if (!existsSync(sourceHost)) {
        throw new ImageBuildError(instruction.line, `COPY --from=${from} ${src}: not found in stage '${from}' (looked at ${sourceHost})`);
      }
      const target = place(sourceHost);
      relocateTree(target, source.root, state.root);
      copied.push(target);
    }
  } else {
    const context = ctx.options.contextDir;
    const filter = (src: string) => {
      const rel = relative(context, src);
      return rel === "" || !ctx.isIgnored(rel.split("\\").join("/"));
    };
    let matched = 0;
    for (const src of sources) {
      if (/^https?:\/\//.test(src)) throw new ImageBuildError(instruction.line, `${instruction.keyword} from a URL is not emulated`);
      const clean = src.replace(/^\.\//, "").replace(/\/+$/, "") || ".";
      const glob = /[*?[]/.test(clean);
      const candidates = glob
        ? readdirRecursive(context, clean.split("/").length).filter((rel) => globToRegExp(clean).test(rel))
        : [clean];
      const present = candidates.filter((rel) => (rel === "." || !ctx.isIgnored(rel)) && existsSync(join(context, rel)));
      if (!glob && present.length === 0) {
        throw new ImageBuildError(instruction.line, `${instruction.keyword} ${src}: not found in the build context (or excluded by .dockerignore)`);
      }
      matched += present.length;
      for (const rel of present) copied.push(place(join(context, rel), filter, glob));
    }
    if (matched === 0) throw new ImageBuildError(instruction.line, `${instruction.keyword}: no source files were specified`);
  }
  const chown = instruction.flags.chown;
  if (chown) {
    const owner = resolveUser(chown, ctx.users);
    if (!owner) ctx.notes.push(`COPY --chown=${chown} (line ${instruction.line}): unknown user, left owned by root`);
    else for (const path of copied) chownTree(path, owner.uid, owner.gid);
  }
}

function chownTree(path: string, uid: number, gid: number): void {
  chownSync(path, uid, gid);
  if (statSync(path).isDirectory()) for (const entry of readdirSync(path)) chownTree(join(path, entry), uid, gid);
}

function readdirRecursive(root: string, depth: number): string[] {
  const out: string[] = [];
  const walk = (dir: string, level: number) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      out.push(rel);
      if (entry.isDirectory() && level < depth && entry.name !== "node_modules") walk(rel, level + 1);
    }
  };
  walk("", 1);
  return out;
}

/** `COPY --from=<image>`: only the uv image is emulated (its binaries come from the test virtualenv). */
async function copyFromExternalImage(image: string, sources: string[], dest: string, state: StageState, ctx: ApplyContext, line: number) {
  if (/astral-sh\/uv/.test(image)) {
    ctx.notes.push(`COPY --from=${image.split("@")[0]} ${sources.join(" ")}: the local uv stands in`);
    state.extraPath.unshift(...(await localPythonTools(ctx.options.workRoot)));
    return;
  }
  throw new ImageBuildError(line, `COPY --from=${image} ${sources.join(" ")} ${dest}: copying from another image is not emulated`);
}

/** Shim folders with uv/uvx and poetry from the test virtualenv. */
async function localPythonTools(workRoot: string): Promise<string[]> {
  const bin = await ensureToolsVenv();
  return [
    shimDir(workRoot, "uv", { uv: join(bin, "uv"), uvx: join(bin, "uvx") }),
    shimDir(workRoot, "poetry", { poetry: join(bin, "poetry") }),
  ];
}

async function run(instruction: Instruction, state: StageState, ctx: ApplyContext): Promise<void> {
  let script: string;
  if (instruction.exec) {
    script = instruction.exec.map((arg) => `'${arg.replace(/'/g, "'\\''")}'`).join(" ");
  } else {
    const segments = instruction.text.split(/\s*&&\s*/);
    const kept: string[] = [];
    for (const segment of segments) {
      const trimmed = segment.trim();
      recordUsers(trimmed, ctx.users);
      if (SYSTEM_STEP.test(trimmed)) {
        ctx.notes.push(`RUN line ${instruction.line}: skipped \`${trimmed.split(/\s+/).slice(0, 4).join(" ")} …\` (system packages and users come from this machine)`);
        continue;
      }
      const tools = TOOL_INSTALL.exec(trimmed);
      if (tools) {
        ctx.notes.push(`RUN line ${instruction.line}: \`${trimmed}\` satisfied by the local test virtualenv (uv, poetry)`);
        state.extraPath.unshift(...(await localPythonTools(ctx.options.workRoot)));
        continue;
      }
      const corepack = /^corepack\s+enable(?:\s+(\w+))?$/.exec(trimmed);
      if (corepack) {
        await enableCorepack(corepack[1] ?? "pnpm", state, ctx, instruction.line);
        continue;
      }
      kept.push(segment);
    }
    if (kept.length === 0) return;
    script = kept.join(" && ");
  }
  const remapped = remapText(script, ctx.prefixes, state.root);
  const env: Record<string, string> = { ...hostEnv() };
  for (const [key, value] of Object.entries(state.env)) env[key] = remapText(value, ctx.prefixes, state.root);
  env.PATH = [...state.extraPath, env.PATH ?? hostPath()].join(":");
  const cwd = containerToHost(state.root, state.workdir, "/");
  mkdirSync(cwd, { recursive: true });
  const result = await runProcess("/bin/sh", ["-c", remapped], {
    cwd,
    env,
    logFile: ctx.options.logFile,
    timeoutMs: ctx.options.runTimeoutMs ?? 600_000,
    tailChars: 3000,
  });
  if (result.exitCode !== 0) {
    throw new ImageBuildError(instruction.line, `RUN ${script} failed with exit code ${result.exitCode}${result.timedOut ? " (timed out)" : ""}`, result.output);
  }
}

/** `corepack enable pnpm`: pnpm at the version package.json pins, installed into the test cache. */
async function enableCorepack(manager: string, state: StageState, ctx: ApplyContext, line: number): Promise<void> {
  if (manager !== "pnpm") throw new ImageBuildError(line, `corepack enable ${manager} is not emulated (pnpm only)`);
  const manifest = containerToHost(state.root, "package.json", state.workdir);
  const pinned = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, "utf8")) as { packageManager?: string }).packageManager : undefined;
  const version = pinned?.startsWith("pnpm@") ? pinned.slice(5).split("+")[0]! : "latest";
  const bin = await ensurePnpm(version);
  state.extraPath.unshift(shimDir(ctx.options.workRoot, `pnpm-${version}`, { pnpm: join(bin, "pnpm") }));
  ctx.notes.push(`RUN line ${line}: corepack enable pnpm → pnpm@${version} from the npm registry (test cache)`);
}
