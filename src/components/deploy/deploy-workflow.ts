import type { CloudStrategy } from "../../clouds/index.js";
import { serviceTargets } from "../../clouds/index.js";
import type { BaselineOptions } from "../../options/index.js";
import type { Job, Step, Workflow } from "../../workflows/model.js";
import { pinnedAction } from "../../workflows/pins.js";
import { checkoutStep } from "../../workflows/steps.js";
import { buildArgsInput } from "../app-config/build-args.js";
import { serviceOfTarget } from "../app-config/variables.js";
import { deployJob } from "./deploy-job.js";

/** Builds every image once, tagged with the commit, so staging and production run the same bytes. */
function buildJob(options: BaselineOptions, cloud: CloudStrategy): Job {
  const steps: Step[] = [
    checkoutStep(),
    ...cloud.registry(options),
    { id: "buildx", name: "Set up Docker Buildx", uses: pinnedAction("docker/setup-buildx-action") },
  ];
  for (const svc of serviceTargets(options)) {
    steps.push({
      id: `build-${svc.key}`,
      name: `Build and push ${svc.image}`,
      uses: pinnedAction("docker/build-push-action"),
      with: {
        context: svc.context,
        file: svc.dockerfile,
        push: true,
        tags: `\${{ steps.registry.outputs.registry }}/${svc.image}:\${{ github.sha }}`,
        "cache-from": `type=gha,scope=${svc.image}`,
        "cache-to": `type=gha,mode=max,scope=${svc.image}`,
        ...buildArgsInput(options, serviceOfTarget(svc.key)),
      },
    });
  }
  return {
    name: "Build and push images",
    "runs-on": "ubuntu-latest",
    permissions: { contents: "read", ...cloud.buildPermissions },
    "timeout-minutes": 30,
    outputs: { registry: "${{ steps.registry.outputs.registry }}" },
    steps,
  };
}

function releaseJob(): Job {
  return {
    name: "Record the release",
    "runs-on": "ubuntu-latest",
    needs: ["deploy-production"],
    permissions: { contents: "write" },
    "timeout-minutes": 10,
    steps: [
      {
        id: "release",
        name: "Create a GitHub release for the production deploy",
        uses: pinnedAction("softprops/action-gh-release"),
        with: {
          tag_name: "deploy-${{ github.run_number }}",
          name: "Production deploy ${{ github.run_number }}",
          target_commitish: "${{ github.sha }}",
          generate_release_notes: true,
        },
      },
    ],
  };
}

function notifyJob(): Job {
  const text =
    "Deploy of ${{ github.repository }} at ${{ github.sha }}: build ${{ needs.build.result }}, " +
    "staging ${{ needs.deploy-staging.result }}, production ${{ needs.deploy-production.result }}. " +
    "${{ github.server_url }}/${{ github.repository }}/actions/runs/${{ github.run_id }}";
  return {
    name: "Notify Slack",
    "runs-on": "ubuntu-latest",
    needs: ["build", "deploy-staging", "deploy-production", "release"],
    if: "${{ always() }}",
    permissions: {},
    "timeout-minutes": 5,
    steps: [
      {
        id: "slack",
        name: "Post the deploy result to Slack",
        uses: pinnedAction("slackapi/slack-github-action"),
        with: { webhook: "${{ secrets.SLACK_WEBHOOK_URL }}", "webhook-type": "incoming-webhook", payload: `text: ${JSON.stringify(text)}\n` },
      },
    ],
  };
}

/** `.github/workflows/deploy.yml`: build → staging → (approval) production → release → Slack. */
export function deployWorkflow(options: BaselineOptions, cloud: CloudStrategy): Workflow {
  const jobs: Record<string, Job> = {
    build: buildJob(options, cloud),
    "deploy-staging": deployJob(options, cloud, "staging"),
    "deploy-production": deployJob(options, cloud, "production"),
    release: releaseJob(),
  };
  if (options.notifications.slack) jobs.notify = notifyJob();
  return {
    name: "Deploy",
    on: { push: { branches: ["main"] }, workflow_dispatch: {} },
    permissions: {},
    // One deploy at a time; a newer push waits instead of cancelling a deploy halfway.
    concurrency: { group: "deploy", "cancel-in-progress": false },
    jobs,
  };
}
