import type { AppCandidate } from "../../detect/app-candidate.js";
import type { RepoIndex } from "../../detect/repo-index.js";
import { emptyReport, type RuntimeReport } from "../../detect/runtime/facts.js";
import { buildScriptFact, migrateScriptFacts, expressHealthRoute, listenPort, sourceFiles, startCommand } from "../../detect/runtime/node-start.js";

/** How an Express app runs: its production start command, build script, port and health route. */
export function detectExpressRuntime(index: RepoIndex, app: AppCandidate): RuntimeReport {
  const report = emptyReport();
  if (!app.node) return report;
  const start = startCommand(app.node);
  if (start) report.facts.push(start);
  else report.warnings.push(`${app.node.scriptsFile ?? app.node.file} has no start:prod, production start or main: the image runs \`node .\`; set backend.start to the command that serves the app.`);
  report.facts.push(buildScriptFact(app.node));
  report.facts.push(...migrateScriptFacts(app.node));
  const files = sourceFiles(index, app.dir);
  const port = listenPort(index, files);
  if (port) report.facts.push(port);
  const route = expressHealthRoute(index, files);
  if (route) report.facts.push({ key: "deploy.healthPath", value: route.path, file: route.file, reason: `${route.file} routes ${route.path}` });
  return report;
}
