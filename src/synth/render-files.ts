import { badInput } from "../errors.js";
import type { BaselineOptions } from "../options/index.js";
import type { FileModel, RenderedFile } from "./file-model.js";
import { markerLine, withMarker } from "./marker.js";
import { formatMarkdown } from "./format-markdown.js";
import { wrapMarkdown } from "./wrap-markdown.js";
import { renderJson } from "./render-json.js";
import { applyOverride } from "./overrides.js";
import { renderYaml } from "./render-yaml.js";

/** Turns file models into bytes: overrides applied, marker added, deterministic. */
export function renderFiles(models: readonly FileModel[], options: BaselineOptions): RenderedFile[] {
  const seen = new Set<string>();
  const rendered: RenderedFile[] = [];
  for (const model of models) {
    if (seen.has(model.path)) throw new Error(`Two components render ${model.path}`);
    if (isSecretsFile(model.path)) throw new Error(`${model.component} renders ${model.path}: secrets files are the user's; render a .env.example instead`);
    seen.add(model.path);
    if (options.eject.includes(model.path)) continue;
    rendered.push(renderFile(model, options.overrides[model.path]));
  }
  for (const path of Object.keys(options.overrides)) {
    if (!seen.has(path)) {
      throw badInput(`overrides: "${path}" is not a generated file. Generated: ${[...seen].sort().join(", ")}`);
    }
  }
  return rendered.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** `.env`, `.env.local`, `config/.env.production`: where real secrets live. `*.example` files are templates. */
export function isSecretsFile(path: string): boolean {
  const name = path.split("/").pop() ?? "";
  return /^\.env(\..+)?$/.test(name) && !name.endsWith(".example");
}

function renderFile(model: FileModel, override: BaselineOptions["overrides"][string] | undefined): RenderedFile {
  const base = { path: model.path, component: model.component };
  switch (model.kind) {
    case "yaml": {
      const data = override ? applyOverride(model.data, override, model.path) : model.data;
      const header = [markerLine("hash")!.slice(2), ...(model.headerComment ? model.headerComment.split("\n") : [])];
      return { ...base, content: renderYaml(data, header), executable: false };
    }
    case "json": {
      const data = override ? applyOverride(model.data, override, model.path) : model.data;
      return { ...base, content: renderJson(data), executable: false };
    }
    case "text": {
      if (override) throw badInput(`overrides: ${model.path} is a text file; only YAML and JSON files take overrides. Use eject instead.`);
      // Generated Markdown is wrapped to markdownlint's line length (80): it is read in terminals and diffs.
      const body = model.path.endsWith(".md") ? formatMarkdown(wrapMarkdown(model.text)) : model.text;
      const text = body.endsWith("\n") ? body : `${body}\n`;
      return { ...base, content: withMarker(text, model.comment), executable: model.executable ?? false };
    }
  }
}
