// The nginx base images (nginx, nginxinc/nginx-unprivileged) for a final stage: Debian's nginx stands
// in for the image's, run with a main config laid out in the stage the way nginx-unprivileged's is
// (pid, temp paths and the access log under /tmp, errors to the console, `include /etc/nginx/conf.d/*.conf`), so the
// server blocks the Dockerfile copies into conf.d are the ones that serve. Owned paths inside those
// files (`root /usr/share/nginx/html`) are remapped into the stage like CMD's; the files are listed
// so a port rewrite reaches their `listen` too.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { remapText } from "./path-remap.js";

export const NGINX_BASE = /^(?:docker\.io\/)?(?:nginx|nginxinc\/nginx-unprivileged)(?::|@|$)/;

export interface NginxRuntime {
  /** The command with `-e stderr -c <stage>/etc/nginx/nginx.conf` after `nginx`. */
  readonly command: string[];
  /** Host paths of the config files (their `listen` ports follow a port rewrite). */
  readonly configFiles: string[];
}

export function nginxRuntime(root: string, command: readonly string[], prefixes: readonly string[], notes: string[]): NginxRuntime {
  const etc = join(root, "etc/nginx");
  const confD = join(etc, "conf.d");
  const main = join(etc, "nginx.conf");
  const tmp = join(root, "tmp");
  mkdirSync(tmp, { recursive: true });
  chmodSync(tmp, 0o1777);
  const copied = existsSync(confD) ? readdirSync(confD).filter((name) => name.endsWith(".conf")).map((name) => join(confD, name)) : [];
  const ownMain = existsSync(main);
  if (!ownMain) {
    mkdirSync(etc, { recursive: true });
    writeFileSync(
      main,
      [
        "# Emulated main config of nginxinc/nginx-unprivileged (the test harness): the stage's conf.d serves.",
        "worker_processes 1;",
        "error_log stderr notice;",
        `pid ${tmp}/nginx.pid;`,
        "events { worker_connections 256; }",
        "http {",
        `    client_body_temp_path ${tmp}/client_temp;`,
        `    proxy_temp_path ${tmp}/proxy_temp;`,
        `    fastcgi_temp_path ${tmp}/fastcgi_temp;`,
        `    uwsgi_temp_path ${tmp}/uwsgi_temp;`,
        `    scgi_temp_path ${tmp}/scgi_temp;`,
        "    include /etc/nginx/mime.types;",
        "    default_type application/octet-stream;",
        `    access_log ${tmp}/access.log;`,
        "    sendfile on;",
        "    keepalive_timeout 65;",
        `    include ${confD}/*.conf;`,
        "}",
        "",
      ].join("\n"),
    );
  }
  const configFiles = [...(ownMain ? [main] : []), ...copied];
  for (const file of configFiles) {
    const text = readFileSync(file, "utf8");
    const mode = lstatSync(file).mode;
    // Never write through a hard link to another stage's or the context's file.
    unlinkSync(file);
    writeFileSync(file, remapText(text, prefixes, root), { mode });
  }
  const version = spawnSync("nginx", ["-v"], { encoding: "utf8" }).stderr ?? "";
  notes.push(
    `nginx base image: this machine's nginx${version ? ` (${version.trim()})` : ""} stands in; ${ownMain ? "the Dockerfile's own nginx.conf" : "an emulated nginx-unprivileged main config (pid and temp paths under the stage's /tmp)"} includes ${copied.length} conf.d file(s), owned paths in them remapped`,
  );
  const isNginx = command[0] === "nginx" || command[0]?.endsWith("/nginx");
  return { command: isNginx ? [command[0]!, "-e", "stderr", "-c", main, ...command.slice(1)] : [...command], configFiles: [...(ownMain ? [main] : []), ...copied] };
}
