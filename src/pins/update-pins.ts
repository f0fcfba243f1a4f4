import type { ActionPin } from "../workflows/select-pin.js";
import { majorOf } from "../workflows/select-pin.js";
import type { ActionPinEntry, ImagePinEntry, Pin, PinData, ToolPinEntry } from "./pin-types.js";
import type { Resolved } from "./tool-registries.js";

/** How each kind of pin is looked up; the CLI wires the real registries, tests their local fakes. */
export interface Resolvers {
  /** Newest release tag of an action's repository within `major` (undefined: any), and its commit. */
  actionTag(repository: string, major: number | undefined): Promise<Resolved<ActionPin>>;
  imageDigest(image: string, tag: string): Promise<Resolved<string>>;
  toolVersion(tool: ToolPinEntry): Promise<Resolved<string>>;
}

export interface PinChange {
  readonly kind: Pin["kind"];
  readonly name: string;
  readonly from: string;
  readonly to: string;
}

export interface PinFailure {
  readonly kind: Pin["kind"];
  readonly name: string;
  readonly error: string;
}

export interface UpdateResult {
  readonly data: PinData;
  readonly changes: readonly PinChange[];
  /** Pins that could not be looked up: kept as they were. */
  readonly failures: readonly PinFailure[];
}

export interface UpdateSettings {
  readonly kinds: ReadonlySet<Pin["kind"]>;
  /** `YYYY-MM-DD`, written as `checkedAt` of every pin whose value changed. */
  readonly today: string;
  /** Lookups in flight at once. */
  readonly concurrency?: number;
}

/** Runs `task` over `items` with at most `limit` in flight; results in input order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

type Outcome<E> = { readonly entry: E; readonly change?: PinChange; readonly failure?: PinFailure };

/**
 * Looks every pin of the chosen kinds up again and returns the new data. A pin whose value is
 * unchanged is returned as it was (its source and checkedAt too), so a refresh that finds nothing new
 * changes no byte; a pin that could not be looked up is kept and reported.
 */
export async function updatePins(data: PinData, resolvers: Resolvers, settings: UpdateSettings): Promise<UpdateResult> {
  const limit = settings.concurrency ?? 8;
  const stamp = { checkedAt: settings.today };
  const attempt = async <E>(kind: Pin["kind"], name: string, entry: E, look: () => Promise<Outcome<E>>): Promise<Outcome<E>> => {
    if (!settings.kinds.has(kind)) return { entry };
    try {
      return await look();
    } catch (error) {
      return { entry, failure: { kind, name, error: error instanceof Error ? error.message : String(error) } };
    }
  };

  const actions = await mapLimit(Object.entries(data.actions), limit, ([name, pin]) =>
    attempt<ActionPinEntry>("action", name, pin, async () => {
      const found = await resolvers.actionTag(name, majorOf(pin.version));
      if (found.value.sha === pin.sha && found.value.version === pin.version) return { entry: pin };
      return {
        entry: { ...found.value, source: found.source, ...stamp },
        change: { kind: "action", name, from: `${pin.version} ${pin.sha}`, to: `${found.value.version} ${found.value.sha}` },
      };
    }),
  );
  const images = await mapLimit(Object.entries(data.images.images), limit, ([key, pin]) =>
    attempt<ImagePinEntry>("image", key, pin, async () => {
      const found = await resolvers.imageDigest(pin.image, pin.tag);
      if (found.value === pin.digest) return { entry: pin };
      return { entry: { ...pin, digest: found.value, source: found.source, ...stamp }, change: { kind: "image", name: key, from: pin.digest, to: found.value } };
    }),
  );
  const tools = await mapLimit(Object.entries(data.tools.tools), limit, ([name, pin]) =>
    attempt<ToolPinEntry>("tool", name, pin, async () => {
      const found = await resolvers.toolVersion(pin);
      if (found.value === pin.version) return { entry: pin };
      return { entry: { ...pin, version: found.value, source: found.source, ...stamp }, change: { kind: "tool", name, from: pin.version, to: found.value } };
    }),
  );

  const keys = <E>(entries: readonly [string, unknown][], outcomes: readonly Outcome<E>[]) =>
    Object.fromEntries(entries.map(([key], i) => [key, outcomes[i]!.entry]));
  const all = [...actions, ...images, ...tools] as Outcome<unknown>[];
  return {
    data: {
      actions: keys(Object.entries(data.actions), actions),
      images: { ...data.images, images: keys(Object.entries(data.images.images), images) },
      tools: { ...data.tools, tools: keys(Object.entries(data.tools.tools), tools) },
    },
    changes: all.flatMap((o) => (o.change ? [o.change] : [])),
    failures: all.flatMap((o) => (o.failure ? [o.failure] : [])),
  };
}
