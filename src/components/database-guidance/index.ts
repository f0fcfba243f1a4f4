import type { BaselineOptions } from "../../options/index.js";
import type { FileModel } from "../../synth/file-model.js";
import { renderTemplate } from "../../synth/templates.js";
import type { Component } from "../component.js";
import { imageBuilds } from "../docker/image-builds.js";
import { POOL, POSTGRES_SETTINGS } from "./settings.js";

export { POSTGRES_SETTINGS, POOL, postgresCommand } from "./settings.js";

export const PGBOUNCER_INI_PATH = "deploy/pgbouncer/pgbouncer.ini";
const COMPONENT = "database-guidance";

const usesPostgres = (o: BaselineOptions): boolean => o.database === "postgres" || o.database === "postgis";

function databaseDoc(options: BaselineOptions): FileModel {
  return {
    kind: "text",
    path: "docs/database.md",
    component: COMPONENT,
    comment: "html",
    text: renderTemplate("docs/database.md.hbs", {
      postgres: usesPostgres(options),
      postgis: options.database === "postgis",
      sqlite: options.database === "sqlite",
      django: options.backend.kind === "django",
      fastapi: options.backend.kind === "fastapi",
      node: options.backend.kind === "express" || options.backend.kind === "nestjs",
      settings: POSTGRES_SETTINGS.map(([name, value, why]) => ({ name, value, why })),
      pool: POOL,
      pgbouncerIni: PGBOUNCER_INI_PATH,
      // Optional sections leave blank lines at the end; Markdown ends with one newline.
    }).replace(/\n+$/, "\n"),
  };
}

/** pgbouncer.ini for compose.prod.yml, and docs/database.md with the framework-side settings. The app's code is never edited. */
export const databaseGuidance: Component = {
  name: COMPONENT,
  description: "pgbouncer config, PostgreSQL timeouts and slow-query logging, and the matching framework settings as a doc page.",
  render: (options) => {
    if (options.database === "none") return [];
    const files: FileModel[] = [databaseDoc(options)];
    if (usesPostgres(options) && imageBuilds(options).length > 0) {
      files.push({
        kind: "text",
        path: PGBOUNCER_INI_PATH,
        component: COMPONENT,
        comment: "hash",
        text: renderTemplate("database/pgbouncer.ini.hbs", { pool: POOL }),
      });
    }
    return files;
  },
};
