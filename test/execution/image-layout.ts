// Lays out a Dockerfile's final stage into a temporary root without Docker: every stage gets a
// folder standing in for its filesystem; WORKDIR/ENV/ARG/USER/EXPOSE/CMD/ENTRYPOINT/HEALTHCHECK
// are read here, COPY is image-copy.ts, RUN is image-run-step.ts (owned paths remapped, see path-remap.ts).
import { chmodSync, mkdirSync, renameSync } from "node:fs";
import { join } from "node:path";
import { healthcheckTimings, parseDockerfile, parseEnv, splitWords, substitute, type Instruction, type Stage } from "./dockerfile-stages.js";
import { loadDockerignore } from "./dockerignore.js";
import { copy } from "./image-copy.js";
import { run } from "./image-run-step.js";
import { BASE_IMAGE_USERS, ImageBuildError, type ApplyContext, type ImageLayout, type ImageUser, type LayoutOptions, type StageState } from "./image-stage.js";
import { hostPath } from "./host-env.js";
import { copyTree, hostPath as containerToHost, ownedPrefixes, relocateTree, remapText } from "./path-remap.js";
import { NGINX_BASE, nginxRuntime } from "./nginx-base.js";
import { localPythonVersion, pythonShim } from "./toolchain.js";

export { ImageBuildError, resolveUser } from "./image-stage.js";
export type { ImageLayout, ImageUser, LayoutOptions } from "./image-stage.js";

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
  command = command.map(remap);
  let configFiles: string[] = [];
  if (NGINX_BASE.test(stages[stages.length - 1]!.base)) ({ command, configFiles } = nginxRuntime(final.root, command, prefixes, notes));
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
    command,
    configFiles,
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

