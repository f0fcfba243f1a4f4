/**
 * `node --import tsx bench/github-server.bench.ts [--repos N] [--json]`: what the local GitHub
 * (test/github-server) costs a test or benchmark process. Measures the one-off OpenAPI load, the
 * first check of each operation rollout uses (validator compilation), heap per seeded repository,
 * and wall time per request through the real Octokit client with spec checking on and off.
 * Targets: spec ready < 1 s, first checks of all rollout operations < 1 s, < 10 kB heap per repo.
 */
import { Octokit } from "@octokit/rest";
import { loadOpenApi } from "../test/github-server/load-openapi.js";
import { startGitHubServer } from "../test/github-server/start-github-server.js";
import { checkResponse } from "../test/github-server/validate-operation.js";

const args = process.argv.slice(2);
const repos = Number(args[args.indexOf("--repos") + 1] || 2000);
const json = args.includes("--json");

// The operations resync and rollout use, with the status whose body schema is the largest.
const ROLLOUT_OPERATIONS = [
  "GET /repos/{owner}/{repo} 200",
  "GET /repos/{owner}/{repo}/git/ref/{ref} 200",
  "GET /repos/{owner}/{repo}/git/trees/{tree_sha} 200",
  "GET /repos/{owner}/{repo}/git/commits/{commit_sha} 200",
  "GET /repos/{owner}/{repo}/git/blobs/{file_sha} 200",
  "POST /repos/{owner}/{repo}/git/trees 201",
  "POST /repos/{owner}/{repo}/git/commits 201",
  "POST /repos/{owner}/{repo}/git/refs 201",
  "PATCH /repos/{owner}/{repo}/git/refs/{ref} 200",
  "GET /repos/{owner}/{repo}/pulls 200",
  "POST /repos/{owner}/{repo}/pulls 201",
  "PATCH /repos/{owner}/{repo}/pulls/{pull_number} 200",
  "POST /repos/{owner}/{repo}/issues/{issue_number}/comments 201",
  "GET /orgs/{org}/repos 200",
  "GET /search/repositories 200",
];

let started = performance.now();
const spec = loadOpenApi();
const specLoadMs = performance.now() - started;

started = performance.now();
for (const entry of ROLLOUT_OPERATIONS) {
  const [method, path, status] = entry.split(" ") as [string, string, string];
  checkResponse(`${method} ${path}`, Number(status), {});
}
const firstChecksMs = performance.now() - started;

async function perRequestMs(validate: boolean): Promise<{ ms: number; heapPerRepoKb: number; violations: number }> {
  const server = await startGitHubServer({ validate, rateLimit: { core: 1e9 } });
  const heapBefore = process.memoryUsage().heapUsed;
  for (let i = 0; i < repos; i++) {
    const files: Record<string, string> = {
      "README.md": `# svc ${i}\n`,
      "pyproject.toml": "[project]\nname = 'svc'\n",
    };
    for (let j = 0; j < 15; j++) files[`src/svc/module_${j}.py`] = `VALUE = ${j}\n`;
    server.addRepo({ owner: "fleet", name: `svc-${i}`, files });
  }
  const heapPerRepoKb = (process.memoryUsage().heapUsed - heapBefore) / repos / 1024;
  const octokit = new Octokit({
    baseUrl: server.url,
    auth: "bench",
    log: { debug() {}, info() {}, warn() {}, error() {} },
  });
  const sample = Math.min(repos, 300);
  const begin = performance.now();
  for (let i = 0; i < sample; i++) {
    const repo = { owner: "fleet", repo: `svc-${i}` };
    await octokit.repos.get(repo);
    const ref = await octokit.git.getRef({ ...repo, ref: "heads/main" });
    await octokit.git.getTree({ ...repo, tree_sha: ref.data.object.sha, recursive: "1" });
    await octokit.pulls.list({ ...repo, head: `fleet:devops-baseline/resync`, state: "open" });
  }
  const ms = (performance.now() - begin) / (sample * 4);
  const violations = server.violations.length;
  await server.close();
  return { ms, heapPerRepoKb, violations };
}

const checked = await perRequestMs(true);
const unchecked = await perRequestMs(false);
const result = {
  openapiVersion: spec.version,
  specLoadMs: Math.round(specLoadMs),
  firstChecksOfRolloutOperationsMs: Math.round(firstChecksMs),
  repos,
  heapPerRepoKb: Number(checked.heapPerRepoKb.toFixed(2)),
  msPerRequestValidated: Number(checked.ms.toFixed(2)),
  msPerRequestUnvalidated: Number(unchecked.ms.toFixed(2)),
  specViolations: checked.violations + unchecked.violations,
  rssMb: Math.round(process.memoryUsage().rss / 1e6),
};
if (json) console.log(JSON.stringify(result));
else for (const [key, value] of Object.entries(result)) console.log(`${key.padEnd(34)} ${value}`);
