import { backendProbe } from "../docker/health-probe.js";
import { cloudStrategy, serviceTargets } from "../../clouds/index.js";
import type { BaselineOptions } from "../../options/index.js";
import type { FileModel } from "../../synth/file-model.js";
import { renderTemplate } from "../../synth/templates.js";
import type { Component } from "../component.js";
import { deployWorkflow } from "./deploy-workflow.js";
import { caddyCompose, caddyfile } from "./caddy.js";
import { switchConfig } from "./switch.js";
import { tunnelCompose, tunnelConfig } from "./tunnel.js";

export { deployWorkflow } from "./deploy-workflow.js";

function renderDeploy(options: BaselineOptions): FileModel[] {
  if (serviceTargets(options).length === 0) return [];
  const cloud = cloudStrategy(options);
  const files: FileModel[] = [
    {
      kind: "yaml",
      path: ".github/workflows/deploy.yml",
      component: "deploy",
      headerComment: `Build once, deploy to staging, then (after approval) production on ${cloud.title}, with rollback.`,
      // Fresh objects: shared ones would be written as YAML anchors, which GitHub rejects.
      data: JSON.parse(JSON.stringify(deployWorkflow(options, cloud))) as unknown,
    },
    {
      kind: "text",
      path: "scripts/wait_for_health.sh",
      component: "deploy",
      comment: "hash",
      executable: true,
      text: renderTemplate("scripts/wait_for_health.sh.hbs", { name: options.name, healthPath: backendProbe(options).path }),
    },
    ...(cloud.files?.(options) ?? []),
  ];
  if (options.cloud === "compose") {
    files.push(...(options.edge.tunnel ? [tunnelCompose(options), tunnelConfig(options)] : [caddyCompose(options), caddyfile(options)]));
    if (options.deploy.strategy === "blue-green") files.push(switchConfig(options));
  }
  return files;
}

export const deploy: Component = {
  name: "deploy",
  description: "deploy.yml for the chosen cloud (OIDC, snapshot, migrations, health polling, rollback, release), plus the compose edge (Cloudflare tunnel or Caddy).",
  render: renderDeploy,
};
