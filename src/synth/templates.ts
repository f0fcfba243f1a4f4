import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import Handlebars from "handlebars";
import { packageRoot } from "../package-root.js";

// From the package root, so the bundled dist/ and dist/action/ find the same templates/ as the sources.
const TEMPLATES_DIR = pathToFileURL(join(packageRoot(), "templates") + "/");
const compiled = new Map<string, HandlebarsTemplateDelegate>();

// Templates produce shell, Dockerfiles and nginx config, not HTML: nothing is escaped.
const handlebars = Handlebars.create();
handlebars.registerHelper("eq", (a: unknown, b: unknown) => a === b);
handlebars.registerHelper("includes", (list: unknown, item: unknown) => Array.isArray(list) && list.includes(item));
handlebars.registerHelper("join", (list: unknown, sep: unknown) =>
  Array.isArray(list) ? list.join(typeof sep === "string" ? sep : ", ") : "",
);

/** Renders `templates/<name>` with the given context. Templates are compiled once per process. */
export function renderTemplate(name: string, context: object): string {
  let template = compiled.get(name);
  if (!template) {
    const source = readFileSync(new URL(name, TEMPLATES_DIR), "utf8");
    template = handlebars.compile(source, { noEscape: true, strict: true });
    compiled.set(name, template);
  }
  return template(context);
}
