import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startGitHubServer, type GitHubServer } from "../github-server/index.js";
import type { BaselineConfig } from "../../src/options/index.js";
import { connect, type Connection } from "../../src/rollout/github-flags.js";
import { silentProgress, type Progress } from "../../src/rollout/progress.js";
import { rollout, type RolloutOutcome, type WavesInput } from "../../src/rollout/rollout.js";
import type { Selection } from "../../src/rollout/select-repos.js";
import type { SyncSettings } from "../../src/rollout/sync-repo.js";
import { simulatedRepo } from "./stack-fixtures.js";

export const TOKEN = "ghp_testTOKENabcdefghijklmnopqrstuvwxyz12";

export interface Harness {
  readonly server: GitHubServer;
  readonly ledger: string;
  run(options?: { apply?: boolean; defaults?: BaselineConfig; selection?: Partial<Selection>; fresh?: boolean; connection?: Connection; settings?: Partial<SyncSettings>; waves?: WavesInput; progress?: Progress }): Promise<RolloutOutcome>;
  connection(pacing?: "off" | "github"): Connection;
}

/** A local GitHub with `repos` simulated repositories under `acme`, and a rollout runner pointed at it. */
export async function startHarness(repos: number): Promise<Harness> {
  const server = await startGitHubServer({ validate: true });
  for (let i = 0; i < repos; i++) server.addRepo(simulatedRepo("acme", i));
  const ledger = join(mkdtempSync(join(tmpdir(), "rollout-")), "ledger.jsonl");
  const connection = (pacing: "off" | "github" = "off") => connect({ pacing, apiUrl: server.url }, { GITHUB_TOKEN: TOKEN }, () => undefined);
  return {
    server,
    ledger,
    connection,
    run: (options = {}) => {
      const c = options.connection ?? connection();
      return rollout({
        session: c.session,
        targets: { org: "acme" },
        selection: { include: [], exclude: [], topics: [], includeForks: false, ...options.selection },
        settings: { defaults: options.defaults ?? {}, allowCodeConfig: false, flags: { force: false, adopt: false }, wantDiff: false, ...options.settings },
        apply: options.apply ?? true,
        concurrency: 4,
        ledgerPath: ledger,
        fresh: options.fresh ?? false,
        limits: c.limits,
        spacingMs: c.spacingMs,
        redactor: c.redactor,
        progress: options.progress ?? silentProgress,
        fingerprint: [JSON.stringify(options.defaults ?? {})],
        budgets: c.budgets,
        ...(options.waves ? { waves: options.waves } : {}),
      });
    },
  };
}

export const outcomes = (report: RolloutOutcome): Record<string, string> => Object.fromEntries(report.results.map((r) => [r.repo, r.outcome]));
