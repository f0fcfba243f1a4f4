import { CLOUD_STRATEGIES, serviceTargets } from "../../clouds/index.js";
import type { BaselineOptions } from "../../options/index.js";
import type { FileModel } from "../../synth/file-model.js";
import { renderTemplate } from "../../synth/templates.js";
import type { Component } from "../component.js";
import { runbooks } from "./runbook-content.js";

function renderRunbooks(options: BaselineOptions): FileModel[] {
  // Incident runbooks are about running services; a library or an undetected repo has none.
  if (serviceTargets(options).length === 0) return [];
  const cloudTitle = CLOUD_STRATEGIES[options.cloud].title;
  const alertDestination =
    options.alerting === "none" ? "nobody: alerting is \"none\"" : options.alerting === "slack" ? `Slack ${options.notifications.slackChannel}` : options.alerting === "email" ? `<${options.notifications.email}>` : "PagerDuty";
  return runbooks(options).map((r) => ({
    kind: "text",
    path: `docs/runbooks/${r.slug}.md`,
    component: "runbooks",
    comment: "html",
    text: renderTemplate("runbooks/runbook.md.hbs", {
      ...r,
      // A command's label is a sentence leading into its code block, not bold text standing in for a heading (markdownlint MD036).
      diagnose: r.diagnose.map(leadIn),
      mitigate: r.mitigate.map((m) => (m.command ? leadIn(m) : m)),
      name: options.name,
      cloudTitle,
      alertDestination,
      alertSource: "monitoring/alerts.yml",
    }),
  }));
}

const leadIn = <T extends { readonly label: string }>(c: T): T => ({ ...c, label: /[.:?!]$/.test(c.label) ? c.label : `${c.label}:` });

export const runbooksComponent: Component = {
  name: "runbooks",
  description: "docs/runbooks: database, storage, 5xx, DDoS, rollback, restore, incident response, with the chosen cloud's commands.",
  render: renderRunbooks,
};
