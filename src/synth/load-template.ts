import { readFileSync } from "node:fs";
import { join } from "node:path";
import Handlebars from "handlebars";
import { packageRoot } from "../package-root.js";
import { registerTemplateHelpers, TEMPLATE_COMPILE_OPTIONS } from "./template-helpers.js";

/**
 * Compiles `templates/<name>` from the sources. The npm bundle replaces this module with one holding every
 * template precompiled at build time (scripts/build-dist.ts), so the CLI never loads Handlebars' compiler.
 */
const handlebars = Handlebars.create();
registerTemplateHelpers(handlebars);

export function loadTemplate(name: string): (context: object) => string {
  // From the package root, so tests and tsx runs find the same templates/ as the build.
  const source = readFileSync(join(packageRoot(), "templates", name), "utf8");
  return handlebars.compile(source, TEMPLATE_COMPILE_OPTIONS);
}
