/** A tag of an action's repository and the commit it names (peeled: never the tag object). */
export interface TagRef {
  readonly name: string;
  readonly commit: string;
}

/** One entry of `src/data/action-pins.json`. */
export interface ActionPin {
  readonly version: string;
  readonly sha: string;
}

interface Release {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
}

const FULL_SHA = /^[0-9a-f]{40}$/;
// Only plain releases: `v1.2.3` or `1.2.3`; pre-releases (`v2.0.0-beta.1`) are never pinned.
const RELEASE_TAG = /^v?(\d+)\.(\d+)\.(\d+)$/;
// A floating major tag (`v2`), the only tag some actions publish (Azure/container-apps-deploy-action).
const MAJOR_TAG = /^v?(\d+)$/;

export function parseReleaseTag(name: string): Release | undefined {
  const m = RELEASE_TAG.exec(name);
  return m ? { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) } : undefined;
}

/** The major of a pinned version (`v4.2.0` → 4, `v2` → 2), undefined when it is not a version. */
export function majorOf(version: string): number | undefined {
  const m = RELEASE_TAG.exec(version) ?? MAJOR_TAG.exec(version);
  return m ? Number(m[1]) : undefined;
}

const compare = (a: Release, b: Release): number => a.major - b.major || a.minor - b.minor || a.patch - b.patch;

/**
 * The newest release tag within `major` (or within the newest major when `major` is undefined).
 * Falls back to the floating major tag only when that major has no full release tag at all.
 */
export function selectPin(tags: readonly TagRef[], major?: number): ActionPin | undefined {
  const releases = tags
    .map((tag) => ({ tag, release: parseReleaseTag(tag.name) }))
    .filter((t): t is { tag: TagRef; release: Release } => t.release !== undefined);
  const majors = [
    ...releases.map((r) => r.release.major),
    ...tags.map((t) => MAJOR_TAG.exec(t.name)).flatMap((m) => (m ? [Number(m[1])] : [])),
  ];
  const wanted = major ?? (majors.length > 0 ? Math.max(...majors) : undefined);
  if (wanted === undefined) return undefined;
  const newest = releases.filter((r) => r.release.major === wanted).sort((a, b) => compare(b.release, a.release))[0];
  const tag = newest?.tag ?? tags.find((t) => MAJOR_TAG.exec(t.name)?.[1] === String(wanted));
  if (!tag) return undefined;
  if (!FULL_SHA.test(tag.commit)) throw new Error(`tag ${tag.name} does not name a full commit SHA: ${tag.commit}`);
  return { version: tag.name.startsWith("v") ? tag.name : `v${tag.name}`, sha: tag.commit };
}

/**
 * Tags from `git ls-remote --tags` output. Annotated tags appear twice; the peeled `^{}` line
 * names the commit, so it wins over the tag object's own SHA.
 */
export function parseLsRemote(output: string): TagRef[] {
  const byName = new Map<string, string>();
  for (const line of output.split("\n")) {
    const m = /^([0-9a-f]{40})\trefs\/tags\/(.+?)(\^\{\})?$/.exec(line.trim());
    if (!m) continue;
    const [, sha, name, peeled] = m as unknown as [string, string, string, string | undefined];
    if (peeled || !byName.has(name)) byName.set(name, sha);
  }
  return [...byName].map(([name, commit]) => ({ name, commit }));
}
