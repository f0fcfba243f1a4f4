import { badInput } from "../errors.js";
import type { BaselineOptions } from "../options/index.js";
import { awsEcs } from "./aws-ecs/index.js";
import { azureContainerApps } from "./azure-container-apps/index.js";
import { compose } from "./compose/index.js";
import { gcpCloudRun } from "./gcp-cloud-run/index.js";
import { kubernetes } from "./kubernetes/index.js";
import type { CloudStrategy } from "./types.js";

export type { CloudStrategy, DeployContext, RunbookCommands, ServiceTarget, Step } from "./types.js";
export { deployContext, hasDatabase, migrationCommand, serviceTargets } from "./services.js";

/** Every deploy target. Adding a cloud is adding a folder and a line here. */
export const CLOUD_STRATEGIES: Readonly<Record<BaselineOptions["cloud"], CloudStrategy>> = {
  "aws-ecs": awsEcs,
  "gcp-cloud-run": gcpCloudRun,
  "azure-container-apps": azureContainerApps,
  kubernetes,
  compose,
};

/** The strategy for the chosen cloud; refuses a deploy strategy the platform cannot run. */
export function cloudStrategy(options: BaselineOptions): CloudStrategy {
  const strategy = CLOUD_STRATEGIES[options.cloud];
  if (!strategy.strategies.includes(options.deploy.strategy)) {
    throw badInput(
      `deploy.strategy: "${options.deploy.strategy}" is not supported on ${options.cloud}. Allowed: ${strategy.strategies.join(", ")}`,
    );
  }
  return strategy;
}
