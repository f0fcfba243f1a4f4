import { execFileSync, spawnSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

let certDir: string | undefined;

/** A throwaway self-signed certificate, made once per test process. */
function certificates(): string {
  if (!certDir) {
    certDir = mkdtempSync(join(tmpdir(), "nginx-certs-"));
    execFileSync("openssl", [
      "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
      "-keyout", join(certDir, "privkey.pem"), "-out", join(certDir, "fullchain.pem"),
    ], { stdio: "ignore" });
  }
  return certDir;
}

/**
 * Adapts a generated config to this machine, and nothing else: temp paths into a scratch prefix, the
 * certificate directory to a self-signed pair, the edge cache's folder (/var/cache/nginx, a volume in the
 * container) into the prefix, upstream hosts (compose service names, the blue-green switch, Kubernetes
 * Services `<name>-api` and `<name>-web`) to 127.0.0.1, and
 * `http2 on;`, which the image's nginx 1.29 needs and Debian's nginx 1.22 predates (DESIGN.md section 4).
 */
export function adaptForLocalTest(conf: string, prefix: string): string {
  const http2 = conf.match(/^\s*http2 on;\n/gm) ?? [];
  if (http2.length > 1) throw new Error("expected at most one http2 directive");
  return conf
    .replace(/^\s*http2 on;\n/m, "")
    .replace(/_temp_path \/tmp\//g, `_temp_path ${prefix}/`)
    .replace(/^pid \/tmp\//m, `pid ${prefix}/`)
    .replace(/\/etc\/nginx\/certs\//g, `${certificates()}/`)
    .replace(/(proxy_cache_path )\/var\/cache\/nginx\//g, `$1${prefix}/cache-`)
    .replace(/^(\s*server )(backend|frontend|switch|[a-z0-9-]+-(?:api|web)):/gm, "$1127.0.0.1:");
}

/** `nginx -t` on a full nginx.conf, or on a `server {}` file wrapped into a minimal main config. */
export function nginxTestFindings(conf: string, kind: "main" | "server"): string[] {
  const prefix = mkdtempSync(join(tmpdir(), "nginx-t-"));
  mkdirSync(join(prefix, "logs"), { recursive: true });
  const main =
    kind === "main"
      ? adaptForLocalTest(conf, prefix)
      : `pid ${prefix}/nginx.pid;\nevents {}\nhttp {\n    include /etc/nginx/mime.types;\n    client_body_temp_path ${prefix}/client_temp;\n    proxy_temp_path ${prefix}/proxy_temp;\n    include ${join(prefix, "server.conf")};\n}\n`;
  if (kind === "server") writeFileSync(join(prefix, "server.conf"), conf);
  writeFileSync(join(prefix, "nginx.conf"), main);
  // Output goes to a file, not a pipe: libuv's pipes are sockets, which /dev/stdout cannot be opened on.
  const outPath = join(prefix, "nginx-t.out");
  const out = openSync(outPath, "w");
  const result = spawnSync("nginx", ["-t", "-q", "-e", "stderr", "-p", prefix, "-c", join(prefix, "nginx.conf")], { stdio: ["ignore", out, out] });
  closeSync(out);
  const lines = readFileSync(outPath, "utf8").split("\n").filter((l) => l.trim() !== "");
  if (result.status !== 0 && lines.length === 0) lines.push(`nginx -t exited ${result.status}`);
  return lines;
}
