import type { AppCandidate } from "./app-candidate.js";
import { compareText } from "./files-to-read.js";
import { baseOf, depthOf, showDir } from "./paths.js";
import { isOutsideApp } from "./repo-index.js";

/** Folder names teams give each side of a monorepo (apps/api, backend/, web/ …). */
const ROLE_NAMES = {
  backend: new Set(["backend", "api", "server", "service", "django", "fastapi"]),
  frontend: new Set(["frontend", "web", "client", "webapp", "web-app", "www", "site", "ui", "dashboard", "app", "spa"]),
} as const;

/** Higher is likelier: shallow, conventionally named, not in examples/ or tests/, with an entry point. */
export function scoreApp(app: AppCandidate): number {
  let score = 100 - 8 * depthOf(app.dir) + 10 * app.strength;
  if (ROLE_NAMES[app.role].has(baseOf(app.dir).toLowerCase())) score += 15;
  if (isOutsideApp(app.dir)) score -= 80;
  return score;
}

export interface PickedApp {
  readonly app?: AppCandidate;
  readonly warning?: string;
}

/** The likeliest app for a role; when several compete, the warning says which and how to choose. */
export function pickApp(candidates: readonly AppCandidate[], role: AppCandidate["role"]): PickedApp {
  const ranked = candidates
    .filter((c) => c.role === role)
    .map((app) => ({ app, score: scoreApp(app) }))
    .sort((a, b) => b.score - a.score || depthOf(a.app.dir) - depthOf(b.app.dir) || compareText(a.app.dir, b.app.dir));
  const best = ranked[0]?.app;
  if (!best || ranked.length === 1) return best ? { app: best } : {};
  const list = ranked.map(({ app }) => `${app.kind} in ${showDir(app.dir)}`).join(", ");
  return {
    app: best,
    warning:
      `Found ${ranked.length} ${role}s (${list}); proposing ${best.kind} in ${showDir(best.dir)} as the likeliest ` +
      `(shallowest, conventionally named, not an example or test). Set ${role}.kind and ${role}.dir to choose another.`,
  };
}
