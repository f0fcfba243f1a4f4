import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { deploy } from "../../../src/components/deploy/index.js";
import { parseOptions } from "../../../src/options/index.js";
import { renderFiles } from "../../../src/synth/render-files.js";
import { upstreamConf } from "../../../src/components/deploy/switch.js";
import { serviceTargets } from "../../../src/clouds/index.js";
import { nginxTestFindings } from "../proxy/nginx-check.js";

const SHIM = new URL("./fixtures/docker-shim.sh", import.meta.url).pathname;
let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A fake compose host: the generated script, a .env, and `docker` that only records what it is asked. */
function host(strategy: "rolling" | "blue-green") {
  const o = parseOptions({ name: "shop", cloud: "compose", database: "postgres", backend: { kind: "django" }, frontend: { kind: "nextjs", dir: "web" }, deploy: { strategy, healthPath: "/health" } });
  const files = renderFiles(deploy.render(o), o);
  const dir = mkdtempSync(join(tmpdir(), "compose-host-"));
  dirs.push(dir);
  writeFileSync(join(dir, "deploy_remote.sh"), files.find((f) => f.path === "scripts/deploy_remote.sh")!.content);
  writeFileSync(join(dir, ".env"), "POSTGRES_USER=shop\nPOSTGRES_DB=shop\n");
  mkdirSync(join(dir, "bin"));
  symlinkSync(SHIM, join(dir, "bin", "docker"));
  const log = join(dir, "docker.log");
  writeFileSync(log, "");
  const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    spawnSync("bash", [join(dir, "deploy_remote.sh"), ...args], {
      env: { PATH: `${join(dir, "bin")}:${process.env.PATH}`, DEPLOY_DIR: dir, SHIM_LOG: log, ...env },
      encoding: "utf8",
    });
  return { o, files, dir, log, run, calls: () => readFileSync(log, "utf8").trim().split("\n").filter(Boolean) };
}

describe("scripts/deploy_remote.sh on a fake compose host", () => {
  it("rolling: deploys an image, remembers it, and rolls back by deploying the previous one", () => {
    const h = host("rolling");
    expect(h.run(["current", "backend"]).stdout.trim()).toBe("none");
    expect(h.run(["deploy", "backend", "ghcr.io/acme/shop/shop-backend:v1"]).status).toBe(0);
    expect(h.run(["deploy", "backend", "ghcr.io/acme/shop/shop-backend:v2"]).status).toBe(0);
    expect(h.run(["current", "backend"]).stdout.trim()).toBe("ghcr.io/acme/shop/shop-backend:v2");
    expect(h.calls().at(-1)).toMatch(/^docker compose -f compose\.prod\.yml -f compose\.tunnel\.yml up --detach --no-deps --wait backend \| BACKEND_IMAGE=ghcr\.io\/acme\/shop\/shop-backend:v2 /);
    expect(readFileSync(join(h.dir, ".deployed.env"), "utf8")).toBe("BACKEND_IMAGE=ghcr.io/acme/shop/shop-backend:v2\n");
  });

  it("a failing migration fails the script with its exit code", () => {
    const h = host("rolling");
    const r = h.run(["migrate", "ghcr.io/acme/shop/shop-backend:v3"], { SHIM_RUN_EXIT: "3" });
    expect(r.status).toBe(3);
    expect(h.calls()[0]).toMatch(/ run --rm --no-deps backend python manage\.py migrate --noinput \| BACKEND_IMAGE=ghcr\.io\/acme\/shop\/shop-backend:v3 /);
  });

  it("blue-green: starts the idle colour, checks it through the switch, switches, and switches back", () => {
    const h = host("blue-green");
    expect(h.run(["live", "api"]).stdout.trim()).toBe("blue");
    const idle = h.run(["deploy-idle", "api", "ghcr.io/acme/shop/shop-backend:v2"]);
    expect(idle.status, idle.stderr).toBe(0);
    expect(idle.stdout.trim().split("\n").at(-1)).toBe("green");
    expect(h.calls().some((c) => /up --detach --no-deps --wait backend-green \| .*BACKEND_IMAGE_GREEN=ghcr\.io\/acme\/shop\/shop-backend:v2$/.test(c))).toBe(true);
    expect(h.calls().some((c) => c.includes("exec -T switch wget -q -O /dev/null --header X-Forwarded-Proto:\\ https http://backend-green:8000/health"))).toBe(true);
    // Nothing moved yet: the upstream still points at blue.
    expect(readFileSync(join(h.dir, "state/switch/api.conf"), "utf8")).toBe("upstream api_live {\n    server backend:8000;\n}\n");

    expect(h.run(["switch", "api", "green"]).status).toBe(0);
    expect(readFileSync(join(h.dir, "state/switch/api.conf"), "utf8")).toBe("upstream api_live {\n    server backend-green:8000;\n}\n");
    expect(h.run(["live", "api"]).stdout.trim()).toBe("green");
    expect(h.calls().at(-1)).toMatch(/exec -T switch nginx -s reload/);

    expect(h.run(["switch", "api", "blue"]).status).toBe(0);
    expect(h.run(["live", "api"]).stdout.trim()).toBe("blue");
    expect(h.run(["switch", "api", "purple"]).status).toBe(2);
  });

  it("the upstream files the script writes are exactly what upstreamConf renders", () => {
    const h = host("blue-green");
    h.run(["switch", "web", "green"]);
    const web = serviceTargets(h.o).find((s) => s.key === "web")!;
    expect(readFileSync(join(h.dir, "state/switch/web.conf"), "utf8")).toBe(upstreamConf(web, "green"));
  });

  it("the switch's nginx.conf passes nginx -t with the upstreams the script writes", () => {
    const h = host("blue-green");
    const conf = h.files.find((f) => f.path === "deploy/switch/nginx.conf")!.content;
    const upstreams = serviceTargets(h.o).map((s) => upstreamConf(s, "blue")).join("");
    // Adapted only where the test machine differs: the live include inlined, stderr logging left to `nginx -e`.
    const local = conf.replace("include /etc/nginx/live/*.conf;", upstreams).replace(/^error_log \/dev\/stderr warn;$/m, "");
    expect(nginxTestFindings(local, "main")).toEqual([]);
  });
});
