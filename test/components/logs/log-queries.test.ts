import { describe, expect, it } from "vitest";
import { CLOUD_STRATEGIES } from "../../../src/clouds/index.js";
import { ERROR_PATTERN } from "../../../src/components/logs/index.js";
import { parseOptions } from "../../../src/options/index.js";
import { shellcheckFindings } from "../../validators/shellcheck.js";

const CLOUDS = ["aws-ecs", "gcp-cloud-run", "azure-container-apps", "kubernetes", "compose"] as const;
const queryOf = (cloud: (typeof CLOUDS)[number]) => CLOUD_STRATEGIES[cloud].runbook(parseOptions({ name: "shop", cloud, backend: { kind: "django" } })).logQuery;

describe("the runbooks' log query, per target, reads where the logs are kept", () => {
  it("every target's query passes shellcheck and looks for the same error pattern", async () => {
    const scripts = CLOUDS.map((cloud) => ({ file: cloud, where: "logQuery", text: queryOf(cloud), shell: "bash" as const }));
    expect(await shellcheckFindings(scripts)).toEqual([]);
    for (const cloud of CLOUDS) expect(queryOf(cloud), cloud).toContain(ERROR_PATTERN);
  });

  it("names each platform's store: Logs Insights on the ECS log group, the 90-day Cloud Logging bucket, Log Analytics, and Loki", () => {
    expect(queryOf("aws-ecs")).toMatch(/aws logs start-query .*--log-group-name \/ecs\/shop-production /);
    expect(queryOf("aws-ecs")).toContain("aws logs get-query-results");
    expect(queryOf("gcp-cloud-run")).toContain("--bucket=shop-logs --location=global --view=_AllLogs");
    expect(queryOf("azure-container-apps")).toContain("--workspace-name shop-production-logs");
    expect(queryOf("azure-container-apps")).toContain("ContainerAppConsoleLogs_CL | where ContainerAppName_s == 'shop-production-api'");
    // Loki's labels are the ones Vector sets: project + compose service, or namespace + the pods' component label.
    expect(queryOf("compose")).toContain(`# LogQL: {project="shop", service="backend"} |~`);
    expect(queryOf("compose")).toMatch(/compose\.prod\.yml .*exec -T loki \/busybox\/wget -qO- 'http:\/\/127\.0\.0\.1:3100\/loki\/api\/v1\/query_range\?since=30m&limit=100&query=%7Bproject%3D%22shop%22/);
    // The URL-encoded query is the LogQL the comment above it shows.
    const [comment, command] = queryOf("compose").split("\n");
    expect(decodeURIComponent(/&query=([^']+)'/.exec(command!)![1]!)).toBe(comment!.replace("# LogQL: ", ""));
    expect(queryOf("kubernetes")).toContain("port-forward service/shop-loki 3100:3100");
    expect(queryOf("kubernetes")).toContain(`query={namespace="shop-prod", component="api"} |~`);
  });
});
