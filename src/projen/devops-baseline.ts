import { Component, TextFile, type Project } from "projen";
import { renderModels } from "../components/index.js";
import { parseOptions, type BaselineConfig, type BaselineOptions } from "../options/index.js";
import type { RenderedFile } from "../synth/file-model.js";
import { renderFiles } from "../synth/render-files.js";

/** How the files sit in the projen project; the baseline itself is configured by `BaselineConfig`. */
export interface DevopsBaselineProjenOptions {
  /**
   * Add each file to projen's `.gitignore` as committed (`!/path`), as projen does for its own files.
   * Turn off when the repository keeps a hand-written `.gitignore`.
   * @default true
   */
  readonly editGitignore?: boolean;
}

/**
 * The owned DevOps baseline as a projen component: one projen `TextFile` per rendered file, so the
 * bytes are exactly what `create-devops-baseline synth` writes (markers included). The files are
 * read-only, like every projen-generated file, which is also what puts them in `.projen/files.json`.
 */
export class DevopsBaseline extends Component {
  /** The validated options, defaults applied. */
  readonly options: BaselineOptions;
  /** The rendered files, in path order. */
  readonly rendered: readonly RenderedFile[];
  readonly files: readonly TextFile[];

  constructor(project: Project, config: BaselineConfig = {}, projenOptions: DevopsBaselineProjenOptions = {}) {
    super(project, "DevopsBaseline");
    this.options = parseOptions(config, "DevopsBaseline options");
    this.rendered = renderFiles(renderModels(this.options), this.options);
    this.files = this.rendered.map(
      (file) =>
        new TextFile(project, file.path, {
          // TextFile joins its lines with "\n": splitting on "\n" gives back the exact bytes.
          lines: file.content.split("\n"),
          readonly: true,
          executable: file.executable,
          marker: false,
          editGitignore: projenOptions.editGitignore ?? true,
        }),
    );
  }
}
