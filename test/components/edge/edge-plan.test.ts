import { describe, expect, it } from "vitest";
import { EDGE_PIECES, edgePlan } from "../../../src/components/edge/plan.js";
import { renderModels } from "../../../src/components/index.js";
import { CLOUDS, parseOptions } from "../../../src/options/index.js";
import { cli, copyExample } from "../../helpers/cli.js";

const base = { name: "shop", backend: { kind: "django" }, frontend: { kind: "nextjs", dir: "web" }, database: "postgres" } as const;
const withDomain = { deploy: { domain: "shop.example.org" }, edge: { dnsZone: "example.org" } };
const DOMAIN_PIECES = ["certificate", "expiry alert", "cdn", "rate limit"];
/** Pieces a target has no way to express with these options, each skipped with its own reason (docs/costs.md). */
const NOT_ON_TARGET: Record<string, string[]> = { compose: ["budget", "cost tags"] };

describe("edge and cost plan", () => {
  it.each(CLOUDS)("%s with a domain: every piece is generated, or skipped for a stated reason the target imposes", (cloud) => {
    const plan = edgePlan(parseOptions({ ...base, cloud, ...withDomain }));
    expect(plan.map((s) => s.piece)).toEqual([...EDGE_PIECES]);
    for (const s of plan) {
      if ((NOT_ON_TARGET[cloud] ?? []).includes(s.piece)) expect("reason" in s && s.reason, `${cloud} ${s.piece}`).toMatch(/docs\//);
      else expect("what" in s && s.what, `${cloud} ${s.piece}`).toBeTruthy();
    }
  });

  it.each(CLOUDS)("%s without a domain: certificate, expiry alert, CDN and rate limit are skipped, each with the reason", (cloud) => {
    const plan = edgePlan(parseOptions({ ...base, cloud }));
    for (const s of plan.filter((x) => DOMAIN_PIECES.includes(x.piece) && !(NOT_ON_TARGET[cloud] ?? []).includes(x.piece))) {
      expect("reason" in s && s.reason, `${cloud} ${s.piece}`).toMatch(/no deploy\.domain; set --domain/);
    }
    // Nothing of the edge is generated either (Kubernetes keeps its OpenCost budget rules, which need no domain).
    const models = renderModels(parseOptions({ ...base, cloud }));
    expect(models.map((f) => f.path).filter((p) => /edge\.tf|certificate-|clusterissuer|blackbox/.test(p) && !p.includes("runbooks"))).toEqual([]);
    const text = JSON.stringify(models.filter((f) => f.path.startsWith("monitoring/") || f.path.endsWith("uptime.yml")));
    expect(text.match(/probe_ssl|CertificateExpir|certmanager_|openssl/g)).toBeNull();
  });

  it("compose without the tunnel: Caddy's certificate, nginx's rate limit and cache; no Cloudflare rules", () => {
    const o = parseOptions({ ...base, cloud: "compose", deploy: { domain: "shop.example.org" }, edge: { tunnel: false } });
    const plan = Object.fromEntries(edgePlan(o).map((s) => [s.piece, "what" in s ? s.what : `skipped: ${s.reason}`]));
    expect(plan.certificate).toMatch(/^Let's Encrypt certificates obtained and renewed by Caddy's automatic HTTPS.*compose\.caddy\.yml/);
    expect(plan["rate limit"]).toMatch(/nginx proxy behind Caddy/);
    expect(plan.cdn).toMatch(/^proxy_cache in the nginx proxy behind Caddy.*deploy\/nginx\/nginx\.conf/);
    expect(plan["expiry alert"]).toMatch(/probe_ssl_earliest_cert_expiry/);
    const paths = renderModels(o).map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(["compose.caddy.yml", "deploy/caddy/Caddyfile", "monitoring/edge-alerts.yml"]));
    expect(paths).not.toContain("infra/edge.tf");
  });

  it("init prints Caddy's certificate as generated for compose without the tunnel, and refuses it without a domain", async () => {
    const withIt = await cli("init", "--yes", "--cloud", "compose", "--tunnel", "false", "--domain", "shop.example.org", "--acme-email", "ops@example.org", "--cwd", copyExample());
    expect(withIt.code, withIt.stderr).toBe(0);
    expect(withIt.stdout).toContain("certificate: Let's Encrypt certificates obtained and renewed by Caddy's automatic HTTPS");
    const without = await cli("init", "--yes", "--cloud", "compose", "--tunnel", "false", "--cwd", copyExample());
    expect(without.code).toBe(2);
    expect(without.stderr).toMatch(/edge\.tunnel: false needs deploy\.domain/);
  }, 60_000);

  it("kubernetes: the static-cache Deployment is the CDN with a domain; skipped with the reason without one or with cdn false", () => {
    const piece = (extra: Record<string, unknown>) => edgePlan(parseOptions({ ...base, cloud: "kubernetes", ...extra })).find((s) => s.piece === "cdn")!;
    expect(piece(withDomain)).toEqual({ piece: "cdn", what: expect.stringMatching(/^static-cache nginx Deployment .*X-Cache-Status.*\(k8s\/base\)$/) });
    expect(piece({})).toEqual({ piece: "cdn", reason: expect.stringMatching(/^no deploy\.domain; set --domain/) });
    expect(piece({ ...withDomain, edge: { dnsZone: "example.org", cdn: false } })).toEqual({ piece: "cdn", reason: "edge.cdn is false" });
    const paths = renderModels(parseOptions({ ...base, cloud: "kubernetes", ...withDomain })).map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(["k8s/base/deployment-shop-static-cache.yaml", "k8s/base/configmap-shop-static-cache.yaml", "k8s/base/service-shop-static-cache.yaml"]));
  });

  it("kubernetes and compose behind Caddy: no static paths, no nginx cache, and the plan says so", () => {
    for (const extra of [{ cloud: "kubernetes", ...withDomain }, { cloud: "compose", deploy: { domain: "shop.example.org" }, edge: { tunnel: false } }]) {
      const o = parseOptions({ name: "api", backend: { kind: "fastapi" }, ...extra });
      expect(edgePlan(o).find((s) => s.piece === "cdn"), o.cloud).toEqual({ piece: "cdn", reason: expect.stringMatching(/^the stack serves no static paths to cache/) });
      const text = JSON.stringify(renderModels(o).map((f) => ("text" in f ? f.text : f.data)));
      expect(text, o.cloud).not.toMatch(/static-cache|proxy_cache|proxy-cache/);
    }
  });

  it.each([
    ["s3", "aws_budgets_budget", "default_tags"],
    ["gcs", "google_billing_budget", "default_labels"],
    ["azure-blob", "azurerm_consumption_budget_resource_group", "tags on the adopted backup storage account"],
  ])("compose backing up to %s: budget and cost tags on that cloud, with or without a domain (infra/backup-costs.tf)", (target, budget, tags) => {
    for (const extra of [{}, withDomain, { deploy: { domain: "shop.example.org" }, edge: { tunnel: false } }]) {
      const o = parseOptions({ ...base, cloud: "compose", backup: { target }, ...extra });
      const plan = Object.fromEntries(edgePlan(o).map((s) => [s.piece, "what" in s ? s.what : `skipped: ${s.reason}`]));
      expect(plan.budget).toMatch(new RegExp(`^${budget} .*80 % and 100 %.*\\(infra/backup-costs\\.tf\\)$`));
      expect(plan["cost tags"]).toContain(tags);
      expect(renderModels(o).map((f) => f.path)).toContain("infra/backup-costs.tf");
    }
    const off = edgePlan(parseOptions({ ...base, cloud: "compose", backup: { target }, budget: { monthly: false } }));
    expect(off.find((s) => s.piece === "budget")).toEqual({ piece: "budget", reason: "budget.monthly is false" });
    expect(off.find((s) => s.piece === "cost tags")).toHaveProperty("what");
  });

  it.each(["local", "minio", "none"])("compose backing up to %s: budget and cost tags skipped, saying what to do", (target) => {
    const o = parseOptions({ ...base, cloud: "compose", backup: { target } });
    for (const s of edgePlan(o).filter((x) => x.piece === "budget" || x.piece === "cost tags")) {
      expect("reason" in s && s.reason, s.piece).toBe(
        `a self-hosted server has a fixed bill and backup.target is ${target}: set a billing alert with the server's provider, or back up to s3, gcs or azure-blob (--backup) for a budget and tags on that storage (docs/costs.md)`,
      );
    }
    expect(renderModels(o).map((f) => f.path)).not.toContain("infra/backup-costs.tf");
  });

  it("init prints compose's backup budget, and the reason without cloud backups", async () => {
    const withIt = await cli("init", "--yes", "--cloud", "compose", "--backup", "s3", "--budget-monthly", "30", "--cwd", copyExample());
    expect(withIt.code, withIt.stderr).toBe(0);
    expect(withIt.stdout).toContain("budget: aws_budgets_budget on what carries the project tag (the backup bucket)");
    expect(withIt.stdout).toContain("cost tags: provider default_tags on the adopted backup bucket");
    const local = await cli("init", "--yes", "--cloud", "compose", "--backup", "local", "--cwd", copyExample());
    expect(local.code, local.stderr).toBe(0);
    expect(local.stdout).toContain("budget: skipped, a self-hosted server has a fixed bill and backup.target is local");
  }, 60_000);

  it("opting out says so: cdn false, waf false, budget false", () => {
    const plan = edgePlan(parseOptions({ ...base, cloud: "gcp-cloud-run", deploy: { domain: "shop.example.org" }, edge: { cdn: false, waf: false }, budget: { monthly: false } }));
    expect(Object.fromEntries(plan.map((s) => [s.piece, "reason" in s ? s.reason : "on"]))).toMatchObject({ cdn: "edge.cdn is false", "rate limit": "edge.waf is false", budget: "budget.monthly is false", certificate: "on" });
  });

  it("init prints the plan: skipped with reasons without a domain, generated with one", async () => {
    const without = await cli("init", "--yes", "--cloud", "azure-container-apps", "--cwd", copyExample());
    expect(without.code, without.stderr).toBe(0);
    expect(without.stdout).toContain("Edge and cost (azure-container-apps; docs/tls.md, docs/cdn.md, docs/costs.md):");
    expect(without.stdout).toContain("certificate: skipped, no deploy.domain; set --domain (and --dns-zone) to turn it on");
    expect(without.stdout).toContain("budget: azurerm_consumption_budget_resource_group");
    const repo = copyExample();
    const withIt = await cli("init", "--yes", "--cloud", "azure-container-apps", "--domain", "shop.example.org", "--dns-zone", "example.org", "--cost-tags", "team=checkout", "--budget-monthly", "250", "--cwd", repo);
    expect(withIt.code, withIt.stderr).toBe(0);
    expect(withIt.stdout).toContain("certificate: Front Door managed certificate on each custom domain (infra/edge.tf)");
    expect(withIt.stdout).not.toContain("skipped");
    expect(withIt.stdout).toMatch(/infra\/edge\.tf/);
  }, 60_000);
});

describe("edge and cost options", () => {
  const error = (config: Record<string, unknown>): string => {
    try {
      parseOptions({ ...base, ...config });
    } catch (e) {
      return (e as Error).message;
    }
    return "";
  };

  it("refuse what no cloud accepts, naming the key and the rule", () => {
    expect(error({ costTags: { Team: "x" } })).toMatch(/costTags\.Team: key "Team" must start with a lowercase letter/);
    expect(error({ costTags: { project: "x" } })).toMatch(/costTags\.project: key "project" is set by the baseline/);
    expect(error({ costTags: { team: "Checkout" } })).toMatch(/costTags\.team.*lowercase/);
    expect(error({ edge: { dnsZone: "example.org" } })).toMatch(/edge\.dnsZone: needs deploy\.domain/);
    expect(error({ deploy: { domain: "shop.example.org" }, edge: { dnsZone: "example.com" } })).toMatch(/does not contain deploy\.domain "shop\.example\.org"/);
    expect(error({ deploy: { domain: "shop.example.org" }, edge: { challenge: "dns-01" } })).toMatch(/edge\.challenge: dns-01 needs edge\.dnsZone/);
    expect(error({ budget: { monthly: -5 } })).toMatch(/budget\.monthly/);
    expect(error({ budget: { alertEmails: ["not-an-address"] } })).toMatch(/budget\.alertEmails/);
    expect(error({ budget: { currency: "usd" } })).toMatch(/budget\.currency.*ISO 4217/);
    expect(error({ deploy: { domain: "shop.example.org" }, edge: { dnsZone: "shop.example.org" }, costTags: { team: "checkout" } })).toBe("");
  });

  it("init flags set them", async () => {
    const repo = copyExample();
    const r = await cli("init", "--yes", "--cloud", "aws-ecs", "--domain", "shop.example.org", "--dns-zone", "example.org", "--cdn", "false", "--waf", "true", "--rate-limit", "900", "--budget-monthly", "false", "--budget-alert-emails", "a@example.org,b@example.org", "--cost-tags", "team=checkout,cost-center=cc-42", "--cwd", repo);
    expect(r.code, r.stderr).toBe(0);
    const { readFileSync } = await import("node:fs");
    const config = JSON.parse(readFileSync(`${repo}/devops-baseline.json`, "utf8"));
    expect(config.edge).toMatchObject({ dnsZone: "example.org", cdn: false, waf: true, rateLimit: 900 });
    expect(config.budget).toMatchObject({ monthly: false, alertEmails: ["a@example.org", "b@example.org"] });
    expect(config.costTags).toEqual({ team: "checkout", "cost-center": "cc-42" });
  }, 60_000);
});
