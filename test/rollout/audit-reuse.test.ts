import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outcomes, startHarness, type Harness } from "./harness.js";

const auditLines = (ledger: string) =>
  readFileSync(ledger, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { repo?: string; audit?: string })
    .filter((l) => l.audit !== undefined);

describe("a re-run over open PRs reuses the audits the ledger kept", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(3);
  });
  afterAll(async () => {
    await h.server.close();
  });

  it("audits each repository once for both passes, and not at all when its trees and settings are the same next time", async () => {
    const first = await h.run();
    expect(new Set(Object.values(outcomes(first)))).toEqual(new Set(["pr-opened"]));
    // One audit per repository: the writing pass took the planning pass's.
    const kept = auditLines(h.ledger);
    expect(kept.map((l) => l.repo).sort()).toEqual(first.results.map((r) => r.repo).sort());

    const second = await h.run();
    expect(new Set(Object.values(outcomes(second)))).toEqual(new Set(["pr-current"]));
    expect(auditLines(h.ledger)).toHaveLength(kept.length);
    for (const r of second.results) expect(r.audit).toEqual(first.results.find((f) => f.repo === r.repo)!.audit);

    // Another audit policy is another key: audited again, under that policy.
    const fired = Object.keys(first.results[0]!.audit!.before.byRule)[0]!;
    expect(fired).toBeDefined();
    const third = await h.run({ settings: { audit: { severity: { [fired]: "off" } } } });
    expect(auditLines(h.ledger)).toHaveLength(2 * kept.length);
    expect(third.results.every((r) => r.audit!.before.byRule[fired] === undefined)).toBe(true);
  });
});
