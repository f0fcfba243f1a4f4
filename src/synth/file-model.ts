/** How a text file writes a comment line, so the ownership marker fits its syntax. */
export type CommentSyntax = "hash" | "html" | "slash" | "none";

interface FileModelBase {
  /** POSIX path relative to the repository root. */
  readonly path: string;
  /** Component that renders it (`ci`, `docker`, …), recorded in the manifest. */
  readonly component: string;
}

/** A YAML document built as data; rendered with the `yaml` document API. */
export interface YamlFileModel extends FileModelBase {
  readonly kind: "yaml";
  readonly data: unknown;
  /** A comment placed under the marker, e.g. what the file is for. */
  readonly headerComment?: string;
}

/** A JSON document built as data. JSON has no comments: ownership lives in the manifest only. */
export interface JsonFileModel extends FileModelBase {
  readonly kind: "json";
  readonly data: unknown;
}

/** A prose-like file (Markdown, Dockerfile, shell, nginx), usually from a Handlebars template. */
export interface TextFileModel extends FileModelBase {
  readonly kind: "text";
  readonly text: string;
  readonly comment: CommentSyntax;
  readonly executable?: boolean;
}

export type FileModel = YamlFileModel | JsonFileModel | TextFileModel;

/** A file model turned into bytes. */
export interface RenderedFile {
  readonly path: string;
  readonly component: string;
  readonly content: string;
  readonly executable: boolean;
}
