import type { BaselineOptions } from "../../options/index.js";
import type { FileModel } from "../../synth/file-model.js";
import type { Component } from "../component.js";
import { configurationDoc } from "./configuration-doc.js";

/** The apps' own variables: docs/configuration.md here; each target's wiring lives beside that target's files. */
export const appConfigComponent: Component = {
  name: "configuration",
  description: "docs/configuration.md: every variable the apps read × environment, where each value lives, secret rotation, the deploy's startup guard, JSON logs.",
  render: (options: BaselineOptions): FileModel[] => {
    const doc = configurationDoc(options);
    return doc ? [doc] : [];
  },
};
