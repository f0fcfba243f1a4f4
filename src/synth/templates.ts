import { loadTemplate } from "./load-template.js";

const compiled = new Map<string, (context: object) => string>();

/** Renders `templates/<name>` with the given context. Templates are compiled once per process. */
export function renderTemplate(name: string, context: object): string {
  let template = compiled.get(name);
  if (!template) {
    template = loadTemplate(name);
    compiled.set(name, template);
  }
  return template(context);
}
