// A job's `services:` started from this machine's Debian binaries instead of containers:
// PostgreSQL (initdb into a temp folder, the official image's POSTGRES_* variables honoured) and
// Redis. They listen on localhost on the host port that the job maps, as service containers do
// for a job that runs on the runner itself.
import { execFileSync, type ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { killGroup, startProcess, type Tail } from "./processes.js";

/**
 * The local PostgreSQL's binaries: $POSTGRES_BIN, else the newest Debian /usr/lib/postgresql/<major>/bin.
 * Debian keeps initdb and postgres there, off PATH.
 */
export function localPostgres(): { bin: string; major: string } {
  const fromEnv = process.env.POSTGRES_BIN;
  if (fromEnv) return { bin: fromEnv, major: /\/(\d+)\/bin\/?$/.exec(fromEnv)?.[1] ?? "?" };
  const root = "/usr/lib/postgresql";
  const majors = existsSync(root)
    ? readdirSync(root)
        .filter((d) => /^\d+$/.test(d) && existsSync(join(root, d, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (majors.length === 0) throw new Error(`no PostgreSQL server binaries under ${root} (install postgresql, or set POSTGRES_BIN)`);
  return { bin: join(root, majors[0]!, "bin"), major: majors[0]! };
}

/** A service as written in the workflow (the keys the generator writes). */
export interface ServiceSpec {
  readonly image: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly ports?: readonly (string | number)[];
  readonly options?: string;
}

export interface StartedService {
  readonly id: string;
  readonly kind: "postgres" | "redis";
  /** Container port → host port, as the `job.services.<id>.ports` context gives them. */
  readonly ports: Readonly<Record<string, string>>;
  /** Differences from the real container worth knowing (another major version, …). */
  readonly notes: readonly string[];
  stop(): Promise<void>;
}

export class ServiceError extends Error {
  constructor(
    readonly serviceId: string,
    message: string,
  ) {
    super(`service '${serviceId}': ${message}`);
    this.name = "ServiceError";
  }
}

export function serviceKind(image: string): "postgres" | "redis" | undefined {
  const name = image.split("@")[0]!.split(":")[0]!;
  if (/(^|\/)(postgres|postgis)$/.test(name) || /postgis/.test(name)) return "postgres";
  if (/(^|\/)(redis|valkey)$/.test(name)) return "redis";
  return undefined;
}

/** Resolves `ports:` to container → host; an entry without a host port gets a free one, as Docker does. */
async function mapPorts(id: string, ports: readonly (string | number)[] | undefined, defaultPort: number) {
  const mapping: Record<string, string> = {};
  for (const entry of ports ?? [defaultPort]) {
    const parts = String(entry).split("/")[0]!.split(":");
    const container = parts[parts.length - 1]!;
    const host = parts.length >= 2 ? parts[parts.length - 2]! : String(await freePort());
    mapping[container] = host;
  }
  const hostPort = Number(mapping[String(defaultPort)] ?? Object.values(mapping)[0]);
  if (!(await isPortFree(hostPort))) {
    throw new ServiceError(id, `host port ${hostPort} is already in use on this machine; the job maps it, so it must be free`);
  }
  return { mapping, hostPort };
}

export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function waitFor(check: () => boolean, timeoutMs: number, child: ChildProcess, tail: Tail, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}:\n${tail.toString()}`);
    if (check()) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${what} not ready after ${timeoutMs} ms:\n${tail.toString()}`);
}

/** Signals a process group, waits for its leader to exit, then SIGKILLs the group. */
export async function stopChild(child: ChildProcess, signal: NodeJS.Signals, graceMs: number): Promise<void> {
  if (child.pid === undefined) return; // never started
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((r) => child.once("exit", () => r()));
    killGroup(child, signal);
    await Promise.race([exited, new Promise((r) => setTimeout(r, graceMs))]);
  }
  killGroup(child);
}

function succeeds(command: string, args: readonly string[]): boolean {
  try {
    execFileSync(command, args, { stdio: "ignore", timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}

function postgresUid(): { uid: number; gid: number } {
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    return { uid, gid };
  } catch {
    throw new Error("no 'postgres' system user: PostgreSQL refuses to run as root");
  }
}

/** Why a PostGIS image cannot be stood in for by the local PostgreSQL, or undefined when it can. */
export function postgisMissing(image: string, shareDir: string, major = "15"): string | undefined {
  const control = join(shareDir, "extension", "postgis.control");
  if (existsSync(control)) return undefined;
  return `image ${image} needs PostGIS, but the postgis extension is not installed for the local PostgreSQL ${major} (${control} is missing; install postgresql-${major}-postgis-3)`;
}

/** The official image's entrypoint, in short: POSTGRES_USER/PASSWORD/DB, POSTGRES_HOST_AUTH_METHOD. */
export async function startPostgres(id: string, spec: ServiceSpec, logFile?: string): Promise<StartedService> {
  const env = spec.env ?? {};
  const user = env.POSTGRES_USER || "postgres";
  const password = env.POSTGRES_PASSWORD ?? "";
  const database = env.POSTGRES_DB || user;
  const hostAuth = env.POSTGRES_HOST_AUTH_METHOD || (password ? "scram-sha-256" : "");
  if (!hostAuth) {
    // The image's entrypoint refuses to initialise in this case; so do we.
    throw new ServiceError(id, "no POSTGRES_PASSWORD and no POSTGRES_HOST_AUTH_METHOD: the postgres image refuses to start");
  }
  const notes: string[] = [];
  const wantsPostgis = /postgis/.test(spec.image);
  const local = localPostgres();
  const shareDir = execFileSync(join(local.bin, "pg_config"), ["--sharedir"]).toString().trim();
  const missing = wantsPostgis ? postgisMissing(spec.image, shareDir, local.major) : undefined;
  if (missing) throw new ServiceError(id, missing);
  const imageVersion = /postgres(?:ql)?:(\d+)/.exec(spec.image)?.[1] ?? /postgis:(\d+)/.exec(spec.image)?.[1];
  if (imageVersion && imageVersion !== local.major) notes.push(`image asks for PostgreSQL ${imageVersion}; running the local PostgreSQL ${local.major}`);

  const { mapping, hostPort } = await mapPorts(id, spec.ports, 5432);
  const { uid, gid } = postgresUid();
  const dir = mkdtempSync(join(tmpdir(), `svc-${id}-pg-`));
  chownSync(dir, uid, gid);
  const asPostgres = (bin: string, args: string[]) => ["-u", "postgres", "--", join(local.bin, bin), ...args];
  const initdbArgs = ["-D", join(dir, "data"), "-U", user, "-E", "UTF8", "--no-sync", "--auth-local=trust", `--auth-host=${hostAuth}`];
  if (password) {
    const pwfile = join(dir, "pwfile");
    writeFileSync(pwfile, `${password}\n`);
    chownSync(pwfile, uid, gid);
    initdbArgs.push(`--pwfile=${pwfile}`);
  }
  try {
    execFileSync("runuser", asPostgres("initdb", initdbArgs), { stdio: "pipe" });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new ServiceError(id, `initdb failed: ${String((error as { stderr?: Buffer }).stderr ?? error)}`);
  }
  const { child, tail } = startProcess(
    "runuser",
    asPostgres("postgres", ["-D", join(dir, "data"), "-p", String(hostPort), "-k", dir, "-c", "listen_addresses=localhost", "-c", "fsync=off"]),
    { cwd: dir, env: process.env, logFile },
  );
  const stop = async () => {
    // SIGINT is PostgreSQL's fast shutdown; SIGKILL if it lingers.
    await stopChild(child, "SIGINT", 5000);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitFor(() => succeeds(join(local.bin, "pg_isready"), ["-h", dir, "-p", String(hostPort), "-U", user]), 30_000, child, tail, "postgres");
    const psql = (sql: string, db: string) =>
      execFileSync(join(local.bin, "psql"), ["-h", dir, "-p", String(hostPort), "-U", user, "-d", db, "-v", "ON_ERROR_STOP=1", "-c", sql], { stdio: "pipe" });
    if (database !== "postgres") psql(`CREATE DATABASE "${database}"`, "postgres");
    if (wantsPostgis) psql("CREATE EXTENSION IF NOT EXISTS postgis", database);
  } catch (error) {
    await stop();
    throw new ServiceError(id, String(error instanceof Error ? error.message : error));
  }
  return { id, kind: "postgres", ports: mapping, notes, stop };
}

export async function startRedis(id: string, spec: ServiceSpec, logFile?: string): Promise<StartedService> {
  const { mapping, hostPort } = await mapPorts(id, spec.ports, 6379);
  const dir = mkdtempSync(join(tmpdir(), `svc-${id}-redis-`));
  const { child, tail } = startProcess(
    "redis-server",
    ["--port", String(hostPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir],
    { cwd: dir, env: process.env, logFile },
  );
  const stop = async () => {
    await stopChild(child, "SIGTERM", 3000);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitFor(() => succeeds("redis-cli", ["-p", String(hostPort), "ping"]), 15_000, child, tail, "redis-server");
  } catch (error) {
    await stop();
    throw new ServiceError(id, String(error instanceof Error ? error.message : error));
  }
  const notes = /valkey/.test(spec.image) ? ["image is valkey; running the local redis-server"] : [];
  return { id, kind: "redis", ports: mapping, notes, stop };
}

/** Starts every service of a job; on a failure, stops the ones already started and rethrows. */
export async function startServices(
  services: Readonly<Record<string, ServiceSpec>>,
  logFile?: string,
): Promise<StartedService[]> {
  const started: StartedService[] = [];
  try {
    for (const [id, spec] of Object.entries(services)) {
      const kind = serviceKind(spec.image);
      if (kind === "postgres") started.push(await startPostgres(id, spec, logFile));
      else if (kind === "redis") started.push(await startRedis(id, spec, logFile));
      else throw new ServiceError(id, `image ${spec.image} is not emulated (supported: postgres, postgis, redis, valkey)`);
    }
  } catch (error) {
    for (const service of started) await service.stop();
    throw error;
  }
  return started;
}
