import { describe, expect, it } from "vitest";
import { layerConfig } from "../../src/options/layer-config.js";

describe("layerConfig", () => {
  it("merges nested objects, later layers winning, arrays replaced, inputs untouched", () => {
    const org = { cloud: "aws-ecs", backup: { target: "s3", retention: { daily: 14 } }, securitySeverity: ["CRITICAL"] };
    const repo = { backup: { retention: { weekly: 2 } }, securitySeverity: ["HIGH", "CRITICAL"] };
    const flags = { cloud: "kubernetes" };
    expect(layerConfig(org, repo, flags)).toEqual({
      cloud: "kubernetes",
      backup: { target: "s3", retention: { daily: 14, weekly: 2 } },
      securitySeverity: ["HIGH", "CRITICAL"],
    });
    expect(org.backup.retention).toEqual({ daily: 14 });
  });

  it("skips layers that are not objects", () => {
    expect(layerConfig(undefined, null, ["x"], "y", { a: 1 })).toEqual({ a: 1 });
  });
});
