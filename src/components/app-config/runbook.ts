import { CLOUD_STRATEGIES } from "../../clouds/index.js";
import type { BaselineOptions } from "../../options/index.js";
import type { Runbook } from "../runbooks/runbook-content.js";
import { secretStore } from "./secret-store.js";

/** "The app fails to start: missing configuration": the startup guard, or a container that exits at boot. */
export function missingConfigurationRunbook(options: BaselineOptions, escalate: readonly string[]): Runbook | undefined {
  if (options.variables.length === 0) return undefined;
  const cmd = CLOUD_STRATEGIES[options.cloud].runbook(options);
  const store = secretStore(options, "production");
  return {
    slug: "missing-configuration",
    title: "The app fails to start: missing configuration",
    purpose:
      "A deploy stops at its startup guard, or new containers exit during boot, because a variable the app reads is empty or missing in the environment. docs/configuration.md lists every variable and where its value lives.",
    alerts: ["deploy.yml startup-guard", "TargetDown"],
    severity: "critical when production is down; otherwise a blocked deploy (warning)",
    confirm: [
      "The deploy run failed at the step \"Startup guard\" with `Empty in <environment>: NAME …`: nothing was deployed, the previous version still serves.",
      "Or the app's logs end with KeyError / ImproperlyConfigured / ValidationError / `Missing environment variable` naming a variable.",
      `Plain values live in ${store.plainLives}; secrets in ${store.secretLives}. Compare with the table in docs/configuration.md.`,
    ],
    diagnose: [
      { label: "The app's last log lines (look for the variable named in the error)", command: cmd.logs },
      { label: "Recent service events (containers that exit at start)", command: cmd.events },
    ],
    mitigate: [
      { label: "A secret: set it (read the value into VALUE without echoing, e.g. `read -rs VALUE`; replace NAME)", command: store.setSecret },
      { label: "A plain value: set it under `environments.<staging|production>` in the devops-baseline config, run `npx create-devops-baseline synth`, apply infra/ (terraform apply) and commit." },
      { label: "Then re-run the failed deploy job, or reload the running app", command: store.reload },
      { label: "A variable the app no longer reads, or one that is optional after all: correct it under `variables` in the config (required: false, or remove it) and re-run synth." },
    ],
    escalate: [...escalate],
    verify: ["The re-run deploy passes the startup guard and its health polls.", "The app's logs show a clean start, with no configuration error."],
    related: ["rollback", "incident-response"],
  };
}
