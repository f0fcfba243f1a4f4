import { Octokit } from "@octokit/rest";
import { startGitHubServer } from "./index.js";
const N = Number(process.argv[2] ?? 2000);
const server = await startGitHubServer({ validate: process.env.V !== "0" });
let t = performance.now();
for (let i = 0; i < N; i++) {
  const files: Record<string, string> = {
    "README.md": `# svc ${i}\n`,
    "pyproject.toml": "[project]\nname='x'\n",
    "src/app/main.py": "print(1)\n",
    "src/app/__init__.py": "",
    "tests/test_a.py": "def test(): pass\n",
    ".github/workflows/ci.yml": "on: push\n",
    Dockerfile: "FROM python:3.12\n",
  };
  for (let j = 0; j < 10; j++) files[`src/app/mod${j}.py`] = `x = ${j}\n`;
  server.addRepo({ owner: "fleet", name: `svc-${i}`, files });
}
console.log(
  "seed ms",
  (performance.now() - t).toFixed(0),
  "rss MB",
  (process.memoryUsage().rss / 1e6).toFixed(0),
  "heap",
  (process.memoryUsage().heapUsed / 1e6).toFixed(0),
);
const gh = new Octokit({ baseUrl: server.url, auth: "x", log: { debug() {}, info() {}, warn() {}, error() {} } });
t = performance.now();
const M = Math.min(N, 500);
for (let i = 0; i < M; i++) {
  const repo = { owner: "fleet", repo: `svc-${i}` };
  await gh.repos.get(repo);
  const ref = await gh.git.getRef({ ...repo, ref: "heads/main" });
  await gh.git.getTree({ ...repo, tree_sha: ref.data.object.sha, recursive: "1" });
  await gh.pulls.list({ ...repo, head: "fleet:x", state: "open" });
}
const ms = performance.now() - t;
console.log(
  "4 reads x",
  M,
  "ms",
  ms.toFixed(0),
  "per request ms",
  (ms / M / 4).toFixed(2),
  "violations",
  server.violations.length,
);
console.log("rss MB", (process.memoryUsage().rss / 1e6).toFixed(0));
await server.close();
