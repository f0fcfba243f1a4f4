import { posix } from "node:path";

/** A repository path without leading or trailing slashes; `.` for the root. */
export const normalisePath = (p: string): string => posix.normalize(p.replace(/^\/+/, "").replace(/\/+$/, "") || ".");

/**
 * A path glob as Dependabot's `directories` reads it (`*` within a folder, `**` across folders),
 * also used for the paths of audit suppressions.
 */
export function pathGlob(glob: string): RegExp {
  const source = normalisePath(glob)
    .split(/(\*\*\/|\*\*|\*)/)
    .map((part) => (part === "**/" ? "(?:.*/)?" : part === "**" ? ".*" : part === "*" ? "[^/]*" : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}$`);
}
