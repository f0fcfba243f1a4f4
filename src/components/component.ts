import type { BaselineOptions } from "../options/index.js";
import type { FileModel } from "../synth/file-model.js";

/** One artifact family of the baseline. Pure: options in, file models out. */
export interface Component {
  /** Name used in the manifest and in the `exclude` option. */
  readonly name: string;
  readonly description: string;
  render(options: BaselineOptions): readonly FileModel[];
}
