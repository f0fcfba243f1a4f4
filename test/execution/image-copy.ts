// COPY / ADD for the image layout: from the build context through .dockerignore and globs, from an
// earlier stage's folder (hard links, then relocation of the source stage's path), `--chown`.
import { chownSync, cpSync, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { splitWords, substitute, type Instruction } from "./dockerfile-stages.js";
import { ImageBuildError, resolveUser, type ApplyContext, type StageState } from "./image-stage.js";
import { copyTree, hostPath as containerToHost, relocateTree } from "./path-remap.js";
import { globToRegExp } from "./setup-actions.js";
import { ensureToolsVenv, shimDir } from "./toolchain.js";

function isDir(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

export async function copy(instruction: Instruction, state: StageState, ctx: ApplyContext): Promise<void> {
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
export async function localPythonTools(workRoot: string): Promise<string[]> {
  const bin = await ensureToolsVenv();
  return [
    shimDir(workRoot, "uv", { uv: join(bin, "uv"), uvx: join(bin, "uvx") }),
    shimDir(workRoot, "poetry", { poetry: join(bin, "poetry") }),
  ];
}

