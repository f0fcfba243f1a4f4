import type { Step, Workflow } from "../workflows/model.js";
import { pinnedAction } from "../workflows/pins.js";
import { renderYaml } from "../synth/render-yaml.js";
import { checkoutStep, toolNodeStep } from "../workflows/steps.js";

export interface RolloutWorkflowInput {
  readonly shards: number;
  readonly org?: string | undefined;
  readonly topics?: readonly string[];
  readonly defaults?: string | undefined;
}

const LEDGER = "devops-baseline-rollout.jsonl";

/**
 * An example workflow running `rollout` as a GitHub Actions matrix over `--shard i/n`. Shards of one
 * App installation share its write budget, so each shard takes 1/n of it (the CLI divides it). The
 * ledger is cached per shard and run, so "Re-run failed jobs" resumes where a shard stopped.
 */
export function rolloutWorkflow(input: RolloutWorkflowInput): Workflow {
  const shards = Array.from({ length: input.shards }, (_, i) => i + 1);
  const args = [
    "rollout",
    `--org "$ORG"`,
    ...(input.topics ?? []).map((t) => `--topic ${shellWord(t)}`),
    ...(input.defaults ? [`--defaults ${shellWord(input.defaults)}`] : []),
    "--apply",
    `--shard "$SHARD/${input.shards}"`,
    `--ledger ${LEDGER}`,
    `--report-json "rollout-$SHARD.json"`,
    "--token-env BASELINE_TOKEN",
    '--api-url "$GITHUB_API_URL"',
  ];
  const ledgerKey = `rollout-ledger-\${{ matrix.shard }}-\${{ github.run_id }}`;
  const steps: Step[] = [
    checkoutStep(),
    {
      id: "app-token",
      name: "Mint a GitHub App installation token for the organisation",
      uses: pinnedAction("actions/create-github-app-token"),
      with: {
        "app-id": "${{ vars.BASELINE_APP_ID }}",
        "private-key": "${{ secrets.BASELINE_APP_PRIVATE_KEY }}",
        owner: "${{ inputs.org }}",
        "permission-contents": "write",
        "permission-pull-requests": "write",
        "permission-workflows": "write",
        "permission-metadata": "read",
      },
    },
    toolNodeStep(),
    {
      id: "restore-ledger",
      name: "Restore this shard's ledger (a re-run resumes)",
      uses: pinnedAction("actions/cache/restore"),
      with: { path: LEDGER, key: `${ledgerKey}-\${{ github.run_attempt }}`, "restore-keys": `${ledgerKey}-` },
    },
    {
      id: "rollout",
      name: "Roll out",
      env: { BASELINE_TOKEN: "${{ steps.app-token.outputs.token }}", ORG: "${{ inputs.org }}", SHARD: "${{ matrix.shard }}" },
      run: `npx --yes create-devops-baseline@latest ${args.join(" ")}`,
    },
    {
      id: "save-ledger",
      name: "Save the ledger",
      if: "${{ always() }}",
      uses: pinnedAction("actions/cache/save"),
      with: { path: LEDGER, key: `${ledgerKey}-\${{ github.run_attempt }}` },
    },
    {
      id: "upload-report",
      name: "Upload the report",
      if: "${{ always() }}",
      uses: pinnedAction("actions/upload-artifact"),
      with: { name: "rollout-report-${{ matrix.shard }}", path: "rollout-${{ matrix.shard }}.json", "if-no-files-found": "ignore" },
    },
  ];
  return {
    name: "Baseline rollout",
    on: {
      workflow_dispatch: {
        inputs: { org: { description: "Organisation to roll the baseline out to", required: true, type: "string", ...(input.org ? { default: input.org } : {}) } },
      },
    },
    permissions: {},
    concurrency: { group: "baseline-rollout-${{ inputs.org }}", "cancel-in-progress": false },
    jobs: {
      rollout: {
        name: "Roll out (shard ${{ matrix.shard }})",
        "runs-on": "ubuntu-latest",
        // 500 writes an hour per identity: a large organisation takes hours; six is GitHub's ceiling.
        "timeout-minutes": 350,
        permissions: { contents: "read" },
        strategy: { "fail-fast": false, matrix: { shard: shards } },
        steps,
      },
    },
  };
}

export function rolloutWorkflowYaml(input: RolloutWorkflowInput): string {
  return renderYaml(rolloutWorkflow(input), [
    "Example: roll the DevOps baseline out to an organisation as a sharded matrix (create-devops-baseline rollout --print-workflow).",
    "Needs a GitHub App installed on the organisation: variable BASELINE_APP_ID, secret BASELINE_APP_PRIVATE_KEY.",
  ]);
}

function shellWord(value: string): string {
  return /^[\w./:@=-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
