import { describe, expect, it } from 'vitest';
import { UpstreamCallLimitError, UpstreamHttpError } from '../src/upstream/errors.ts';
import { SharedResponseCache } from '../src/upstream/shared-cache.ts';
import { SharedReads } from '../src/upstream/shared-reads.ts';

/**
 * The order of events between requests that share a read, which a test over HTTP cannot place
 * exactly (a write landing while a read is in flight). The end-to-end behaviour over the simulator
 * is in shared-cache.test.ts.
 */

/** A call of one request: settles when the test says, and records that it was sent. */
function deferredCall(sent: string[], name: string) {
  let settle!: { resolve: (answer: object) => void; reject: (error: Error) => void };
  const answer = new Promise<object>((resolve, reject) => (settle = { resolve, reject }));
  return {
    send: () => {
      sent.push(name);
      return answer;
    },
    ...settle,
  };
}

const setUp = () => {
  const answers = new SharedResponseCache({ maxBytes: 1e6, ttlMs: 60_000 });
  return { answers, reads: new SharedReads(answers), sent: [] as string[] };
};

describe('SharedReads', () => {
  it('joins a read in flight: one call, the same answer, and only the sender counts the call', async () => {
    const { answers, reads, sent } = setUp();
    const first = deferredCall(sent, 'first');
    const second = deferredCall(sent, 'second');
    const reading = [reads.read('1013:trip', first.send), reads.read('1013:trip', second.send)];
    first.resolve({ coords: [[113.2, 23.1]] });
    expect(await Promise.all(reading)).toEqual([
      { answer: { coords: [[113.2, 23.1]] }, shared: false },
      { answer: { coords: [[113.2, 23.1]] }, shared: true },
    ]);
    expect(sent).toEqual(['first']);
    expect(answers.get('1013:trip')).toEqual({ coords: [[113.2, 23.1]] });
  });

  it('shares a failure with the requests that joined, and keeps nothing', async () => {
    const { answers, reads, sent } = setUp();
    const first = deferredCall(sent, 'first');
    const reading = [reads.read('1016:trip', first.send), reads.read('1016:trip', deferredCall(sent, 'second').send)];
    first.reject(new UpstreamHttpError(1016, 503));
    for (const outcome of await Promise.allSettled(reading)) expect(outcome).toMatchObject({ status: 'rejected', reason: { kind: 'http', status: 503 } });
    expect(sent).toEqual(['first']);
    expect(answers.get('1016:trip')).toBeUndefined();
  });

  it("sends for itself when the sender's request ran out of calls (that limit is not the joiner's)", async () => {
    const { reads, sent } = setUp();
    const first = deferredCall(sent, 'first');
    const second = deferredCall(sent, 'second');
    const refused = reads.read('1013:trip', first.send);
    const joining = reads.read('1013:trip', second.send);
    first.reject(new UpstreamCallLimitError(1013, 40));
    await expect(refused).rejects.toBeInstanceOf(UpstreamCallLimitError);
    second.resolve({ coords: [] });
    expect(await joining).toEqual({ answer: { coords: [] }, shared: false });
    expect(sent).toEqual(['first', 'second']);
  });

  it('does not join or keep a read that a write invalidated while it was in flight', async () => {
    const { answers, reads, sent } = setUp();
    const before = deferredCall(sent, 'before the write');
    const after = deferredCall(sent, 'after the write');
    const stale = reads.read('1013:trip', before.send);
    await new Promise(setImmediate); // the read has looked in the kept answers and sent its call
    expect(sent).toEqual(['before the write']);
    await reads.invalidate('1013:trip');
    const fresh = reads.read('1013:trip', after.send);
    await new Promise(setImmediate);
    after.resolve({ coords: [] });
    before.resolve({ coords: [[113.2, 23.1]] });
    expect(await fresh).toEqual({ answer: { coords: [] }, shared: false });
    expect(await stale).toEqual({ answer: { coords: [[113.2, 23.1]] }, shared: false });
    expect(sent).toEqual(['before the write', 'after the write']);
    // The answer sent after the write is the one kept, whichever settled last.
    expect(answers.get('1013:trip')).toEqual({ coords: [] });
  });

  it('serves a kept answer without a call', async () => {
    const { answers, reads, sent } = setUp();
    answers.set('1016:trip', { verdict: 1 });
    expect(await reads.read('1016:trip', deferredCall(sent, 'never').send)).toEqual({ answer: { verdict: 1 }, shared: true });
    expect(sent).toEqual([]);
  });
});
