import { describe, expect, it } from "vitest";
import type { TreeEntry } from "../../src/github/tree-sha.js";
import { resolveRemoteOptions } from "../../src/rollout/remote-options.js";
import { gitBlobSha } from "../../src/synth/git-blob.js";

function listing(files: Record<string, string>) {
  const entries = new Map<string, TreeEntry>(Object.entries(files).map(([path, content]) => [path, { path, mode: "100644", type: "blob", sha: gitBlobSha(content) }]));
  const bySha = new Map(Object.values(files).map((c) => [gitBlobSha(c), c]));
  const read: string[] = [];
  return { entries, read, readBlob: async (sha: string) => (read.push(sha), bySha.get(sha)!) };
}

// TypeScript syntax on purpose (a type annotation), without importing the package: only evaluation is under test.
const TS_CONFIG = 'const cloud: string = "kubernetes";\nexport default { name: "from-ts", cloud };\n';

describe("options of a remote repository", () => {
  it("a committed devops-baseline.json wins over the org defaults, key by key", async () => {
    const l = listing({ "devops-baseline.json": JSON.stringify({ name: "svc", alerting: "slack" }) });
    const resolved = await resolveRemoteOptions({ ...l, defaults: { alerting: "email", cloud: "kubernetes" }, allowCodeConfig: false });
    expect(resolved.source).toEqual({ kind: "config", path: "devops-baseline.json" });
    expect(resolved.options).toMatchObject({ name: "svc", alerting: "slack", cloud: "kubernetes" });
    expect(resolved.configToAdd).toBeUndefined();
  });

  it("without a config, detects from the listing plus the few files detection asks for, and proposes a config", async () => {
    const l = listing({ "package.json": JSON.stringify({ name: "shop", dependencies: { express: "^4" } }), "src/a.js": "x", "docs/big.md": "y" });
    const resolved = await resolveRemoteOptions({ ...l, defaults: { alerting: "pagerduty" }, allowCodeConfig: false });
    expect(resolved.source.kind).toBe("detected");
    expect(resolved.options.backend.kind).toBe("express");
    expect(resolved.options.alerting).toBe("pagerduty");
    expect(l.read).toEqual([gitBlobSha(JSON.stringify({ name: "shop", dependencies: { express: "^4" } }))]);
    expect(JSON.parse(resolved.configToAdd!.content)).toMatchObject({ alerting: "pagerduty", backend: { kind: "express" } });
  });

  it("refuses to run a repository's TypeScript config unless allowed, then evaluates it", async () => {
    const l = listing({ "devops-baseline.config.ts": TS_CONFIG });
    await expect(resolveRemoteOptions({ ...l, defaults: {}, allowCodeConfig: false })).rejects.toThrow(/is code.*devops-baseline\.json.*--allow-code-config/s);
    const resolved = await resolveRemoteOptions({ ...l, defaults: {}, allowCodeConfig: true });
    expect(resolved.options).toMatchObject({ name: "from-ts", cloud: "kubernetes" });
  });
});
