import * as prettier from "prettier";
import type { Finding } from "./finding.js";

/** Generated files must already be in prettier's default form (DESIGN.md: prettier is never loaded at run time). */
export async function prettierFindings(text: string, file: string, parser: "yaml" | "json" | "markdown" | "babel"): Promise<Finding[]> {
  return (await prettier.check(text, { parser })) ? [] : [{ tool: "prettier", file, message: `not in prettier's default form (parser ${parser})` }];
}
