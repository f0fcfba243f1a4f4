import { format } from "prettier";
import { describe, expect, it } from "vitest";
import { formatMarkdown } from "../../src/synth/format-markdown.js";

const cases: Record<string, string> = {
  plain: "| a | b |\n|---|---|\n| long cell | x |\n",
  aligned: "| left | right | center |\n|:---|---:|:---:|\n| 1 | 22 | 333 |\n| 4444 | 5 | 6 |\n",
  "empty header": "| | |\n|---|---|\n| Service | `shop` on AWS |\n| Alert | `HighErrorRate` |\n",
  "code spans and escaped pipes": "| cmd | what |\n|---|---|\n| `a \\| b` | pipes \\| inside |\n| `x` | y |\n",
  "table after prose, fenced table untouched": "Intro.\n\n| a | b |\n|-|-|\n| 1 | 2 |\n\n```\n| not | a table |\n|---|---|\n```\n",
  "ragged rows": "| a | b | c |\n|---|---|---|\n| 1 |\n| 1 | 2 | 3 |\n",
};

describe("formatMarkdown", () => {
  for (const [name, input] of Object.entries(cases)) {
    it(`aligns tables as prettier does: ${name}`, async () => {
      const expected = await format(input, { parser: "markdown" });
      expect(formatMarkdown(input)).toBe(expected);
    });
  }

  it("leaves text without tables alone", () => {
    const text = "# Title\n\n- a\n- b\n";
    expect(formatMarkdown(text)).toBe(text);
  });
});
