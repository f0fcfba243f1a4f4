import type { RepoView } from "./types.js";
import { asObj, isObj, str } from "./walk.js";

/** One image reference in a Dockerfile, compose file or Kubernetes manifest. */
export interface ImageRef {
  readonly file: string;
  /** Looked up when a rule reports this reference: finding a YAML line parses the file again. */
  readonly line: () => number | undefined;
  readonly source: "dockerfile" | "compose" | "kubernetes";
  /** As written (after ARG defaults for FROM). */
  readonly image: string;
  /** Registry and repository, without tag or digest. */
  readonly name: string;
  readonly digest: string | undefined;
}

export function splitImage(image: string): { name: string; digest: string | undefined } {
  const [ref, digest] = image.split("@");
  // A colon after the last slash is a tag; before it, a registry port.
  const slash = ref!.lastIndexOf("/");
  const colon = ref!.lastIndexOf(":");
  return { name: colon > slash ? ref!.slice(0, colon) : ref!, digest: digest && /^sha256:[0-9a-f]{64}$/.test(digest) ? digest : undefined };
}

/** Every container of a Kubernetes document, with its key path (pods, workloads, cron jobs alike). */
export function kubernetesContainers(data: unknown, path: (string | number)[] = []): { container: Record<string, unknown>; path: (string | number)[] }[] {
  if (Array.isArray(data)) return data.flatMap((v, i) => kubernetesContainers(v, [...path, i]));
  if (!isObj(data)) return [];
  return Object.entries(data).flatMap(([k, v]) =>
    (k === "containers" || k === "initContainers") && Array.isArray(v)
      ? v.flatMap((c, i) => (isObj(c) ? [{ container: c as Record<string, unknown>, path: [...path, k, i] }] : []))
      : kubernetesContainers(v, [...path, k]),
  );
}

export function imageRefs(repo: RepoView): ImageRef[] {
  const refs: ImageRef[] = [];
  const add = (file: string, line: () => number | undefined, source: ImageRef["source"], image: string): void => {
    if (image.includes("$") || image.toLowerCase() === "scratch") return;
    refs.push({ file, line, source, image, ...splitImage(image) });
  };
  for (const file of repo.dockerfiles) {
    const stages = new Set<string>();
    file.stages.forEach((s, i) => {
      if (!stages.has(s.image.toLowerCase())) add(file.path, () => s.from.line, "dockerfile", s.image);
      stages.add(String(i));
      if (s.name) stages.add(s.name);
    });
  }
  for (const file of repo.composes) {
    for (const [name, service] of Object.entries(asObj(asObj(file.data).services))) {
      const image = str(asObj(service).image);
      if (image) add(file.path, () => file.lineOf(["services", name, "image"]), "compose", image);
    }
  }
  for (const file of repo.kubernetes) {
    for (const doc of file.docs) {
      for (const { container, path } of kubernetesContainers(doc.data)) {
        const image = str(container.image);
        if (image) add(file.path, () => doc.lineOf([...path, "image"]), "kubernetes", image);
      }
    }
  }
  return refs;
}
