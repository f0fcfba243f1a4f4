/**
 * This repository's own baseline, written by this repository's own projen adapter (dogfooding).
 * `npm run baseline` regenerates `.github/workflows/*.yml` (pins-refresh.yml from
 * scripts/pins-refresh-workflow.ts), `.github/dependabot.yml` and `.projen/files.json`; test/projen/dogfood.test.ts fails when they drift from this file.
 * `.gitignore` and `package.json` stay hand-written: projen is told to leave them alone.
 */
import { pathToFileURL } from "node:url";
import { Project, TextFile } from "projen";
import { PINS_REFRESH_MODEL } from "./scripts/pins-refresh-workflow.js";
import type { BaselineConfig } from "./src/options/index.js";
import { DevopsBaseline } from "./src/projen/index.js";
import { renderFiles } from "./src/synth/render-files.js";

export const BASELINE: BaselineConfig = {
  name: "create-devops-baseline",
  library: { kind: "node", nodeVersion: "22" },
  // A library ships no container and runs no service: nothing to deploy, back up, monitor or proxy.
  // The weekly resync PR runs `create-devops-baseline resync`, which reads a devops-baseline config; here
  // Dependabot bumps the tool's own sources and `npm run baseline` regenerates.
  exclude: ["docker", "compose", "proxy", "database-guidance", "deploy", "backup", "monitoring", "runbooks", "kubernetes", "uptime", "resync-workflow"],
  overrides: {
    ".github/workflows/ci.yml": {
      set: {
        // This repository's baseline lives in .projenrc.ts, not a devops-baseline config: the drift check
        // regenerates it with projen and fails on any difference.
        "jobs.drift.steps.check.name": "Regenerate with projen and compare",
        "jobs.drift.steps.check.run": "npm ci\nnpm run baseline\ngit diff --exit-code",
      },
    },
  },
};

/** The projen project that owns this repository's generated files, in `outdir`. */
export function baselineProject(outdir = "."): Project {
  const project = new Project({ name: "create-devops-baseline", outdir });
  // Hand-written here: the ignore rules and git attributes, and npm scripts instead of projen tasks.
  project.tryRemoveFile(".gitignore");
  project.tryRemoveFile(".gitattributes");
  project.tryRemoveFile(".projen/tasks.json");
  const baseline = new DevopsBaseline(project, BASELINE, { editGitignore: false });
  // The weekly `pins --update` PR is this repository's own workflow, rendered like the baseline's (SHA pins, marker).
  for (const file of renderFiles([PINS_REFRESH_MODEL], { ...baseline.options, overrides: {} })) {
    new TextFile(project, file.path, { lines: file.content.split("\n"), readonly: true, marker: false, editGitignore: false });
  }
  return project;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) baselineProject().synth();
