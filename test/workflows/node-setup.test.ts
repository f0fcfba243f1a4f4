import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ci, ciWorkflow } from "../../src/components/ci/index.js";
import { renderModels } from "../../src/components/index.js";
import { detectRepo } from "../../src/detect/index.js";
import { parseOptions } from "../../src/options/index.js";
import { renderFiles } from "../../src/synth/render-files.js";
import { isUsesStep, type UsesStep } from "../../src/workflows/model.js";
import { nodeSetupSteps } from "../../src/workflows/steps.js";
import { runAction } from "../execution/setup-actions.js";
import { actionlintFindings, formatFindings } from "../validators/index.js";

/** A repository on disk: path → content (objects become JSON). */
function repo(files: Record<string, string | object>): string {
  const root = join(mkdtempSync(join(tmpdir(), "devops-baseline-node-setup-")), "shop");
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), typeof content === "string" ? content : `${JSON.stringify(content, null, 2)}\n`);
  }
  return root;
}

const NEXT_APP = { name: "web", private: true, scripts: { build: "next build", start: "next start" }, dependencies: { next: "15.1.0", react: "19.0.0", "react-dom": "19.0.0" } };
const PNPM_LOCK_9 = "lockfileVersion: '9.0'\n\nsettings:\n  autoInstallPeers: true\n\nimporters:\n\n  .: {}\n";

/** The same layouts the issue met on public repositories: the app in apps/web, everything else at the workspace root. */
const LAYOUTS = {
  "pnpm workspace, packageManager at the root only": {
    "package.json": { name: "shop", private: true, packageManager: "pnpm@9.15.0" },
    "pnpm-workspace.yaml": "packages:\n  - apps/*\n",
    "pnpm-lock.yaml": PNPM_LOCK_9,
    "apps/web/package.json": NEXT_APP,
    "apps/web/.nvmrc": "20\n",
  },
  "pnpm workspace without packageManager (lockfileVersion 9.0)": {
    "package.json": { name: "shop", private: true },
    "pnpm-workspace.yaml": "packages:\n  - apps/*\n",
    "pnpm-lock.yaml": PNPM_LOCK_9,
    "apps/web/package.json": NEXT_APP,
    ".node-version": "22.11.0\n",
  },
  "npm workspace, lockfile at the root": {
    "package.json": { name: "shop", private: true, workspaces: ["apps/*"] },
    "package-lock.json": { name: "shop", lockfileVersion: 3, requires: true, packages: {} },
    "apps/web/package.json": { ...NEXT_APP, engines: { node: ">=20" } },
  },
} satisfies Record<string, Record<string, string | object>>;

function frontendSetup(root: string) {
  const detection = detectRepo(root);
  const options = parseOptions(detection.config);
  // Every frontend job that installs shares these steps; the bundle job always exists (checks jobs follow the gates).
  const jobs = Object.entries(ciWorkflow(options).jobs).filter(([name]) => name.startsWith("frontend-"));
  const steps = jobs.map(([, job]) => job.steps.filter(isUsesStep)).find((s) => s.some((step) => step.id === "setup-node"))!;
  return { detection, options, steps };
}

const byId = (steps: readonly UsesStep[], id: string): UsesStep | undefined => steps.find((s) => s.id === id);
const actionOf = (step: UsesStep): string => step.uses.split("@")[0]!;

/** Runs setup-pnpm then setup-node as the runner would (the local emulation reproduces the real actions' input checks). */
async function runSetup(root: string, steps: readonly UsesStep[]) {
  const path = [process.env.PATH ?? ""];
  const runnerTemp = mkdtempSync(join(tmpdir(), "devops-baseline-runner-"));
  const outcomes: { id: string; status: string; note: string }[] = [];
  for (const step of steps.filter((s) => s.id === "setup-pnpm" || s.id === "setup-node")) {
    const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v)]));
    const outcome = await runAction({
      action: actionOf(step),
      inputs,
      workspace: root,
      runnerTemp,
      path: path.join(delimiter),
      addPath: (dir) => path.unshift(dir),
      setEnv: () => {},
    });
    outcomes.push({ id: step.id!, ...outcome });
  }
  return outcomes;
}

describe("Node.js toolchain setup reads the versions where the repository declares them", () => {
  it("a workspace member: pnpm from the root's packageManager, cache keyed on the root lockfile, Node.js from apps/web/.nvmrc", async () => {
    const root = repo(LAYOUTS["pnpm workspace, packageManager at the root only"]);
    const { options, steps, detection } = frontendSetup(root);
    expect(options.frontend).toMatchObject({ dir: "apps/web", context: ".", packageManager: "pnpm", nodeVersion: "20" });
    expect(options.frontend.pnpmVersion).toBeUndefined();
    expect(detection.evidence.find((e) => e.key === "frontend.pnpmVersion")).toMatchObject({ value: "(none)", file: "package.json" });
    expect(byId(steps, "setup-pnpm")!.with).toEqual({ package_json_file: "package.json" });
    expect(byId(steps, "setup-node")!.with).toEqual({ "node-version": "20", cache: "pnpm", "cache-dependency-path": "pnpm-lock.yaml" });
    const outcomes = await runSetup(root, steps);
    expect(outcomes.map((o) => `${o.id}: ${o.status} (${o.note})`)).toEqual([expect.stringMatching(/^setup-pnpm: passed/), expect.stringMatching(/^setup-node: passed/)]);
  }, 300_000);

  it("no packageManager anywhere: an explicit pnpm version from pnpm-lock.yaml's lockfileVersion, never an action that finds none", async () => {
    const root = repo(LAYOUTS["pnpm workspace without packageManager (lockfileVersion 9.0)"]);
    const { options, steps, detection } = frontendSetup(root);
    expect(options.frontend.pnpmVersion).toBe("9.15.9");
    expect(detection.evidence.find((e) => e.key === "frontend.pnpmVersion")).toMatchObject({ file: "pnpm-lock.yaml" });
    expect(byId(steps, "setup-pnpm")!.with).toEqual({ version: "9.15.9", package_json_file: "package.json" });
    expect(byId(steps, "setup-node")!.with).toMatchObject({ "node-version": "22", "cache-dependency-path": "pnpm-lock.yaml" });
    const outcomes = await runSetup(root, steps);
    expect(outcomes.map((o) => `${o.id}: ${o.status} (${o.note})`)).toEqual([expect.stringMatching(/^setup-pnpm: passed/), expect.stringMatching(/^setup-node: passed/)]);
  }, 300_000);

  it("an npm workspace: setup-node's cache-dependency-path is the root package-lock.json, which exists", async () => {
    const root = repo(LAYOUTS["npm workspace, lockfile at the root"]);
    const { options, steps } = frontendSetup(root);
    expect(options.frontend).toMatchObject({ dir: "apps/web", context: ".", packageManager: "npm", nodeVersion: "20" });
    expect(byId(steps, "setup-node")!.with).toEqual({ "node-version": "20", cache: "npm", "cache-dependency-path": "package-lock.json" });
    const outcomes = await runSetup(root, steps);
    expect(outcomes).toEqual([expect.objectContaining({ id: "setup-node", status: "passed" })]);
  });

  it("the options before this fix (no context, no pnpmVersion) fail the same checks: the test can tell", async () => {
    const root = repo(LAYOUTS["pnpm workspace without packageManager (lockfileVersion 9.0)"]);
    const steps = nodeSetupSteps("pnpm", "22", "apps/web").filter(isUsesStep);
    const outcomes = await runSetup(root, steps);
    expect(outcomes[0]).toMatchObject({ id: "setup-pnpm", status: "failed", note: expect.stringContaining("No pnpm version is specified") });
    const node = await runSetup(repo(LAYOUTS["npm workspace, lockfile at the root"]), nodeSetupSteps("npm", "20", "apps/web").filter(isUsesStep));
    expect(node[0]).toMatchObject({ status: "failed", note: expect.stringContaining("unable to cache dependencies") });
  });

  it.each(Object.keys(LAYOUTS))("every job's setup-node uses the service's Node.js version, and actionlint passes: %s", async (layout) => {
    const root = repo(LAYOUTS[layout as keyof typeof LAYOUTS]);
    const { options } = frontendSetup(root);
    const workflow = ciWorkflow(options);
    for (const [name, job] of Object.entries(workflow.jobs)) {
      if (!name.startsWith("frontend-")) continue;
      for (const step of job.steps.filter(isUsesStep).filter((s) => s.id === "setup-node")) {
        expect(step.with?.["node-version"], `${name}`).toBe(options.frontend.nodeVersion);
      }
    }
    // The image runs the same major as CI: every node base image of the frontend's Dockerfile.
    const dockerfiles = renderFiles(renderModels(options), options).filter((f) => /(^|\/)Dockerfile$/.test(f.path));
    const nodeMajors = dockerfiles.flatMap((f) => [...f.content.toString().matchAll(/^FROM node:(\d+)/gm)].map((m) => m[1]));
    expect(nodeMajors.length).toBeGreaterThan(0);
    expect(new Set(nodeMajors)).toEqual(new Set([options.frontend.nodeVersion]));
    const files = renderFiles(ci.render(options), options).filter((f) => f.path.endsWith(".yml"));
    const findings = await actionlintFindings(files.map((f) => ({ path: f.path, text: f.content.toString() })));
    expect(findings, formatFindings(findings)).toEqual([]);
  });
});

describe("pnpm/action-setup inputs", () => {
  it("gives version and the workspace root's package.json, or the package.json alone when it declares packageManager", () => {
    const [pnpm] = nodeSetupSteps("pnpm", "22", "apps/web", { root: ".", pnpmVersion: "8.15.9" }).filter(isUsesStep);
    expect(pnpm!.with).toEqual({ version: "8.15.9", package_json_file: "package.json" });
    const [declared] = nodeSetupSteps("pnpm", "22", "apps/web", { root: "apps" }).filter(isUsesStep);
    expect(declared!.with).toEqual({ package_json_file: "apps/package.json" });
    const bun = nodeSetupSteps("bun", "22", "apps/web", { root: "." }).filter(isUsesStep);
    expect(String(byId(bun, "cache-bun")!.with?.key)).toContain("hashFiles('bun.lock*')");
  });
});
