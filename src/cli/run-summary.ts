import { hasDatabase } from "../clouds/services.js";
import { ciWorkflow } from "../components/ci/index.js";
import { servicesUnderTest } from "../components/ci/stack-context.js";
import { commandOf } from "../components/docker/containers-doc.js";
import { describeProbe } from "../components/docker/health-probe.js";
import { imageBuilds } from "../components/docker/image-builds.js";
import { edgePlan } from "../components/edge/plan.js";
import { GATES } from "../options/choices.js";
import type { BaselineOptions } from "../options/index.js";

/** Runtime facts a user should confirm when detection did not read them from the repository. */
const CONFIRM: Readonly<Record<string, (o: BaselineOptions) => boolean>> = {
  "backend.app": (o) => o.backend.kind === "django" || o.backend.kind === "fastapi",
  "backend.port": (o) => o.backend.kind !== "none",
  "deploy.healthPath": (o) => o.backend.kind !== "none",
  "backend.start": (o) => o.backend.kind === "express" || o.backend.kind === "nestjs",
  "frontend.nextOutput": (o) => o.frontend.kind === "nextjs",
  "frontend.outDir": (o) => o.frontend.kind === "react-vite",
  cloud: () => true,
  "backup.target": (o) => hasDatabase(o),
};

/** Where a database's dumps go by default on each target: the same cloud's object store, or the host. */
const BACKUP_FOR_CLOUD: Readonly<Record<string, string>> = { "aws-ecs": "s3", "gcp-cloud-run": "gcs", "azure-container-apps": "azure-blob", kubernetes: "s3", compose: "local" };

/**
 * `init`'s "what will run": each service's command, port and probe, the CI jobs, and every assumption
 * that came from a default rather than from the repository. `detected` holds the keys detection read.
 */
export function runSummary(options: BaselineOptions, detected: ReadonlySet<string>): { lines: string[]; warnings: string[] } {
  const lines = ["", "What will run:"];
  for (const build of imageBuilds(options)) {
    lines.push(`  ${build.role}: \`${commandOf(options, build)}\` — port ${build.port}; healthy when ${describeProbe(build.probe, build.port)}`);
  }
  const jobs = Object.values(ciWorkflow(options).jobs).map((j) => j.name ?? "");
  if (jobs.length > 0) lines.push(`  CI (ci.yml): ${jobs.join("; ")}`);
  const recommended: string[] = [];
  for (const s of servicesUnderTest(options)) {
    const gates = GATES.map((gate) => {
      const mode = s.ctx.gates[gate];
      if (mode === "off") recommended.push(`${s.role}.gates.${gate}`);
      const tool = s.ctx.tools[gate];
      return `${gate} ${mode}${mode !== "off" && tool ? ` (${tool})` : ""}`;
    });
    lines.push(`  gates, ${s.role}: ${gates.join(", ")}`);
  }
  if (recommended.length > 0) {
    lines.push(`  Recommended once the tool is set up (see the detected lines above for how): ${recommended.map((key) => `${key}: enforce`).join(", ")}`);
  }
  const edge = edgePlan(options);
  if (edge.length > 0) lines.push(`  Edge and cost (${options.cloud}; docs/tls.md, docs/cdn.md, docs/costs.md):`);
  for (const status of edge) lines.push("what" in status ? `    ${status.piece}: ${status.what}` : `    ${status.piece}: skipped, ${status.reason}`);
  const assumed = Object.entries(CONFIRM).filter(([key, applies]) => applies(options) && !detected.has(key)).map(([key]) => key);
  if (assumed.length > 0) lines.push(`  Not read from the repository, please confirm (defaults or your answers): ${assumed.join(", ")}`);
  const warnings: string[] = [];
  if (options.backend.kind !== "none" && !options.deploy.healthPath) {
    warnings.push("The backend has no health route, so probes only see that the server answers.\n  Add one (docs/containers.md has a snippet per stack) and set deploy.healthPath.");
  }
  if (hasDatabase(options) && options.backup.target === "none") {
    warnings.push(`The ${options.database} database has no backup target. Recommended for ${options.cloud}: --backup ${BACKUP_FOR_CLOUD[options.cloud] ?? "s3"} (daily dumps, 7/4/3 retention, restore-tested).`);
  }
  return { lines, warnings };
}
