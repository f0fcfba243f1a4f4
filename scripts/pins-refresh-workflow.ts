import type { FileModel } from "../src/synth/file-model.js";
import type { Workflow } from "../src/workflows/model.js";
import { pinnedAction } from "../src/workflows/pins.js";
import { checkoutStep, runStep } from "../src/workflows/steps.js";

const BRANCH = "devops-baseline/pins";

/**
 * This repository's weekly `pins --update`: look every pinned action, image and tool up again,
 * regenerate what embeds them, and open or update one PR. The PR is pushed with the App token (or
 * PAT) as the resync does: GITHUB_TOKEN may not change `.github/workflows/`, and its PRs run no CI.
 */
export function pinsRefreshWorkflow(): Workflow {
  return {
    name: "Pins refresh",
    on: {
      // Monday morning UTC, after the resync, off the hour.
      schedule: [{ cron: "23 6 * * 1" }],
      workflow_dispatch: null,
    },
    permissions: {},
    concurrency: { group: "pins-refresh", "cancel-in-progress": false },
    jobs: {
      refresh: {
        name: "Refresh pins and open a PR",
        "runs-on": "ubuntu-24.04",
        "timeout-minutes": 20,
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
          { id: "setup-node", name: "Set up Node.js", uses: pinnedAction("actions/setup-node"), with: { "node-version": "22", cache: "npm" } },
          runStep("install", "Install", "npm ci"),
          runStep("refresh", "Look every pin up again", 'npm run -s cli -- pins --update --api-url "$GITHUB_API_URL" | tee "$RUNNER_TEMP/pins-changes.txt"', {
            // Reading public tags needs only the job's read token; pins that could not be read are reported below.
            env: { GITHUB_TOKEN: "${{ github.token }}" },
            shell: "bash",
            "continue-on-error": true,
          }),
          runStep("regenerate", "Regenerate what embeds the pins", "npm run regen"),
          runStep(
            "pull-request",
            "Open or update the pins PR",
            [
              "git add -A",
              "if git diff --cached --quiet; then",
              '  echo "Every pin is current."',
              "  exit 0",
              "fi",
              'git config user.name "devops-baseline[bot]"',
              'git config user.email "devops-baseline[bot]@users.noreply.github.com"',
              `git commit --quiet -m "Refresh pinned actions, images and tools"`,
              `git push --force "https://x-access-token:\${GH_TOKEN}@\${GITHUB_SERVER_URL#https://}/\${GITHUB_REPOSITORY}.git" "HEAD:${BRANCH}"`,
              `if [ -z "$(gh pr list --head ${BRANCH} --state open --json number --jq '.[].number')" ]; then`,
              `  gh pr create --head ${BRANCH} --title "Refresh pins" --body-file "$RUNNER_TEMP/pins-changes.txt"`,
              "fi",
            ].join("\n"),
            { env: { GH_TOKEN: "${{ steps.app-token.outputs.token || secrets.BASELINE_RESYNC_TOKEN }}" } },
          ),
          runStep("report", "Fail when some pins could not be looked up", 'echo "::error::Some pins could not be looked up: see the step above; the others are in the PR"\nexit 1', {
            if: "${{ steps.refresh.outcome == 'failure' }}",
          }),
        ],
      },
    },
  };
}

export const PINS_REFRESH_MODEL: FileModel = {
  kind: "yaml",
  path: ".github/workflows/pins-refresh.yml",
  component: "ci",
  data: pinsRefreshWorkflow(),
  headerComment: "Needs the BASELINE_APP_ID variable and BASELINE_APP_PRIVATE_KEY secret (a GitHub App), or a BASELINE_RESYNC_TOKEN secret (a PAT with the workflow scope).",
};
