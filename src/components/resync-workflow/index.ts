import type { Workflow } from "../../workflows/model.js";
import { pinnedAction } from "../../workflows/pins.js";
import { checkoutStep, toolNodeStep } from "../../workflows/steps.js";
import type { Component } from "../component.js";

export const RESYNC_WORKFLOW_PATH = ".github/workflows/baseline-resync.yml";

/**
 * The weekly resync: regenerate with the newest baseline and open or update one PR.
 * It cannot use the workflow's GITHUB_TOKEN: that token may not change `.github/workflows/`, and PRs it
 * opens do not trigger CI. So it mints a GitHub App installation token when the `BASELINE_APP_ID`
 * variable is set, and otherwise uses a PAT with the `workflow` scope from `BASELINE_RESYNC_TOKEN`.
 * @see https://docs.github.com/en/actions/security-for-github-actions/security-guides/automatic-token-authentication
 */
export function resyncWorkflow(): Workflow {
  return {
    name: "Baseline resync",
    on: {
      // Monday morning UTC, off the hour (GitHub delays jobs scheduled on the hour).
      schedule: [{ cron: "41 5 * * 1" }],
      workflow_dispatch: null,
    },
    permissions: {},
    concurrency: { group: "baseline-resync", "cancel-in-progress": false },
    jobs: {
      resync: {
        name: "Open or update the baseline PR",
        "runs-on": "ubuntu-latest",
        "timeout-minutes": 15,
        // The job's own token only reads the checkout; writes use the App token or the PAT below.
        permissions: { contents: "read" },
        steps: [
          {
            id: "app-token",
            name: "Mint a GitHub App token (when BASELINE_APP_ID is set)",
            if: "${{ vars.BASELINE_APP_ID != '' }}",
            uses: pinnedAction("actions/create-github-app-token"),
            with: {
              "app-id": "${{ vars.BASELINE_APP_ID }}",
              "private-key": "${{ secrets.BASELINE_APP_PRIVATE_KEY }}",
              "permission-contents": "write",
              "permission-pull-requests": "write",
              "permission-workflows": "write",
            },
          },
          checkoutStep(),
          toolNodeStep(),
          {
            id: "resync",
            name: "Resync",
            // GITHUB_API_URL is set on every runner; it points at the GHES API there.
            env: { BASELINE_TOKEN: "${{ steps.app-token.outputs.token || secrets.BASELINE_RESYNC_TOKEN }}" },
            // @latest on purpose: the point of the job is to pick up the newest baseline; the PR is reviewed.
            run: 'npx --yes create-devops-baseline@latest resync --apply --no-diff --token-env BASELINE_TOKEN --api-url "$GITHUB_API_URL"',
          },
        ],
      },
    },
  };
}

export const resyncWorkflowComponent: Component = {
  name: "resync-workflow",
  description: "baseline-resync.yml: weekly (and on demand) one PR that brings the repository to the newest baseline.",
  render: () => [
    {
      kind: "yaml",
      path: RESYNC_WORKFLOW_PATH,
      component: "resync-workflow",
      data: resyncWorkflow(),
      headerComment: "Needs the BASELINE_APP_ID variable and BASELINE_APP_PRIVATE_KEY secret (a GitHub App), or a BASELINE_RESYNC_TOKEN secret (a PAT with the workflow scope).",
    },
  ],
};
