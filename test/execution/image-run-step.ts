// RUN for the image layout: `/bin/sh -c` in the stage's WORKDIR and ENV with the owned paths
// remapped. System steps (apt-get, apk, useradd, …) are skipped and listed; `pip install uv/poetry`
// and `corepack enable pnpm` are satisfied by the local toolchain, never by this machine's Python or Node.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Instruction } from "./dockerfile-stages.js";
import { localPythonTools } from "./image-copy.js";
import { ImageBuildError, resolveUser, type ApplyContext, type ImageUser, type StageState } from "./image-stage.js";
import { hostEnv, hostPath } from "./host-env.js";
import { hostPath as containerToHost, remapText } from "./path-remap.js";
import { npmCiCacheShim } from "./npm-ci-cache.js";
import { runProcess } from "./processes.js";
import { writeExecutable } from "./toolchain.js";

/** Steps that manage the base system: skipped, since this machine's packages stand in. */
const SYSTEM_STEP = /^(apt-get|apt|apk|dnf|yum|microdnf|groupadd|useradd|addgroup|adduser|update-ca-certificates|ldconfig)\b|^rm\s+-rf?\s+\/var\/(lib\/apt|cache)\//;
const TOOL_INSTALL = /^(?:python3?\s+-m\s+)?pip3?\s+install((?:\s+--?[\w-]+(?:=\S+)?)*)((?:\s+(?:uv|poetry|poetry-plugin-[\w-]+)(?:[=<>~!]=?[\w.*]+)?)+)\s*$/;

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

export async function run(instruction: Instruction, state: StageState, ctx: ApplyContext): Promise<void> {
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
        const shims = await localPythonTools(ctx.options.workRoot);
        state.extraPath.unshift(...shims);
        const versions = tools[2]!
          .trim()
          .split(/\s+/)
          .map((spec) => spec.split(/[=<>~!]/)[0]!)
          .filter((name) => name === "uv" || name === "poetry")
          .map((name) => execFileSync(join(shims[name === "uv" ? 0 : 1]!, name), ["--version"]).toString().trim());
        ctx.notes.push(`RUN line ${instruction.line}: \`${trimmed}\` satisfied by the local test virtualenv (${versions.join(", ")})`);
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
  script = numericChown(script, ctx, instruction.line);
  const remapped = remapText(script, ctx.prefixes, state.root);
  const env: Record<string, string> = { ...hostEnv() };
  for (const [key, value] of Object.entries(state.env)) env[key] = remapText(value, ctx.prefixes, state.root);
  env.PATH = [...state.extraPath, env.PATH ?? hostPath()].join(":");
  if (ctx.options.npmCiCache && /\bnpm\s+ci\b/.test(script)) env.PATH = `${npmCiCacheShim(ctx.options.workRoot, ctx.options.npmCiCache)}:${env.PATH}`;
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

/**
 * `chown [-R] node:node …`: the image's users (its base image's `node`, `nginx`, or a `useradd` of the
 * Dockerfile) need not exist on this machine, so their names become the uid:gid they have in the image.
 */
function numericChown(script: string, ctx: ApplyContext, line: number): string {
  return script.replace(/\bchown((?:\s+-{1,2}[\w-]+)*)\s+([A-Za-z_][\w-]*)(?::([A-Za-z_][\w-]*))?(?=\s)/g, (match, flags: string, user: string, group?: string) => {
    const owner = resolveUser(group ? `${user}:${group}` : user, ctx.users);
    if (!owner) return match;
    ctx.notes.push(`RUN line ${line}: chown ${user}${group ? `:${group}` : ""} as ${owner.uid}:${owner.gid} (the image's user, not necessarily this machine's)`);
    return `chown${flags} ${owner.uid}${group ? `:${owner.gid}` : ""}`;
  });
}

/**
 * `corepack enable pnpm`: a `pnpm` shim that, like corepack's, picks the version from the nearest
 * package.json's `packageManager` when it runs (not when it is enabled), and runs that pnpm
 * through `npx --yes pnpm@<version>` (npm registry, npx cache). Never touches this machine's Node.
 */
async function enableCorepack(manager: string, state: StageState, ctx: ApplyContext, line: number): Promise<void> {
  if (manager !== "pnpm") throw new ImageBuildError(line, `corepack enable ${manager} is not emulated (pnpm only)`);
  const dir = join(ctx.options.workRoot, "shims", "corepack-pnpm");
  writeExecutable(
    join(dir, "pnpm"),
    `#!/bin/sh
dir="$PWD"; spec=latest
while :; do
  if [ -f "$dir/package.json" ]; then
    found=$(node -e 'const p = require(process.argv[1]).packageManager || ""; if (p.startsWith("pnpm@")) process.stdout.write(p.slice(5).split("+")[0])' "$dir/package.json")
    [ -n "$found" ] && spec="$found"
    break
  fi
  [ "$dir" = / ] && break
  dir=$(dirname "$dir")
done
exec npx --yes "pnpm@$spec" "$@"
`,
  );
  state.extraPath.unshift(dir);
  ctx.notes.push(`RUN line ${line}: corepack enable pnpm → a pnpm shim running the packageManager version through npx (npm registry)`);
}
