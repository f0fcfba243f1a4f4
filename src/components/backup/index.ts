import { hasDatabase } from "../../clouds/index.js";
import type { BaselineOptions } from "../../options/index.js";
import type { FileModel } from "../../synth/file-model.js";
import type { Component } from "../component.js";
import { backupScripts } from "./backup-scripts.js";
import { backupWorkflow } from "./backup-workflow.js";

export { backupBucket } from "./backup-scripts.js";

function renderBackup(options: BaselineOptions): FileModel[] {
  const target = options.backup.target;
  if (target === "none" || !hasDatabase(options)) return [];
  return [
    ...backupScripts(options, target),
    {
      kind: "yaml",
      path: ".github/workflows/backup.yml",
      component: "backup",
      headerComment: "Scheduled pg_dump, then a restore of the newest dump into a scratch database and a sanity query.",
      data: JSON.parse(JSON.stringify(backupWorkflow(options, target))) as unknown,
    },
  ];
}

export const backup: Component = {
  name: "backup",
  description: "backup_db.sh / restore_db.sh (pg_dump custom format, retention) and backup.yml with a restore test.",
  render: renderBackup,
};
