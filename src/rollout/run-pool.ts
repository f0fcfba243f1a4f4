/**
 * Runs `worker` over `items` with at most `concurrency` at a time, in order of start. Items are
 * pulled lazily, also from an async iterable (a paged listing), so a 10,000-repository listing is
 * never expanded into promises nor held whole: the pool is the bounded queue.
 */
export async function runPool<T>(items: Iterable<T> | AsyncIterable<T>, concurrency: number, worker: (item: T) => Promise<void>): Promise<void> {
  const iterator = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
  let failure: unknown;
  const lane = async (): Promise<void> => {
    for (;;) {
      if (failure !== undefined) return;
      // An async generator queues concurrent next() calls, so lanes never get the same item.
      const next = await iterator.next();
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
