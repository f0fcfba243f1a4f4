import type { Pin, PinData } from "./pin-types.js";

/** Every pin of the three data files, actions then images then tools, each by name. */
export function listPins(data: PinData): Pin[] {
  const byName = (a: Pin, b: Pin) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version);
  const actions = Object.entries(data.actions).map(([name, p]): Pin => ({ kind: "action", name, version: p.version, sha: p.sha, source: p.source, checkedAt: p.checkedAt }));
  const images = Object.values(data.images.images).map((p): Pin => ({ kind: "image", name: p.image, version: p.tag, digest: p.digest, source: p.source, checkedAt: p.checkedAt }));
  const tools = Object.entries(data.tools.tools).map(([name, p]): Pin => ({ kind: "tool", name, version: p.version, source: p.source, checkedAt: p.checkedAt }));
  return [...actions.sort(byName), ...images.sort(byName), ...tools.sort(byName)];
}
