import type { BaselineOptions } from "../../options/index.js";
import type { FileModel } from "../../synth/file-model.js";
import { renderTemplate } from "../../synth/templates.js";

const TARGET_TITLES = {
  s3: "Amazon S3",
  minio: "MinIO (S3 API)",
  gcs: "Google Cloud Storage",
  "azure-blob": "Azure Blob Storage",
  local: "a local directory",
} as const;

export type BackupTarget = keyof typeof TARGET_TITLES;

export const backupBucket = (options: BaselineOptions): string => options.backup.bucket ?? `${options.name}-backups`;

function context(options: BaselineOptions, target: BackupTarget) {
  return {
    name: options.name,
    targetTitle: TARGET_TITLES[target],
    retention: options.backup.retention,
    bucket: backupBucket(options),
    prefix: options.backup.prefix,
    localPath: options.backup.localPath,
    local: target === "local",
    s3: target === "s3",
    minio: target === "minio",
    gcs: target === "gcs",
    azure: target === "azure-blob",
  };
}

/** `scripts/backup_db.sh` and `scripts/restore_db.sh` for the chosen target. */
export function backupScripts(options: BaselineOptions, target: BackupTarget): FileModel[] {
  const ctx = context(options, target);
  return ["backup_db.sh", "restore_db.sh"].map((file) => ({
    kind: "text",
    path: `scripts/${file}`,
    component: "backup",
    comment: "hash",
    executable: true,
    // Handlebars leaves blank lines where `{{#if}}` blocks were; squeeze them so the script reads cleanly.
    text: renderTemplate(`scripts/${file}.hbs`, ctx).replace(/\n{3,}/g, "\n\n"),
  }));
}
