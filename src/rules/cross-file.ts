import { posix } from "node:path";
import { imageRefs } from "./image-refs.js";
import type { Hit, Rule } from "./types.js";
import { hasUpdateTool, isCovered, type UpdateNeed } from "./update-coverage.js";
import { allSteps, str } from "./walk.js";

const type = "cross-file";
const SHA_PIN = /@[0-9a-f]{40}$/;

export const crossFileRules: readonly Rule[] = [
  {
    id: "XF001",
    type,
    title: "Pins outside manifest folders are kept current too (composite actions, Kubernetes)",
    severity: "medium",
    rationale: "A pin nobody updates freezes the vulnerabilities it had on the day it was written. Dependabot's github-actions entry at / reads .github/workflows only, not composite actions elsewhere; Renovate's kubernetes manager matches no file until configured. The single-file linters cannot see either gap.",
    fix: "Add the folder to Dependabot (github-actions for a composite action's folder, docker for Kubernetes manifests), or configure Renovate's kubernetes manager with `managerFilePatterns`.",
    check: (repo) => {
      if (!hasUpdateTool(repo)) return []; // DU001 already says there is none
      const file = repo.dependabot?.path ?? repo.renovate!.path;
      const hits: Hit[] = [];
      const seen = new Set<string>();
      // The line is looked up only for a hit: finding it parses the file again (parse-files.ts).
      const need = (n: UpdateNeed, where: string, line: () => number | undefined): void => {
        const key = `${n.ecosystem}:${n.dir}:${n.kubernetes ?? false}`;
        if (seen.has(key)) return;
        seen.add(key);
        if (!isCovered(repo, n)) hits.push({ file: where, line: line(), message: `pinned here, but ${file} does not update ${n.ecosystem}${n.kubernetes ? " (Kubernetes manifests)" : ""} in /${n.dir === "." ? "" : n.dir}` });
      };
      // Workflows, Dockerfiles and compose files are DU002's (their folders need the ecosystem, pinned or
      // not); here are the pins outside those: composite actions in their own folders, Kubernetes manifests.
      for (const at of allSteps([], repo.actions)) {
        const uses = str(at.step.uses) ?? "";
        if (!SHA_PIN.test(uses)) continue;
        need({ ecosystem: "github-actions", dir: posix.dirname(at.file.path), because: at.file.path }, at.file.path, () => at.file.lineOf(at.path));
      }
      for (const ref of imageRefs(repo)) {
        if (ref.digest && ref.source === "kubernetes") need({ ecosystem: "docker", dir: posix.dirname(ref.file), because: ref.file, kubernetes: true }, ref.file, ref.line);
      }
      return hits;
    },
  },
  {
    id: "XF002",
    type,
    title: "One image, one digest across Dockerfile, compose and Kubernetes",
    severity: "medium",
    rationale: "When the same base or service image is pinned to different digests, dev, CI and production run different software while every file looks pinned.",
    fix: "Use the same `name:tag@sha256:…` everywhere (let one update tool bump them together, e.g. a Dependabot group).",
    check: (repo) => {
      const first = new Map<string, { digest: string; file: string }>();
      const hits: Hit[] = [];
      for (const ref of imageRefs(repo)) {
        if (!ref.digest) continue;
        // The same name and tag; different tags of one image rightly differ.
        const key = ref.image.split("@")[0]!;
        const seen = first.get(key);
        if (!seen) first.set(key, { digest: ref.digest, file: ref.file });
        else if (seen.digest !== ref.digest) {
          hits.push({ file: ref.file, line: ref.line(), message: `${ref.image.split("@")[0]} is pinned to ${ref.digest.slice(0, 19)}… here, but to ${seen.digest.slice(0, 19)}… in ${seen.file}` });
        }
      }
      return hits;
    },
  },
];
