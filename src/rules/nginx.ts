import type { Hit, NginxDirective, NginxFile, RepoView, Rule } from "./types.js";

const type = "nginx";

// Headers whose loss weakens the browser's protection.
const SECURITY_HEADERS = ["strict-transport-security", "x-content-type-options", "x-frame-options", "content-security-policy", "referrer-policy", "permissions-policy", "cross-origin-opener-policy"];

// Directives that serve files or an application; a server without any only returns redirects or fixed texts.
const CONTENT = ["root", "alias", "try_files", "proxy_pass", "fastcgi_pass", "uwsgi_pass", "grpc_pass", "scgi_pass"];

const headersOf = (block: readonly NginxDirective[]): Set<string> => new Set(block.filter((d) => d.name === "add_header" && d.args[0]).map((d) => d.args[0]!.toLowerCase()));
const merges = (block: readonly NginxDirective[]): boolean => block.some((d) => d.name === "add_header_inherit" && d.args[0] === "merge");

function findAll(directives: readonly NginxDirective[], name: string): NginxDirective[] {
  return directives.flatMap((d) => [...(d.name === name ? [d] : []), ...findAll(d.block ?? [], name)]);
}

const label = (d: NginxDirective): string => `${d.name}${d.args.length > 0 ? ` ${d.args.join(" ")}` : ""}`;

/** Blocks that set their own add_header and so drop the security headers of the blocks around them. */
function droppedHeaders(file: NginxFile): Hit[] {
  const hits: Hit[] = [];
  const walk = (directives: readonly NginxDirective[], inherited: Set<string>, merging: boolean): void => {
    for (const d of directives) {
      if (!d.block) continue;
      const own = headersOf(d.block);
      const merge = merging || merges(d.block);
      if (own.size > 0 && !merge) {
        const lost = [...inherited].filter((h) => SECURITY_HEADERS.includes(h) && !own.has(h));
        if (lost.length > 0) hits.push({ file: file.path, line: d.line, message: `${label(d)} sets its own add_header, so ${lost.join(", ")} from the enclosing block no longer apply here` });
      }
      walk(d.block, own.size > 0 ? (merge ? new Set([...inherited, ...own]) : own) : inherited, merge);
    }
  };
  walk(file.directives, headersOf(file.directives), merges(file.directives));
  return hits;
}

/** The headers in effect in a server block: its own, else the http block's. */
function serverHeaders(file: NginxFile, server: NginxDirective): Set<string> {
  const own = headersOf(server.block ?? []);
  if (own.size > 0) return own;
  const http = file.directives.find((d) => d.name === "http");
  return headersOf(http?.block ?? file.directives);
}

export const nginxRules: readonly Rule[] = [
  {
    id: "NG001",
    type,
    title: "nginx does not advertise its version",
    severity: "low",
    rationale: "The version in every error page and Server header tells an attacker which known vulnerabilities to try.",
    fix: "Add `server_tokens off;` to the http block (or each server block).",
    check: (repo: RepoView) =>
      repo.nginx.flatMap((file) => {
        if (findAll(file.directives, "server_tokens").some((d) => d.args[0] === "off")) return [];
        const first = findAll(file.directives, "http")[0] ?? findAll(file.directives, "server")[0];
        return first ? [{ file: file.path, line: first.line, message: "no server_tokens off: the nginx version is sent with every response" }] : [];
      }),
  },
  {
    id: "NG002",
    type,
    title: "A location with its own add_header repeats the security headers",
    severity: "medium",
    rationale: "nginx inherits add_header only into blocks that set none: one `add_header Cache-Control` in a location silently drops HSTS, X-Frame-Options and the rest for everything it serves.",
    fix: "Repeat the security headers in that block (or `include` a shared snippet), or use `add_header_inherit merge;` (nginx 1.29.3+).",
    check: (repo) => repo.nginx.flatMap(droppedHeaders),
  },
  {
    id: "NG003",
    type,
    title: "Servers send X-Content-Type-Options and frame protection",
    severity: "medium",
    rationale: "Without `nosniff` browsers guess content types (and run uploads as scripts); without X-Frame-Options or CSP frame-ancestors, pages can be framed for clickjacking.",
    fix: "Add `add_header X-Content-Type-Options \"nosniff\" always;` and `add_header X-Frame-Options \"DENY\" always;` (or a Content-Security-Policy with frame-ancestors).",
    check: (repo) =>
      repo.nginx.flatMap((file) =>
        findAll(file.directives, "server").flatMap((server) => {
          // A server that only redirects or answers fixed texts (`return`) serves no page to protect.
          if (!CONTENT.some((name) => findAll(server.block ?? [], name).length > 0)) return [];
          const headers = serverHeaders(file, server);
          const missing = [
            ...(headers.has("x-content-type-options") ? [] : ["X-Content-Type-Options"]),
            ...(headers.has("x-frame-options") || headers.has("content-security-policy") ? [] : ["X-Frame-Options (or CSP frame-ancestors)"]),
          ];
          return missing.length > 0 ? [{ file: file.path, line: server.line, message: `server block without ${missing.join(" and ")}` }] : [];
        }),
      ),
  },
];
