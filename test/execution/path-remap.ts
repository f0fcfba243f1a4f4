// Container paths → a temporary root on this machine, without Docker, chroot or namespaces.
// Approach (the simplest honest one): the absolute paths that the Dockerfile itself creates or
// fills (WORKDIR, COPY destinations and --from sources, /opt/…) are "image-owned", system folders
// included when the Dockerfile copies into them (nothing is ever written to this machine's /etc); every string
// the image runs with (RUN, ENV, CMD, ENTRYPOINT, HEALTHCHECK) has them rewritten to
// <stage root><path>. System paths (/usr, /bin, /tmp, /etc) stay the machine's own.
// Limits: a path the app computes at run time from pieces ("/" + "app"), or reads from a file
// that was not rewritten, is not remapped; an app that writes outside the owned paths writes to
// this machine's /tmp etc. Files copied between stages have the source stage's root rewritten
// to the destination's inside text files (virtualenv shebangs, pyvenv.cfg), which Docker does
// not need because both stages see the same path.
import { execFileSync } from "node:child_process";
import { lstatSync, readFileSync, readlinkSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Stage } from "./dockerfile-stages.js";

/** The image-owned prefixes of a Dockerfile, longest first. */
export function ownedPrefixes(stages: readonly Stage[]): string[] {
  const prefixes = new Set<string>();
  const add = (path: string | undefined) => {
    if (!path?.startsWith("/")) return;
    const clean = path.replace(/\/+$/, "").replace(/\/\.$/, "");
    if (clean === "") return;
    prefixes.add(clean);
  };
  for (const stage of stages) {
    for (const instruction of stage.instructions) {
      if (instruction.keyword === "WORKDIR") add(instruction.text.trim());
      if (instruction.keyword === "COPY" || instruction.keyword === "ADD") {
        const words = instruction.exec ?? instruction.text.split(/\s+/);
        const dest = words[words.length - 1];
        // A relative destination lands in WORKDIR, which is already owned.
        add(dest);
        if (instruction.flags.from) for (const src of words.slice(0, -1)) add(src);
      }
      for (const [, path] of instruction.text.matchAll(/(?:^|[\s="':])(\/opt\/[\w.-]+)/g)) add(path);
    }
  }
  return [...prefixes].sort((a, b) => b.length - a.length);
}

/** Rewrites the owned container paths inside a string to live under `root`. */
export function remapText(text: string, prefixes: readonly string[], root: string): string {
  if (prefixes.length === 0) return text;
  const alternatives = prefixes.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  const pattern = new RegExp(`(^|[^\\w.~/$-])(${alternatives})(?=$|[^\\w.-])`, "g");
  return text.replace(pattern, (_m, before: string, path: string) => `${before}${root}${path}`);
}

/** Maps one container path (absolute, or relative to a container WORKDIR) to the machine. */
export function hostPath(root: string, containerPath: string, workdir: string): string {
  const absolute = containerPath.startsWith("/") ? containerPath : join(workdir, containerPath);
  return join(root, absolute);
}

/**
 * After copying files from one stage root to another, rewrites the source root inside the copied
 * text files (grep -I skips binaries): virtualenv scripts and pyvenv.cfg, a build's embedded
 * paths. Symlinks into the source root are re-pointed. Returns the number of files rewritten.
 */
export function relocateTree(path: string, fromRoot: string, toRoot: string): number {
  if (fromRoot === toRoot) return 0;
  let files: string[] = [];
  try {
    files = execFileSync("grep", ["-rlIF", "--", fromRoot, path], { maxBuffer: 64 * 1024 * 1024 })
      .toString()
      .split("\n")
      .filter(Boolean);
  } catch (error) {
    // grep exits 1 when nothing matches.
    if ((error as { status?: number }).status !== 1) throw error;
  }
  for (const file of files) {
    if (lstatSync(file).isSymbolicLink()) continue;
    const text = readFileSync(file, "utf8");
    // The copy may be a hard link to the source stage's file: write a new file, never through the link.
    const mode = lstatSync(file).mode;
    unlinkSync(file);
    writeFileSync(file, text.split(fromRoot).join(toRoot), { mode });
  }
  const links = execFileSync("find", [path, "-type", "l", "-lname", `${fromRoot}*`]).toString().split("\n").filter(Boolean);
  for (const link of links) {
    const target = readlinkSync(link);
    unlinkSync(link);
    symlinkSync(toRoot + target.slice(fromRoot.length), link);
  }
  return files.length;
}

/**
 * Copies a file or a folder's content between stage roots as hard links (`cp -al`: a virtualenv
 * or node_modules in milliseconds instead of seconds), falling back to `cp -a`. Stages never
 * write to a file they copied from another stage except through relocateTree, which unlinks first.
 */
export function copyTree(source: string, destination: string, contentsOnly: boolean): void {
  const from = contentsOnly ? `${source}/.` : source;
  try {
    execFileSync("cp", ["-al", "--", from, destination], { stdio: "pipe" });
  } catch {
    execFileSync("cp", ["-a", "--", from, destination], { stdio: "pipe" });
  }
}
