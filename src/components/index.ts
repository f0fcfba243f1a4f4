import { badInput } from "../errors.js";
import type { BaselineOptions } from "../options/index.js";
import type { FileModel } from "../synth/file-model.js";
import type { Component } from "./component.js";
import { ci } from "./ci/index.js";
import { dependencyUpdates } from "./dependency-updates/index.js";
import { security } from "./security/index.js";
import { docker } from "./docker/index.js";
import { compose } from "./compose/index.js";
import { proxy } from "./proxy/index.js";
import { databaseGuidance } from "./database-guidance/index.js";
import { deploy } from "./deploy/index.js";
import { backup } from "./backup/index.js";
import { monitoring } from "./monitoring/index.js";
import { runbooksComponent } from "./runbooks/index.js";
import { kubernetesManifests } from "./kubernetes/index.js";
import { uptime } from "./uptime/index.js";
import { infrastructure } from "./infrastructure/index.js";
import { resyncWorkflowComponent } from "./resync-workflow/index.js";
import { appConfigComponent } from "./app-config/index.js";

export type { Component } from "./component.js";

/** Every component, in render order. Adding an artifact family is adding it here. */
export const COMPONENTS: readonly Component[] = [ci, security, dependencyUpdates, docker, compose, proxy, databaseGuidance, deploy, backup, monitoring, runbooksComponent, kubernetesManifests, uptime, infrastructure, resyncWorkflowComponent, appConfigComponent];

export function renderModels(options: BaselineOptions): FileModel[] {
  const unknown = options.exclude.filter((name) => !COMPONENTS.some((c) => c.name === name));
  if (unknown.length > 0) {
    throw badInput(`exclude: ${unknown.map((u) => JSON.stringify(u)).join(", ")} is not a component. Allowed: ${COMPONENTS.map((c) => c.name).join(", ")}`);
  }
  return COMPONENTS.filter((c) => !options.exclude.includes(c.name)).flatMap((c) => c.render(options));
}
