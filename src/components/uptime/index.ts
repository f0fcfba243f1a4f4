import { healthyBelow } from "../docker/health-probe.js";
import { serviceTargets } from "../../clouds/index.js";
import type { BaselineOptions } from "../../options/index.js";
import type { FileModel } from "../../synth/file-model.js";
import type { Job, Step, Workflow } from "../../workflows/model.js";
import { pinnedAction } from "../../workflows/pins.js";
import type { Component } from "../component.js";
import { certificateJob } from "../edge/uptime.js";

/** `.github/workflows/uptime.yml`: probes production every 10 minutes; a failed probe fails the run (and notifies). */
export function uptimeWorkflow(options: BaselineOptions): Workflow {
  const steps: Step[] = serviceTargets(options).map((svc) => ({
    id: `probe-${svc.key}`,
    name: `Probe ${svc.key} ${svc.healthPath}`,
    env: { URL: `\${{ vars.${svc.urlVar} }}${svc.healthPath}`, HEALTHY_BELOW: String(healthyBelow(svc.probe)) },
    // A blip is retried 3 times, 10 s apart, before it counts.
    run: [
      "for attempt in 1 2 3 4; do",
      "  status=$(curl --silent --output /dev/null --write-out '%{http_code}' --max-time 10 --header 'X-Forwarded-Proto: https' \"$URL\") || status=000",
      '  if [ "$status" -ge 200 ] && [ "$status" -lt "$HEALTHY_BELOW" ]; then echo "$URL is up ($status)"; exit 0; fi',
      '  echo "attempt $attempt: $URL answered $status"',
      '  if [ "$attempt" -lt 4 ]; then sleep 10; fi',
      "done",
      'echo "::error::$URL is down"',
      "exit 1",
      "",
    ].join("\n"),
  }));
  const jobs: Record<string, Job> = {
    probe: { name: "Probe production", "runs-on": "ubuntu-latest", environment: "production", permissions: {}, "timeout-minutes": 5, steps },
  };
  const certificates = certificateJob(options);
  if (certificates) jobs.certificates = certificates;
  if (options.notifications.slack || options.alerting === "slack") {
    jobs.notify = {
      name: "Alert on a failed probe",
      "runs-on": "ubuntu-latest",
      needs: Object.keys(jobs),
      if: "${{ failure() }}",
      permissions: {},
      "timeout-minutes": 5,
      steps: [
        {
          id: "slack",
          name: "Post to Slack",
          uses: pinnedAction("slackapi/slack-github-action"),
          with: {
            webhook: "${{ secrets.SLACK_WEBHOOK_URL }}",
            "webhook-type": "incoming-webhook",
            payload: `text: ${JSON.stringify(`${options.name} uptime probe failed: \${{ github.server_url }}/\${{ github.repository }}/actions/runs/\${{ github.run_id }}`)}\n`,
          },
        },
      ],
    };
  }
  return {
    name: "Uptime",
    on: { schedule: [{ cron: "*/10 * * * *" }], workflow_dispatch: {} },
    permissions: {},
    concurrency: { group: "uptime", "cancel-in-progress": true },
    jobs,
  };
}

export const uptime: Component = {
  name: "uptime",
  description: "uptime.yml: scheduled probe of the API health endpoint and the frontend, with retries and a Slack alert; with a domain, the served certificates fail the run 14 days before expiry.",
  render: (options): FileModel[] =>
    serviceTargets(options).length === 0
      ? []
      : [{ kind: "yaml", path: ".github/workflows/uptime.yml", component: "uptime", headerComment: "A failed run also emails the workflow's watchers (GitHub's default notification).", data: JSON.parse(JSON.stringify(uptimeWorkflow(options))) as unknown }],
};
