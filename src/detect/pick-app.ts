import type { AppCandidate } from "./app-candidate.js";
import { compareText } from "./files-to-read.js";
import { baseOf, depthOf, showDir } from "./paths.js";
import { isOutsideApp } from "./repo-index.js";

/** Folder names teams give each side of a monorepo (apps/api, backend/, web/ …). */
const ROLE_NAMES = {
  backend: new Set(["backend", "api", "server", "service", "django", "fastapi", "nestjs", "express"]),
  frontend: new Set(["frontend", "web", "client", "webapp", "www", "site", "dashboard", "app", "spa", "nextjs", "next"]),
} as const;

/** "nestjs-backend", "web_app", "api" → true for the role whose name is one of its words. */
function hasRoleName(dir: string, role: AppCandidate["role"]): boolean {
  return baseOf(dir).toLowerCase().split(/[-_.]/).some((word) => ROLE_NAMES[role].has(word));
}

const TEST_FOLDERS = new Set(["test", "tests", "__tests__", "testing", "fixtures", "e2e", "cypress", "playwright"]);
const LIBRARY_FOLDERS = new Set(["packages", "libs", "lib", "shared", "common", "modules", "plugins", "extensions"]);

/** Higher is likelier: shallow, conventionally named, with an entry point, with many dependencies. */
export function scoreApp(app: AppCandidate): number {
  let score = 100 - 8 * depthOf(app.dir) + 10 * app.strength;
  if (app.dir !== "." && hasRoleName(app.dir, app.role)) score += 15;
  // packages/ and libs/ in a monorepo hold shared code more often than deployable apps.
  if (app.dir.split("/").some((s) => LIBRARY_FOLDERS.has(s.toLowerCase()))) score -= 20;
  if (app.workspaceRoot) score -= 40;
  if (app.exportsEntryPoints) score -= 10;
  score += Math.min(10, Math.floor(app.size / 5));
  // Real app signals outweigh depth; a Node.js package with none is a stray manifest (tooling, a leftover).
  if (app.signals) score += app.signals.length === 0 ? -30 : 6 * Math.min(app.signals.length, 4);
  return score;
}

export interface PickedApp {
  readonly app?: AppCandidate;
  readonly warning?: string;
}

/** The likeliest app for a role; when several compete, the warning says which and how to choose. */
export function pickApp(candidates: readonly AppCandidate[], role: AppCandidate["role"]): PickedApp {
  const ofRole = candidates.filter((c) => c.role === role);
  // Apps in examples/, tests/ or docs/ demonstrate or test the project; they are not what it deploys.
  const samples = ofRole.filter((c) => isOutsideApp(c.dir));
  const ranked = ofRole
    .filter((c) => !isOutsideApp(c.dir))
    .map((app) => ({ app, score: scoreApp(app) }))
    .sort((a, b) => b.score - a.score || depthOf(a.app.dir) - depthOf(b.app.dir) || compareText(a.app.dir, b.app.dir));
  const best = ranked[0]?.app;
  // Test fixtures are never the app; examples and docs apps might be, so only those are mentioned.
  const mentionable = samples.filter((app) => !app.dir.split("/").some((s) => TEST_FOLDERS.has(s.toLowerCase())));
  if (!best && mentionable.length > 0) {
    const list = listApps(mentionable);
    return { warning: `Only example, test or docs ${role}s were found (${list}); none was proposed. Set ${role}.kind and ${role}.dir if one of them is the app.` };
  }
  if (!best || ranked.length === 1) return best ? { app: best } : {};
  const list = listApps(ranked.map(({ app }) => app));
  return {
    app: best,
    warning:
      `Found ${ranked.length} ${role}s (${list}); proposing ${best.kind} in ${showDir(best.dir)} as the likeliest ` +
      `(by app signals such as a framework config, pages, an entry point, a build script or a Dockerfile, then folder name, depth and dependencies). Set ${role}.kind and ${role}.dir to choose another.`,
  };
}

/** "django in backend/, fastapi in api/ and 3 more". */
function listApps(apps: readonly AppCandidate[]): string {
  const names = apps.map((app) => `${app.kind} in ${showDir(app.dir)}`);
  return names.length > 4 ? `${names.slice(0, 4).join(", ")} and ${names.length - 4} more` : names.join(", ");
}
