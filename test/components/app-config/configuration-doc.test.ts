import { describe, expect, it } from "vitest";
import { renderModels } from "../../../src/components/index.js";
import { CLOUDS } from "../../../src/options/index.js";
import { renderFiles } from "../../../src/synth/render-files.js";
import { djangoAndNext } from "./options.js";

describe("docs/configuration.md and the missing-configuration runbook", () => {
  for (const cloud of CLOUDS) {
    it(`${cloud}: one row per variable with its values per environment, where values live, how to set a secret, the log query`, () => {
      const o = djangoAndNext({ cloud });
      const files = new Map(renderFiles(renderModels(o), o).map((f) => [f.path, f.content]));
      const doc = files.get("docs/configuration.md")!;
      for (const v of o.variables) expect(doc, v.name).toMatch(new RegExp(`^\\| \`${v.name}\` +\\| ${v.service} `, "m"));
      const hosts = doc.split("\n").find((l) => l.startsWith("| `DJANGO_ALLOWED_HOSTS`"))!;
      expect(hosts).toContain("`staging.shop.example.org`");
      expect(hosts).toContain("`shop.example.org`");
      expect(doc.split("\n").find((l) => l.startsWith("| `DJANGO_SECRET_KEY`"))).toContain("secret store");
      expect(doc.split("\n").find((l) => l.startsWith("| `CSRF_TRUSTED_ORIGINS`"))).toContain("unset");
      const setSecret = { "aws-ecs": "aws secretsmanager put-secret-value", "gcp-cloud-run": "gcloud secrets versions add", "azure-container-apps": "az keyvault secret set", kubernetes: "force-sync", compose: "/srv/shop/.env" }[cloud];
      expect(doc).toContain(setSecret);
      expect(doc).toContain("LOGGING = {");
      expect(doc).toContain("pino");
      const runbook = files.get("docs/runbooks/missing-configuration.md")!;
      expect(runbook).toContain("Startup guard");
      expect(runbook).toContain(setSecret);
    });
  }

  it("a repository whose apps read no variables gets neither", () => {
    const o = djangoAndNext({ variables: [], environments: { staging: {}, production: {} } });
    const paths = renderFiles(renderModels(o), o).map((f) => f.path);
    expect(paths).not.toContain("docs/configuration.md");
    expect(paths).not.toContain("docs/runbooks/missing-configuration.md");
  });
});
