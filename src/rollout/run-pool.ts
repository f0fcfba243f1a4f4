/**
 * Runs `worker` over `items` with at most `concurrency` at a time, in order of start. Items are
 * pulled lazily from the iterable, so a 10,000-repository listing is never expanded into promises.
 */
export async function runPool<T>(items: Iterable<T>, concurrency: number, worker: (item: T) => Promise<void>): Promise<void> {
  const iterator = items[Symbol.iterator]();
  let failure: unknown;
  const lane = async (): Promise<void> => {
    for (;;) {
      if (failure !== undefined) return;
      const next = iterator.next();
      if (next.done) return;
      try {
        await worker(next.value);
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, lane));
  if (failure !== undefined) throw failure;
}
