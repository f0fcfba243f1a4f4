import { isObj, preview, seg, type Obj } from "./types.js";

/** `["KEY=value"]` and `{ KEY: value }` alike, as a map. */
function asMap(value: unknown): Obj | undefined {
  if (isObj(value)) return value;
  if (!Array.isArray(value)) return undefined;
  return Object.fromEntries(
    value.map((entry) => {
      const text = String(entry);
      const eq = text.indexOf("=");
      return eq < 0 ? [text, null] : [text.slice(0, eq), text.slice(eq + 1)];
    }),
  );
}

/** An old compose file with list-form environment and build args written as maps, as the baseline writes them. */
export function normaliseCompose(data: unknown): Obj {
  const compose = isObj(data) ? { ...data } : {};
  if (!isObj(compose.services)) return compose;
  compose.services = Object.fromEntries(
    Object.entries(compose.services).map(([name, service]) => {
      if (!isObj(service)) return [name, service];
      const s: Obj = { ...service };
      if (s.environment !== undefined) s.environment = asMap(s.environment) ?? s.environment;
      if (isObj(s.build) && s.build.args !== undefined) s.build = { ...s.build, args: asMap(s.build.args) ?? s.build.args };
      return [name, s];
    }),
  );
  return compose;
}

/**
 * Carries what the baseline's compose file lacks: whole services, top-level volumes, networks, secrets
 * and configs, and (in services both have) environment variables and build args.
 */
export function carryCompose(oldData: unknown, nextData: unknown): { set: Record<string, unknown>; carried: string[] } {
  const old = normaliseCompose(oldData);
  const next = normaliseCompose(nextData);
  const set: Record<string, unknown> = {};
  const carried: string[] = [];
  for (const top of ["volumes", "networks", "secrets", "configs"]) {
    if (!isObj(old[top]) || (next[top] !== undefined && !isObj(next[top]))) continue;
    for (const [key, value] of Object.entries(old[top] as Obj)) {
      if (isObj(next[top]) && key in (next[top] as Obj)) continue;
      set[`${top}.${seg(key)}`] = value ?? {};
      carried.push(`${top}.${key}: not in the baseline's file`);
    }
  }
  const nextServices = isObj(next.services) ? next.services : {};
  for (const [name, service] of Object.entries(isObj(old.services) ? old.services : {})) {
    const target = nextServices[name];
    if (!isObj(target)) {
      set[`services.${seg(name)}`] = service;
      carried.push(`services.${name}: a service the baseline does not have`);
      continue;
    }
    if (!isObj(service)) continue;
    const env = asMap(service.environment);
    if (env && (target.environment === undefined || isObj(target.environment))) {
      for (const [key, value] of Object.entries(env)) {
        if (isObj(target.environment) && key in target.environment) continue;
        set[`services.${seg(name)}.environment.${seg(key)}`] = value;
        carried.push(`services.${name}.environment.${key}: an environment variable (${preview(value)})`);
      }
    }
    const args = isObj(service.build) ? asMap(service.build.args) : undefined;
    if (args && isObj(target.build) && (target.build.args === undefined || isObj(target.build.args))) {
      for (const [key, value] of Object.entries(args)) {
        if (isObj(target.build.args) && key in target.build.args) continue;
        set[`services.${seg(name)}.build.args.${seg(key)}`] = value;
        carried.push(`services.${name}.build.args.${key}: a build arg (${preview(value)})`);
      }
    }
  }
  return { set, carried };
}
