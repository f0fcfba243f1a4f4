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

const choose = async <T extends string>(message: string, choices: readonly T[], current: unknown): Promise<T> =>
  select({
    message,
    choices: choices.map((value) => ({ value, name: value === current ? `${value} (detected)` : value })),
    default: (choices as readonly unknown[]).includes(current) ? (current as T) : choices[0],
  });

/** Asks for the main choices, each defaulted from detection and flags. */
export async function askForOptions(defaults: Config): Promise<Config> {
  const backendKind = await choose("Backend", BACKENDS, defaults.backend?.kind ?? "none");
  const backendDir =
    backendKind === "none" ? "." : await input({ message: "Backend directory", default: defaults.backend?.dir ?? "." });
  const frontendKind = await choose("Frontend", FRONTENDS, defaults.frontend?.kind ?? "none");
  const frontendDir =
    frontendKind === "none" ? "." : await input({ message: "Frontend directory", default: defaults.frontend?.dir ?? "." });
  const database = await choose("Database", DATABASES, defaults.database ?? "none");
  const cache = await choose("Cache", CACHES, defaults.cache ?? "none");
  const objectStorage = await choose("Object storage", OBJECT_STORAGES, defaults.objectStorage ?? "none");
  const cloud = await choose("Deploy target", CLOUDS, defaults.cloud ?? "compose");
  const backupTarget = await choose("Backup target", BACKUP_TARGETS, defaults.backup?.target ?? "none");
  const alerting = await choose("Alerting", ALERTING, defaults.alerting ?? "none");
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
