import type { GitHub } from "../github/client.js";
import { BaselineError } from "../errors.js";
import { selectPin, type ActionPin, type TagRef } from "../workflows/select-pin.js";
import type { Resolved } from "./tool-registries.js";

/**
 * The newest release tag of `owner/repo` (within `major` when given) and the commit it names, through
 * the REST API: one `git/matching-refs/tags` read lists every tag with its object; an annotated tag
 * costs one `git/tags` read per level to peel it to its commit.
 */
export async function releaseTagCommit(github: GitHub, repository: string, major: number | undefined): Promise<Resolved<ActionPin>> {
  const [owner = "", repo = ""] = repository.split("/");
  const { data: refs } = await github.rest.git.listMatchingRefs({ owner, repo, ref: "tags" });
  const objects = new Map(refs.map((r) => [r.ref.slice("refs/tags/".length), r.object]));
  const tags: TagRef[] = [...objects].map(([name, object]) => ({ name, commit: object.sha }));
  const pin = selectPin(tags, major);
  if (!pin) throw new BaselineError("IO", `${repository} has no release tag${major === undefined ? "" : ` in major v${major}`}`);
  const tagName = tags.find((t) => t.commit === pin.sha && (t.name === pin.version || `v${t.name}` === pin.version))?.name ?? pin.version;
  let object = objects.get(tagName)!;
  for (let depth = 0; object.type === "tag"; depth++) {
    if (depth === 5) throw new BaselineError("IO", `${repository} tag ${tagName} does not peel to a commit`);
    ({ data: { object } } = await github.rest.git.getTag({ owner, repo, tag_sha: object.sha }));
  }
  if (object.type !== "commit") throw new BaselineError("IO", `${repository} tag ${tagName} names a ${object.type}, not a commit`);
  return {
    value: { version: pin.version, sha: object.sha },
    source: `GitHub API: git/matching-refs/tags of ${repository}, tag ${tagName} peeled to its commit`,
  };
}
