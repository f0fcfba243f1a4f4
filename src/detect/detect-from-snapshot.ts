import { RENOVATE_PATHS } from "../rules/classify.js";
import { DEPENDABOT_PATHS } from "../options/choices.js";
import type { BaselineConfig } from "../options/index.js";
import { pinnedVersions } from "../components/docker/base-images.js";
import type { Finding } from "./detect-package-manager.js";
import { describeBackend, describeFrontend } from "./describe-apps.js";
import { describeLibrary } from "./detect-library.js";
import { detectAppVariables, variableEvidence } from "./env/index.js";
import { detectName } from "./detect-name.js";
import { noServices, resolveServices } from "./resolve-services.js";
import { bareFastapiHints } from "./find-bare-python-apps.js";
import { findMarkerApps, preferMarkerApps } from "./find-marker-apps.js";
import { findNodeApps } from "./find-node-apps.js";
import { findOtherLanguages } from "./find-other-languages.js";
import { findPythonApps } from "./find-python-apps.js";
import { snapVersions } from "./snap-versions.js";
import { showDir } from "./paths.js";
import { pickApp } from "./pick-app.js";
import { indexRepo, type UnsupportedApp } from "./repo-index.js";
import type { Detection, Evidence, RepoSnapshot } from "./types.js";

type Config = { -readonly [K in keyof BaselineConfig]: BaselineConfig[K] };

/**
 * Proposes options for a repository from its paths and the few files `filesToRead` asked for.
 * Pure: the same snapshot always gives the same detection, and nothing here reads the disk.
 */
export function detectFromSnapshot(snapshot: RepoSnapshot): Detection {
  const index = indexRepo(snapshot);
  const evidence: Evidence[] = [];
  const note = (key: string, finding: Finding<string>) => evidence.push({ key, ...finding });
  const config: Config = {};

  const readingWarnings = index.warnings.length;
  findOtherLanguages(index);
  const candidates = [...findPythonApps(index), ...preferMarkerApps(findNodeApps(index), findMarkerApps(index))];
  const backend = pickApp(candidates, "backend");
  const frontend = pickApp(candidates, "frontend");

  const name = detectName(index, backend.app?.language === "python" && backend.app.dir === ".");
  if (name) {
    config.name = name.value;
    note("name", name);
  }

  for (const picked of [backend, frontend]) if (picked.warning) index.warnings.push(picked.warning);
  index.warnings.push(...unsupportedWarnings(index.unsupported));
  if (backend.app) {
    const described = describeBackend(index, backend.app, note);
    config.backend = described.backend;
    if (described.healthPath) config.deploy = { healthPath: described.healthPath };
  } else {
    config.backend = { kind: "none" };
  }
  config.frontend = frontend.app ? describeFrontend(index, frontend.app, note) : { kind: "none" };
  const found = detectAppVariables(index, [backend.app, frontend.app]);
  if (found.variables.length > 0) {
    config.variables = found.variables.map((v) => ({ ...v, readAt: [...v.readAt] }));
    const files = [...new Set(found.variables.flatMap((v) => v.readAt.map((at) => at.replace(/:\d+$/, ""))))];
    note("variables", { value: `${found.variables.length} variables`, file: files[0] ?? ".", reason: `the app reads ${found.variables.map((v) => v.name).join(", ")} (in ${files.join(", ")})` });
    for (const v of found.variables) note(`variables.${v.name}`, variableEvidence(v, found.reads.get(`${v.service}:${v.name}`) ?? []));
  }
  if (!backend.app) {
    note("backend.kind", { value: "none", file: ".", reason: "no Django, FastAPI, Express or NestJS project was found" });
  }
  if (!frontend.app) {
    note("frontend.kind", { value: "none", file: ".", reason: "no Next.js or React + Vite project was found" });
  }
  if (!backend.app) index.warnings.push(...bareFastapiHints(index));
  // With no app and no unsupported framework, a Node.js package with a build script is a library or CLI.
  const library = !backend.app && !frontend.app && index.unsupported.length === 0 ? describeLibrary(index, note) : undefined;
  if (library) config.library = library;
  // Apps that were found but not proposed are already explained; "nothing recognisable" is for the rest.
  const explained = index.warnings.length > readingWarnings;
  if (!backend.app && !frontend.app && !library && !explained) {
    index.warnings.push(
      "Nothing recognisable was found (supported: django, fastapi, express, nestjs backends; nextjs, react-vite frontends; Node.js libraries with a build script); backend and frontend are none.",
    );
  }
  if (backend.app && frontend.app && backend.app.dir === frontend.app.dir) {
    index.warnings.push(
      `The ${backend.app.kind} backend and the ${frontend.app.kind} frontend share ${showDir(backend.app.dir)}; ` +
        "check that the frontend is a separate app and not the backend's asset build.",
    );
  }

  // Services belong to an app: a library or an unsupported stack gets none, not a database to back up.
  const services = backend.app || frontend.app ? resolveServices(index) : noServices();
  for (const [key, finding] of services.findings) {
    config[key] = finding.value as never;
    note(key, finding);
  }
  index.warnings.push(...services.warnings);

  // A repository that uses Renovate gets no Dependabot: two tools would open two PRs for every bump.
  const listed: readonly unknown[] = Array.isArray(snapshot.paths) ? snapshot.paths : [];
  const renovate = RENOVATE_PATHS.find((p) => listed.includes(p));
  if (renovate) {
    config.dependencyUpdates = "renovate";
    note("dependencyUpdates", { value: "renovate", file: renovate, reason: "the repository configures Renovate" });
  }
  // GitHub reads .github/dependabot.yml or .yaml; a repository with the .yaml one keeps its name, or the
  // baseline would add a second config beside it.
  const [yml, yaml] = DEPENDABOT_PATHS;
  if (listed.includes(yaml) && !listed.includes(yml)) {
    config.dependabotPath = yaml;
    note("dependabotPath", { value: yaml, file: yaml, reason: "the repository's Dependabot config has the .yaml name" });
  }

  return snapVersions({ config, evidence, warnings: [...new Set(index.warnings)] }, pinnedVersions());
}

const SUPPORTED = { backend: "django, fastapi, express, nestjs", frontend: "nextjs, react-vite" } as const;

/** One warning per unsupported framework: "Vue frontends (a, b and 3 more) are not supported …". */
function unsupportedWarnings(apps: readonly UnsupportedApp[]): string[] {
  const groups = new Map<string, UnsupportedApp[]>();
  for (const app of apps) {
    const key = `${app.role}:${app.framework}`;
    groups.set(key, [...(groups.get(key) ?? []), app]);
  }
  return [...groups.values()].map((group) => {
    const { role, framework } = group[0] as UnsupportedApp;
    const files = group.map((a) => a.file);
    const listed = files.length > 3 ? `${files.slice(0, 3).join(", ")} and ${files.length - 3} more` : files.join(", ");
    const many = files.length > 1;
    return (
      `${framework} ${role}${many ? "s" : ""} (${listed}) ${many ? "are" : "is"} not supported by the baseline ` +
      `(supported ${role}s: ${SUPPORTED[role]}); ${many ? "they were" : "it was"} not proposed, and the baseline generates nothing for ${many ? "them" : "it"}.`
    );
  });
}
