/** The helpers every template may use; registered on the compiler (sources) and the runtime (bundle) alike. */
export interface HelperRegistry {
  registerHelper(name: string, fn: (...args: any[]) => unknown): void; // eslint-disable-line @typescript-eslint/no-explicit-any -- Handlebars types helpers loosely
}

export function registerTemplateHelpers(env: HelperRegistry): void {
  env.registerHelper("eq", (a: unknown, b: unknown) => a === b);
  env.registerHelper("includes", (list: unknown, item: unknown) => Array.isArray(list) && list.includes(item));
  env.registerHelper("join", (list: unknown, sep: unknown) => (Array.isArray(list) ? list.join(typeof sep === "string" ? sep : ", ") : ""));
}

/** Templates produce shell, Dockerfiles and nginx config, not HTML: nothing is escaped. */
export const TEMPLATE_COMPILE_OPTIONS = { noEscape: true, strict: true } as const;
