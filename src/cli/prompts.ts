import { input, select } from "@inquirer/prompts";
import {
  ALERTING,
  BACKENDS,
  BACKUP_TARGETS,
  CACHES,
  CLOUDS,
  DATABASES,
  FRONTENDS,
  OBJECT_STORAGES,
  type BaselineConfig,
} from "../options/index.js";

type Config = Record<string, unknown> & BaselineConfig;

/** Asks for the main choices, each defaulted from detection and flags; "(detected)" only where detection read it. */
export async function askForOptions(defaults: Config, detected: ReadonlySet<string>): Promise<Config> {
  const choose = async <T extends string>(message: string, choices: readonly T[], current: unknown, key: string): Promise<T> =>
    select({
      message,
      choices: choices.map((value) => ({ value, name: value === current ? `${value} (${detected.has(key) ? "detected" : "default"})` : value })),
      default: (choices as readonly unknown[]).includes(current) ? (current as T) : choices[0],
    });
  const backendKind = await choose("Backend", BACKENDS, defaults.backend?.kind ?? "none", "backend.kind");
  const backendDir =
    backendKind === "none" ? "." : await input({ message: "Backend directory", default: defaults.backend?.dir ?? "." });
  const frontendKind = await choose("Frontend", FRONTENDS, defaults.frontend?.kind ?? "none", "frontend.kind");
  const frontendDir =
    frontendKind === "none" ? "." : await input({ message: "Frontend directory", default: defaults.frontend?.dir ?? "." });
  const database = await choose("Database", DATABASES, defaults.database ?? "none", "database");
  const cache = await choose("Cache", CACHES, defaults.cache ?? "none", "cache");
  const objectStorage = await choose("Object storage", OBJECT_STORAGES, defaults.objectStorage ?? "none", "objectStorage");
  const cloud = await choose("Deploy target", CLOUDS, defaults.cloud ?? "compose", "cloud");
  const backupTarget = await choose("Backup target", BACKUP_TARGETS, defaults.backup?.target ?? "none", "backup.target");
  const alerting = await choose("Alerting", ALERTING, defaults.alerting ?? "none", "alerting");
  const notifications =
    alerting === "email"
      ? { ...defaults.notifications, email: await input({ message: "Send alerts to (email address)", default: defaults.notifications?.email, required: true }) }
      : defaults.notifications;
  return {
    ...defaults,
    backend: { ...defaults.backend, kind: backendKind, dir: backendDir },
    frontend: { ...defaults.frontend, kind: frontendKind, dir: frontendDir },
    database,
    cache,
    objectStorage,
    cloud,
    backup: { ...defaults.backup, target: backupTarget },
    alerting,
    ...(notifications ? { notifications } : {}),
  };
}
