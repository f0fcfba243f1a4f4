import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupScripts, type BackupTarget } from "../../../src/components/backup/backup-scripts.js";
import { parseOptions } from "../../../src/options/index.js";
import { BIN, PG_AVAILABLE, startPostgres, type PgServer } from "./pg-server.js";

const FIXTURES = new URL("./fixtures/", import.meta.url).pathname;
const SECRET_KEY = "aws-secret-sentinel-91c2";

let pg: PgServer;
let work: string;

/** Writes the generated scripts for `target` and a PATH of argv-recording shims. */
function setup(target: BackupTarget) {
  const dir = mkdtempSync(join(work, `${target}-`));
  const options = parseOptions({ name: "shop", database: "postgres", backend: { kind: "django" }, backup: { target, bucket: "shop-dumps", prefix: "pg/daily" } });
  for (const file of backupScripts(options, target)) {
    if (file.kind !== "text") throw new Error("scripts are text");
    writeFileSync(join(dir, file.path.split("/").pop()!), file.text, { mode: 0o755 });
  }
  const bin = join(dir, "bin");
  mkdirSync(bin);
  for (const tool of ["aws", "gcloud", "az"]) symlinkSync(join(FIXTURES, "store-shim.sh"), join(bin, tool));
  for (const tool of ["pg_dump", "pg_restore"]) symlinkSync(join(FIXTURES, "record-then-exec.sh"), join(bin, tool));
  const log = join(dir, "argv.log");
  writeFileSync(log, "");
  const base = pg.env("shop");
  const env: NodeJS.ProcessEnv = {
    ...base,
    PATH: `${bin}:${base.PATH}`,
    REAL_PG_BIN: BIN,
    SHIM_LOG: log,
    SHIM_STORE: join(dir, "store"),
    BACKUP_DIR: join(dir, "local-backups"),
    AZURE_STORAGE_ACCOUNT: "shopbackups",
    S3_ENDPOINT_URL: "https://minio.internal:9000",
    AWS_ACCESS_KEY_ID: "backup-writer",
    AWS_SECRET_ACCESS_KEY: SECRET_KEY,
  };
  const run = (script: string, extra: NodeJS.ProcessEnv = {}, args: string[] = []) => {
    const r = spawnSync("bash", [join(dir, script), ...args], { env: { ...env, ...extra }, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`${script} exited ${r.status}: ${r.stderr}`);
    return r.stdout;
  };
  return { dir, env, log, run };
}

const snapshotOf = (db: string): string =>
  pg.psql(db, "select string_agg(id || ':' || name || ':' || price, ',' order by id) from items") +
  "|" +
  pg.psql(db, "select count(*) from django_migrations");

describe.skipIf(!PG_AVAILABLE)("backup_db.sh / restore_db.sh against a real PostgreSQL", () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "backup-test-"));
    pg = await startPostgres();
    pg.psql("postgres", "create database shop");
    pg.psql(
      "shop",
      "create table items (id int primary key, name text not null, price numeric(10,2));" +
        "insert into items select g, 'item ' || g, g * 1.25 from generate_series(1, 500) g;" +
        "create table django_migrations (id serial primary key, app text, name text);" +
        "insert into django_migrations (app, name) values ('shop', '0001_initial'), ('shop', '0002_price');",
    );
  }, 30_000);

  afterAll(() => {
    pg?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  const targets: BackupTarget[] = ["local", "s3", "minio", "gcs", "azure-blob"];
  it.each(targets)("%s: backs up, restores into another database, and the data match", (target) => {
    const { run, log } = setup(target);
    run("backup_db.sh");
    const restoreDb = `restore_${target.replace("-", "_")}`;
    pg.psql("postgres", `create database ${restoreDb}`);
    run("restore_db.sh", { RESTORE_DATABASE: restoreDb });
    expect(snapshotOf(restoreDb)).toBe(snapshotOf("shop"));

    const argv = readFileSync(log, "utf8");
    // No secret ever reaches a command line: libpq reads PGPASSFILE, the AWS CLI its env.
    expect(argv).not.toContain(pg.password);
    expect(argv).not.toContain(SECRET_KEY);
    expect(argv).toMatch(/^pg_dump --format custom --compress 6 /m);
    expect(argv).toMatch(/^pg_restore --dbname restore_\S+ --clean --if-exists --no-owner --exit-on-error /m);
    const upload = {
      local: undefined,
      s3: /^aws s3 cp \S+\/shop-\d{8}T\d{6}Z\.dump s3:\/\/shop-dumps\/pg\/daily\/shop-\d{8}T\d{6}Z\.dump --only-show-errors --sse AES256$/m,
      minio: /^aws --endpoint-url https:\/\/minio\.internal:9000 s3 cp \S+ s3:\/\/shop-dumps\/pg\/daily\/shop-\d{8}T\d{6}Z\.dump/m,
      gcs: /^gcloud storage cp \S+ gs:\/\/shop-dumps\/pg\/daily\/shop-\d{8}T\d{6}Z\.dump --quiet$/m,
      "azure-blob": /^az storage blob upload --auth-mode login --account-name shopbackups --container-name shop-dumps --name pg\/daily\/shop-\d{8}T\d{6}Z\.dump /m,
    }[target];
    if (upload) expect(argv).toMatch(upload);
  });

  it("prunes to the newest dump per day, ISO week and month, up to the configured counts", () => {
    const { run, env } = setup("local");
    const dir = env.BACKUP_DIR!;
    mkdirSync(dir, { recursive: true });
    const old = ["20200115T031700Z", "20200114T031700Z", "20200108T031700Z", "20200101T031700Z", "20191215T031700Z", "20191201T031700Z"];
    for (const stamp of old) writeFileSync(join(dir, `shop-${stamp}.dump`), "old");
    writeFileSync(join(dir, "other-20200101T000000Z.dump"), "another database's dump stays");
    run("backup_db.sh", { KEEP_DAILY: "2", KEEP_WEEKLY: "3", KEEP_MONTHLY: "3" });
    const left = readdirSync(dir).sort();
    // Newest first: today (day 1, week 1, month 1), 0115 (day 2, week 2020-W03, month 2020-01),
    // 0114 (nothing new), 0108 (week 3: 2020-W02), 0101 (weeks full), 1215 (month 3), 1201 (months full).
    const today = left.filter((f) => f.startsWith("shop-") && !old.some((s) => f.includes(s)));
    expect(today).toHaveLength(1);
    expect(left.filter((f) => old.some((s) => f.includes(s)))).toEqual(["shop-20191215T031700Z.dump", "shop-20200108T031700Z.dump", "shop-20200115T031700Z.dump"]);
    expect(left).toContain("other-20200101T000000Z.dump");
  });

  it("refuses to restore over the source database without ALLOW_OVERWRITE=yes", () => {
    const { run } = setup("local");
    run("backup_db.sh");
    expect(() => run("restore_db.sh", { RESTORE_DATABASE: "shop" })).toThrow(/exited 2: refusing to restore over shop/);
  });

  it("fails (and says why) when pg_dump cannot connect", () => {
    const { run } = setup("local");
    expect(() => run("backup_db.sh", { PGPORT: "1" })).toThrow(/exited 1?\d*:.*(could not connect|connection to server|No such file)/s);
  });
});
