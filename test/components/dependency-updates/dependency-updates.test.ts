import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { dependencyUpdates, updateTargets } from "../../../src/components/dependency-updates/index.js";
import { docker } from "../../../src/components/docker/index.js";
import { parseOptions } from "../../../src/options/index.js";
import { renderFiles } from "../../../src/synth/render-files.js";
import { formatFindings, schemaFindings, validateDependabot } from "../../validators/index.js";

const ecosystems = (config: object) => updateTargets(parseOptions(config)).map((t) => `${t.ecosystem} ${t.directory}`);

describe("dependency updates", () => {
  it("poetry uses Dependabot's pip ecosystem, uv its own, pnpm/yarn npm, bun its own", () => {
    expect(ecosystems({ backend: { kind: "django", dir: "api", packageManager: "poetry" }, frontend: { kind: "nextjs", dir: "web", packageManager: "bun" } })).toEqual([
      "pip api",
      "bun web",
      "docker api",
      "docker web",
      "docker-compose .",
      "github-actions .",
    ]);
    expect(ecosystems({ backend: { kind: "fastapi", packageManager: "uv" }, frontend: { kind: "react-vite", dir: "web", packageManager: "pnpm" } })).toContain("uv .");
    expect(ecosystems({ backend: { kind: "express", packageManager: "yarn" } })).toContain("npm .");
  });

  it("has one docker entry per Dockerfile directory, and none for compose when it is excluded", () => {
    const shared = ecosystems({ backend: { kind: "nestjs", dir: "app" }, frontend: { kind: "nextjs", dir: "app" }, exclude: ["compose"] });
    expect(shared.filter((e) => e.startsWith("docker"))).toEqual(["docker app"]);
  });

  it("points docker entries at the folder of each generated Dockerfile, not the monorepo build context", () => {
    const config = { backend: { kind: "nestjs", dir: "apps/api", context: "." }, frontend: { kind: "nextjs", dir: "apps/web", context: "." } };
    const options = parseOptions(config);
    const dockerfiles = renderFiles(docker.render(options), options).map((f) => f.path).filter((p) => /(^|\/)Dockerfile(\.\w+)?$/.test(p));
    const dirs = ecosystems(config).filter((e) => e.startsWith("docker ")).map((e) => e.slice("docker ".length));
    expect(dirs).toEqual(["apps/api", "apps/web"]);
    for (const dir of dirs) expect(dockerfiles.some((p) => p.startsWith(`${dir}/Dockerfile`)), dir).toBe(true);
  });

  it("groups minor and patch updates on a weekly schedule, and passes the Dependabot schema", async () => {
    const options = parseOptions({ backend: { kind: "django", packageManager: "pip" } });
    const [file] = renderFiles(dependencyUpdates.render(options), options);
    const data = parse(file!.content) as { updates: { directory: string; groups: object; schedule: { interval: string } }[] };
    expect(data.updates[0]).toMatchObject({
      directory: "/",
      schedule: { interval: "weekly" },
      groups: { "pip-minor-and-patch": { "applies-to": "version-updates", "update-types": ["minor", "patch"] } },
    });
    expect(formatFindings(await validateDependabot(file!.content))).toBe("");
  });

  it("writes renovate.json with the managers present when Renovate is chosen, and it passes Renovate's schema", () => {
    const options = parseOptions({ backend: { kind: "fastapi", packageManager: "poetry" }, dependencyUpdates: "renovate" });
    const [model] = dependencyUpdates.render(options);
    expect(model!.path).toBe("renovate.json");
    const data = (model as { data: { enabledManagers: string[]; extends: string[] } }).data;
    expect(data.enabledManagers).toEqual(["poetry", "dockerfile", "docker-compose", "github-actions"]);
    expect(data.extends).toContain("helpers:pinGitHubActionDigests");
    expect(formatFindings(schemaFindings("renovate.json", data, "renovate.json"))).toBe("");
    expect(schemaFindings("renovate.json", { ...data, enabledManagers: "poetry" }, "renovate.json").length).toBeGreaterThan(0);
  });
});
