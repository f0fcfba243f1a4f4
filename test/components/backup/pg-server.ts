import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Debian's server binaries: the newest /usr/lib/postgresql/<major>/bin (15 on bookworm). */
function findBin(): string {
  const root = "/usr/lib/postgresql";
  const majors = existsSync(root) ? readdirSync(root).filter((d) => /^\d+$/.test(d)).sort((a, b) => Number(b) - Number(a)) : [];
  return join(root, majors.find((m) => existsSync(join(root, m, "bin", "initdb"))) ?? "15", "bin");
}

export const BIN = findBin();
export const PG_AVAILABLE = existsSync(join(BIN, "initdb"));
// CI installs PostgreSQL (.ci/run): there, a missing server is a failure, not a skip.
if (!PG_AVAILABLE && process.env.CI) throw new Error(`PostgreSQL server binaries not found under /usr/lib/postgresql (looked for ${BIN}/initdb)`);

export interface PgServer {
  readonly dir: string;
  readonly socketDir: string;
  readonly port: number;
  readonly passfile: string;
  readonly password: string;
  /** libpq env for a client connecting as the superuser through the password file. */
  env(database: string): NodeJS.ProcessEnv;
  psql(database: string, sql: string): string;
  stop(): void;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Runs a PostgreSQL binary as the `postgres` user when we are root (initdb refuses root). */
function asPostgres(cmd: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  const file = asRoot ? "runuser" : join(BIN, cmd);
  const argv = asRoot ? ["-u", "postgres", "--", join(BIN, cmd), ...args] : args;
  const r = spawnSync(file, argv, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}${r.stdout}`);
}

/** A throwaway PostgreSQL 15 in a temp dir, unix socket only, scram password auth. */
export async function startPostgres(): Promise<PgServer> {
  const dir = mkdtempSync(join(tmpdir(), "pg-roundtrip-"));
  chmodSync(dir, 0o755);
  const data = join(dir, "data");
  const password = "pw-sentinel-7f3a";
  const pwfile = join(dir, "pwfile");
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
    chownSync(pwfile, uid, gid);
  }
  const port = await freePort();
  asPostgres("initdb", ["-D", data, "-U", "postgres", "--auth", "scram-sha-256", "--pwfile", pwfile, "--no-sync", "-E", "UTF8"]);
  asPostgres("pg_ctl", ["-D", data, "-l", join(dir, "log"), "-w", "-o", `-k ${dir} -p ${port} -c listen_addresses='' -c fsync=off`, "start"]);
  const passfile = join(dir, "client.pgpass");
  writeFileSync(passfile, `*:${port}:*:postgres:${password}\n`, { mode: 0o600 });
  const env = (database: string): NodeJS.ProcessEnv => ({
    PATH: `${BIN}:${process.env.PATH ?? ""}`,
    PGHOST: dir,
    PGPORT: String(port),
    PGUSER: "postgres",
    PGDATABASE: database,
    PGPASSFILE: passfile,
  });
  return {
    dir,
    socketDir: dir,
    port,
    passfile,
    password,
    env,
    psql: (database, sql) =>
      execFileSync(join(BIN, "psql"), ["--no-psqlrc", "-v", "ON_ERROR_STOP=1", "--tuples-only", "--no-align", "--command", sql], {
        env: env(database),
        encoding: "utf8",
      }).trim(),
    stop: () => {
      try {
        asPostgres("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
