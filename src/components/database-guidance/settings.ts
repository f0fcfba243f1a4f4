/**
 * Server-side PostgreSQL settings the baseline applies (as `postgres -c` flags in compose) and documents.
 * statement_timeout caps runaway queries; long migrations or reports set their own per session/role.
 */
export const POSTGRES_SETTINGS: ReadonlyArray<readonly [name: string, value: string, why: string]> = [
  ["statement_timeout", "30s", "cancels any statement running longer; override per role or session for migrations and reports"],
  ["idle_in_transaction_session_timeout", "60s", "ends sessions that hold a transaction (and its locks) open while idle"],
  ["lock_timeout", "10s", "fails fast instead of queueing behind a long lock"],
  ["log_min_duration_statement", "500ms", "slow-query log: every statement slower than this, with its duration"],
  ["log_lock_waits", "on", "logs waits longer than deadlock_timeout (1s)"],
  ["log_temp_files", "10MB", "logs sorts and hashes that spill to disk"],
  ["max_connections", "100", "pgbouncer multiplexes clients, so the server keeps few backends"],
];

/** `postgres -c name=value …` as an exec-form command. */
export function postgresCommand(): string[] {
  return ["postgres", ...POSTGRES_SETTINGS.flatMap(([name, value]) => ["-c", `${name}=${value}`])];
}

/** Pool sizing shared by pgbouncer.ini and the docs, so the numbers agree. */
export const POOL = {
  mode: "transaction",
  maxClientConn: 500,
  defaultPoolSize: 20,
  reservePoolSize: 5,
  /** Per app process, below pgbouncer's pool: several processes share one pool. */
  appPoolSize: 5,
} as const;
