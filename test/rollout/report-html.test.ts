import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditCounts } from "../../src/audit/index.js";
import { reportHtml } from "../../src/rollout/report-html.js";
import type { RolloutReport } from "../../src/rollout/report.js";
import type { RepoResult } from "../../src/rollout/sync-repo.js";

function counts(critical: number, high: number, medium: number, low: number, byRule: Record<string, number>, score: number): AuditCounts {
  return { findings: critical + high + medium + low, bySeverity: { critical, high, medium, low }, byRule, score, suppressed: 0 };
}

const audited = (repo: string, before: AuditCounts, after?: AuditCounts): RepoResult => ({ repo, outcome: after ? "would-open" : "audited", audit: { before, ...(after ? { after } : {}) }, writes: 0, reads: 3, warnings: [] });

const REPORT: RolloutReport = {
  apply: false,
  startedAt: "2026-01-01T00:00:00.000Z",
  finishedAt: "2026-01-01T00:01:00.000Z",
  listed: 5,
  skipped: {},
  results: [
    audited("acme/alpha", counts(0, 2, 1, 0, { WF001: 2, DF003: 1 }, 80), counts(0, 0, 0, 0, {}, 100)),
    audited("acme/bravo", counts(1, 0, 0, 5, { WF008: 1, DU002: 5 }, 60)),
    audited("acme/charlie", counts(0, 0, 0, 0, {}, 100)),
    // A name that would be markup if the page were built from strings.
    audited("acme/<script>x</script>", counts(0, 1, 0, 0, { WF001: 1 }, 90)),
    { repo: "acme/delta", outcome: "failed", writes: 0, reads: 1, warnings: [], error: "HTTP 500" },
  ],
};

/** Debian's chromium, as scripts/test-setup.sh installs it. */
function findChromium(): string {
  try {
    return execFileSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error("chromium is not on PATH: run scripts/test-setup.sh (Debian package chromium)");
  }
}
const CHROMIUM = findChromium();

describe("the HTML rollout report in a real browser", () => {
  let browser: Browser;
  let page: Page;
  let url = "";
  const requests: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), "report-html-")), "report.html");
    writeFileSync(file, reportHtml(REPORT));
    // --no-sandbox: the test may run as root, where Chromium's sandbox refuses to start.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
    page = await browser.newPage();
    url = pathToFileURL(file).href;
    page.on("request", (request) => {
      if (request.url() !== url) requests.push(request.url());
    });
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(error.message));
    await page.goto(url);
    await page.waitForLoadState("load");
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const column = (index: number) => page.$$eval("#repos tbody tr", (rows, i) => rows.map((row) => (row as HTMLTableRowElement).cells[i]!.textContent), index);

  it("loads nothing beyond itself and runs without errors", async () => {
    expect(requests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(await page.$$eval("[src], link, img, iframe, object, embed", (nodes) => nodes.length)).toBe(0);
    // The repository named like markup is text, not an element.
    expect(await page.$$eval("#repos tbody script", (nodes) => nodes.length)).toBe(0);
    expect(await column(1)).toContain("acme/<script>x</script>");
  });

  it("lists the repositories ranked by findings, most serious first", async () => {
    expect(await column(1)).toEqual(["acme/bravo", "acme/alpha", "acme/<script>x</script>", "acme/charlie", "acme/delta"]);
    expect(await column(0)).toEqual(["1", "2", "3", "4", "–"]);
  });

  it("sorts by a column on click, and reverses on a second click", async () => {
    const header = (name: string) => page.locator("#repos th button", { hasText: new RegExp(`^${name}$`) });
    await header("findings").click();
    expect(await column(7)).toEqual(["–", "0", "1", "3", "6"]);
    expect(await page.getAttribute("#repos th:nth-child(8)", "aria-sort")).toBe("ascending");
    await header("findings").click();
    expect(await column(7)).toEqual(["6", "3", "1", "0", "–"]);
    expect(await page.getAttribute("#repos th:nth-child(8)", "aria-sort")).toBe("descending");
    await header("repository").click();
    expect(await column(1)).toEqual(["acme/<script>x</script>", "acme/alpha", "acme/bravo", "acme/charlie", "acme/delta"]);
    await header("score").click();
    expect(await column(8)).toEqual(["–", "60", "80", "90", "100"]);
    await header("after PR").click();
    expect((await column(9))[4]).toBe("0");
  });

  it("charts findings per repository (stacked by severity) and per rule, to scale", async () => {
    const repoBars = await page.$$eval("#chart-repos g", (groups) =>
      groups.map((g) => ({ label: g.querySelector("text")!.textContent, width: [...g.querySelectorAll("rect")].reduce((w, r) => w + Number(r.getAttribute("width")), 0) })),
    );
    expect(repoBars.map((b) => b.label)).toEqual(["acme/bravo", "acme/alpha", "acme/<script>x</script>", "acme/charlie"]);
    // bravo has 6 findings, alpha 3: half the length.
    expect(repoBars[1]!.width / repoBars[0]!.width).toBeCloseTo(0.5, 2);
    expect(repoBars[3]!.width).toBe(0);
    const ruleBars = await page.$$eval("#chart-rules g", (groups) => groups.map((g) => g.querySelector("text")!.textContent + " " + g.querySelectorAll("text")[1]!.textContent));
    expect(ruleBars).toEqual(["DU002 5 (1 repository)", "WF001 3 (2 repositories)", "DF003 1 (1 repository)", "WF008 1 (1 repository)"]);
    // Every label and count is drawn inside its chart, none cut off at the right edge.
    for (const chart of ["#chart-repos", "#chart-rules"]) {
      const overflow = await page.$eval(chart, (svg) => {
        const width = svg.getBoundingClientRect().right;
        return [...svg.querySelectorAll("text")].filter((t) => t.getBoundingClientRect().right > width).map((t) => t.textContent);
      });
      expect(overflow).toEqual([]);
    }
  });
});
