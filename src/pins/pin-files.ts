import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { badInput } from "../errors.js";
import type { PinData } from "./pin-types.js";

/** The data files under `src/data/`, by the part of PinData each holds. */
const PIN_FILES = { actions: "action-pins.json", images: "base-images.json", tools: "tool-versions.json" } as const;

export function readPinFiles(dir: string): PinData {
  const read = (file: string): unknown => {
    const path = join(dir, file);
    if (!existsSync(path)) throw badInput(`${path} does not exist: --data-dir must be the src/data folder of a create-devops-baseline checkout`);
    return JSON.parse(readFileSync(path, "utf8"));
  };
  return { actions: read(PIN_FILES.actions), images: read(PIN_FILES.images), tools: read(PIN_FILES.tools) } as PinData;
}

/** Rewrites the files whose content changed (temp file + rename: a reader never sees half a file); returns their paths. */
export function writePinFiles(dir: string, data: PinData): string[] {
  const written: string[] = [];
  for (const key of Object.keys(PIN_FILES) as (keyof PinData)[]) {
    const path = join(dir, PIN_FILES[key]);
    const text = `${JSON.stringify(data[key], null, 2)}\n`;
    if (existsSync(path) && readFileSync(path, "utf8") === text) continue;
    writeFileSync(`${path}.tmp`, text);
    renameSync(`${path}.tmp`, path);
    written.push(path);
  }
  return written;
}
