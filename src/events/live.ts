import { type StoredEvent, compareSeq, eventTypeOf } from './event.ts';
import { type EventFilter, type EventStore, matchesFilter } from './store.ts';

const REPLAY_PAGE = 500;

/**
 * The stored events after `afterSeq` that match the filter, then the live ones, in store order,
 * with no gap and no duplicate at the seam: the live listener is attached before the replay is
 * read, and a live event is passed on only when it lies after the last one already passed on.
 * With no `afterSeq` only live events follow.
 */
export async function* replayThenLive(
  store: EventStore,
  filter: EventFilter,
  afterSeq: string | undefined,
  signal?: AbortSignal,
): AsyncGenerator<StoredEvent> {
  const queue: StoredEvent[] = [];
  let wake: (() => void) | undefined;
  const unsubscribe = store.subscribe((event) => {
    queue.push(event);
    wake?.();
  });
  const onAbort = () => wake?.();
  signal?.addEventListener('abort', onAbort);
  try {
    let cursor: string | undefined = afterSeq;
    if (afterSeq !== undefined) {
      for (;;) {
        const page = await store.readForward({ ...filter, afterSeq: cursor, limit: REPLAY_PAGE });
        for (const event of page) {
          cursor = event.seq;
          yield event;
        }
        if (page.length < REPLAY_PAGE) break;
      }
    }
    while (!signal?.aborted) {
      const event = queue.shift();
      if (event === undefined) {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        continue;
      }
      if (cursor !== undefined && compareSeq(event.seq, cursor) <= 0) continue;
      cursor = event.seq;
      if (matchesFilter(event, filter, eventTypeOf)) yield event;
    }
  } finally {
    unsubscribe();
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * An iterator over `produce(signal)` whose `return()` (a client leaving) aborts the signal first,
 * so a generator waiting for the next live event ends at once instead of at the next event.
 */
export function stoppable<T>(produce: (signal: AbortSignal) => AsyncGenerator<T>): AsyncIterableIterator<T> {
  const controller = new AbortController();
  const generator = produce(controller.signal);
  return {
    next: () => generator.next(),
    return: (value?: unknown) => {
      controller.abort();
      return generator.return(value as T);
    },
    throw: (error?: unknown) => {
      controller.abort();
      return generator.throw(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
