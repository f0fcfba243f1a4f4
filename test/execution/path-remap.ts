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
import { lstatSync, readdirSync, readFileSync, readlinkSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
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
 * text files (under 2 MB, no NUL byte): virtualenv scripts and pyvenv.cfg name their own location.
 */
export function relocateTree(path: string, fromRoot: string, toRoot: string): number {
  let rewritten = 0;
  const visit = (current: string) => {
    const stat = lstatSync(current);
    if (stat.isSymbolicLink()) {
      const target = readlinkSync(current);
      if (target.startsWith(fromRoot)) {
        unlinkSync(current);
        symlinkSync(toRoot + target.slice(fromRoot.length), current);
      }
      return;
    }
    if (stat.isDirectory()) {
      for (const entry of readdirSync(current)) visit(join(current, entry));
      return;
    }
    if (!stat.isFile() || stat.size > 2_000_000) return;
    const buffer = readFileSync(current);
    if (buffer.includes(0)) return;
    const text = buffer.toString("utf8");
    if (!text.includes(fromRoot)) return;
    writeFileSync(current, text.split(fromRoot).join(toRoot));
    rewritten += 1;
  };
  visit(path);
  return rewritten;
}
