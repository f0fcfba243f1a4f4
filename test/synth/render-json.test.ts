import fc from "fast-check";
import { format } from "prettier";
import { describe, expect, it } from "vitest";
import { renderJson } from "../../src/synth/render-json.js";

const key = fc.string({ minLength: 1, maxLength: 12 });
const scalar = fc.oneof(fc.string({ maxLength: 30 }), fc.boolean(), fc.constant(null), fc.integer({ min: -999, max: 999 }));
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" }, scalar, tie("array"), tie("object")),
  array: fc.oneof(fc.array(scalar, { maxLength: 8 }), fc.array(tie("object"), { maxLength: 3 })),
  object: fc.dictionary(key, tie("value"), { maxKeys: 5 }),
}));

describe("renderJson", () => {
  it("matches prettier's JSON output on a renovate-like document", async () => {
    const doc = {
      $schema: "https://docs.renovatebot.com/renovate-schema.json",
      extends: ["config:recommended", "helpers:pinGitHubActionDigests"],
      schedule: ["before 6am on monday"],
      packageRules: [{ matchUpdateTypes: ["minor", "patch"], groupName: "minor and patch updates" }],
      enabledManagers: ["pip_requirements", "npm", "dockerfile", "github-actions", "docker-compose", "pep621"],
      empty: { list: [], map: {} },
    };
    const text = renderJson(doc);
    expect(text).toBe(await format(text, { parser: "json" }));
  });

  it("is a fixed point of prettier for random documents (500 cases)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 }), async (doc) => {
        const text = renderJson(doc);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(doc)));
        expect(text).toBe(await format(text, { parser: "json" }));
      }),
      { numRuns: 500 },
    );
  });
});
