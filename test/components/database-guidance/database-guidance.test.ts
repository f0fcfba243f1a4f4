import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { databaseGuidance, PGBOUNCER_INI_PATH, POOL, POSTGRES_SETTINGS, postgresCommand } from "../../../src/components/database-guidance/index.js";
import { parseOptions, type BaselineConfig } from "../../../src/options/index.js";
import { renderFiles } from "../../../src/synth/render-files.js";
import { prettierFindings } from "../../validators/prettier-check.js";

const render = (config: BaselineConfig) => {
  const options = parseOptions(config);
  return renderFiles(databaseGuidance.render(options), options);
};
const doc = (config: BaselineConfig): string => render(config).find((f) => f.path === "docs/database.md")!.content;

const POSTGRES_BIN = "/usr/lib/postgresql/15/bin/postgres";

describe("PostgreSQL server settings", () => {
  // PostgreSQL's own catalogue of settings: name, context, group, type, …
  const catalogue = existsSync(POSTGRES_BIN)
    ? new Map(
        execFileSync(POSTGRES_BIN, ["--describe-config"], { encoding: "utf8" })
          .split("\n")
          .map((l) => l.split("\t"))
          .map((cols) => [cols[0]!, cols[3]!] as const),
      )
    : undefined;

  it.skipIf(!catalogue)("names only settings PostgreSQL knows, with values of the right type", () => {
    for (const [name, value] of POSTGRES_SETTINGS) {
      const type = catalogue!.get(name);
      expect(type, name).toBeDefined();
      if (type === "BOOLEAN") expect(value, name).toMatch(/^(on|off)$/);
      if (type === "INTEGER") expect(value, name).toMatch(/^\d+(ms|s|min|h|kB|MB|GB)?$/);
    }
  });

  it("turns them into postgres -c flags", () => {
    const command = postgresCommand();
    expect(command[0]).toBe("postgres");
    expect(command).toEqual(expect.arrayContaining(["-c", "statement_timeout=30s", "log_min_duration_statement=500ms"]));
    expect(command.length).toBe(1 + 2 * POSTGRES_SETTINGS.length);
  });
});

describe("deploy/pgbouncer/pgbouncer.ini", () => {
  const ini = render({ backend: { kind: "django" }, database: "postgres" }).find((f) => f.path === PGBOUNCER_INI_PATH)!.content;
  const entries = (section: string): Map<string, string> => {
    const body = ini.split(/^\[/m).find((s) => s.startsWith(`${section}]`)) ?? "";
    return new Map(
      body
        .split("\n")
        .slice(1)
        .filter((l) => l.trim() && !/^[#;]/.test(l))
        .map((l) => [l.slice(0, l.indexOf("=")).trim(), l.slice(l.indexOf("=") + 1).trim()] as [string, string]),
    );
  };

  it("pools in transaction mode with the documented sizes and no password in the file", () => {
    const pgbouncer = entries("pgbouncer");
    expect(pgbouncer.get("pool_mode")).toBe("transaction");
    expect(pgbouncer.get("default_pool_size")).toBe(String(POOL.defaultPoolSize));
    expect(pgbouncer.get("max_client_conn")).toBe(String(POOL.maxClientConn));
    expect(pgbouncer.get("auth_type")).toBe("scram-sha-256");
    expect(pgbouncer.get("listen_port")).toBe("5432");
    expect(ini).not.toMatch(/password\s*=/i);
  });

  it("forwards every database to the db service", () => {
    expect(entries("databases").get("*")).toBe("host=db port=5432");
  });

  it("is only rendered for PostgreSQL and PostGIS with a service to run", () => {
    expect(render({ backend: { kind: "django" }, database: "postgis" }).map((f) => f.path)).toContain(PGBOUNCER_INI_PATH);
    expect(render({ backend: { kind: "django" }, database: "sqlite" }).map((f) => f.path)).not.toContain(PGBOUNCER_INI_PATH);
    expect(render({ database: "postgres" }).map((f) => f.path)).toEqual(["docs/database.md"]);
    expect(render({ backend: { kind: "django" }, database: "none" })).toEqual([]);
  });
});

describe("docs/database.md", () => {
  it("gives Django its connection settings", () => {
    const text = doc({ backend: { kind: "django" }, database: "postgres" });
    for (const s of ['"CONN_MAX_AGE": 60', '"CONN_HEALTH_CHECKS": True', '"DISABLE_SERVER_SIDE_CURSORS": True']) expect(text).toContain(s);
    expect(text).not.toContain("pool_pre_ping");
    expect(doc({ backend: { kind: "django" }, database: "postgis" })).toContain("django.contrib.gis.db.backends.postgis");
  });

  it("gives SQLAlchemy its pool options", () => {
    const text = doc({ backend: { kind: "fastapi" }, database: "postgres" });
    for (const s of ["pool_pre_ping=True", `pool_size=${POOL.appPoolSize}`, "pool_recycle=1800"]) expect(text).toContain(s);
  });

  it.each(["express", "nestjs"] as const)("gives %s a node-postgres Pool", (kind) => {
    const text = doc({ backend: { kind }, database: "postgres" });
    expect(text).toContain("new pg.Pool({");
    expect(text).toContain(`max: ${POOL.appPoolSize},`);
  });

  it("lists every server setting with its value", () => {
    const text = doc({ backend: { kind: "fastapi" }, database: "postgres" });
    // Tables are padded to prettier's alignment, so cells are matched with any spacing.
    for (const [name, value] of POSTGRES_SETTINGS) expect(text).toMatch(new RegExp(`\\| \`${name}\` +\\| \`${value}\` +\\|`));
  });

  it("is in prettier's Markdown form for every backend and database", async () => {
    const findings = [];
    for (const kind of ["django", "fastapi", "express", "nestjs", "none"] as const)
      for (const database of ["postgres", "postgis", "sqlite"] as const) findings.push(...(await prettierFindings(doc({ backend: { kind }, database }), `${kind}/${database}`, "markdown")));
    expect(findings).toEqual([]);
  });

  it("has code samples that parse: Python through python3's ast, JavaScript through node --check", () => {
    const dir = mkdtempSync(join(tmpdir(), "devops-baseline-db-samples-"));
    let checked = 0;
    for (const kind of ["django", "fastapi", "express", "nestjs"] as const) {
      const blocks = [...doc({ backend: { kind }, database: "postgres" }).matchAll(/^```(python|js)\n([\s\S]*?)^```$/gm)];
      expect(blocks.length, kind).toBeGreaterThan(0);
      for (const [, language, code] of blocks) {
        if (language === "python") execFileSync("python3", ["-c", "import ast, sys; ast.parse(sys.stdin.read())"], { input: code });
        else {
          const file = join(dir, `${kind}-${checked}.mjs`);
          writeFileSync(file, code!);
          execFileSync(process.execPath, ["--check", file]);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3);
  });

  it("covers SQLite without pooling advice", () => {
    const text = doc({ backend: { kind: "django" }, database: "sqlite" });
    expect(text).toContain("journal_mode=WAL");
    expect(text).not.toContain("pgbouncer");
  });
});
