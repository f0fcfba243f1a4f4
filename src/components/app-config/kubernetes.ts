import type { Environment } from "../../clouds/types.js";
import type { BaselineOptions } from "../../options/index.js";
import { plainValue, runtimeVariables, type AppVariable } from "./variables.js";

const runtimeOfBoth = (options: BaselineOptions): AppVariable[] => [...runtimeVariables(options, "backend"), ...runtimeVariables(options, "frontend")];

/** The apps' plain run-time variables for the base ConfigMap: the code's default, or empty until an overlay sets it. */
export function appConfigMapData(options: BaselineOptions): Record<string, string> {
  return Object.fromEntries(runtimeOfBoth(options).filter((v) => !v.secret && (v.required || v.default !== undefined)).map((v) => [v.name, v.default ?? ""]));
}

/** One overlay's values (the `environments` option), as a strategic-merge patch of the ConfigMap; undefined when it sets none. */
export function appConfigMapPatch(options: BaselineOptions, environment: Environment) {
  const plain = runtimeOfBoth(options).filter((v) => !v.secret && options.environments[environment][v.name] !== undefined);
  if (plain.length === 0) return undefined;
  return {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: `${options.name}-config` },
    data: Object.fromEntries(plain.map((v) => [v.name, plainValue(options, environment, v)])),
  };
}

/** Each secret the apps read, named in the ExternalSecret: one property of the store's `<name>/app` entry. */
export function appExternalSecretData(options: BaselineOptions): { secretKey: string; remoteRef: { key: string; property: string } }[] {
  const names = [...new Set(runtimeOfBoth(options).filter((v) => v.secret).map((v) => v.name))];
  return names.map((name) => ({ secretKey: name, remoteRef: { key: `${options.name}/app`, property: name } }));
}
