import { describe, expect, it } from 'vitest';
import { TOKEN_HEADER, eventStream, json, useStreamEndpoint } from './helpers/graphql-sse.ts';
import { useStack } from './helpers/use-stack.ts';

/*
 * A stream reserved with PUT /graphql/stream must be opened within HTTP_REQUEST_TIMEOUT_MS:
 * graphql-sse kept one never opened, and ran the operations sent to it, until the process ended.
 */

const stack = useStack({ env: { HTTP_REQUEST_TIMEOUT_MS: '1000', MAX_SUBSCRIPTIONS_PER_PRINCIPAL: '1' } });
const { streamUrl, keptOpen, reserve } = useStreamEndpoint(stack);
const subscription = 'subscription { vehicleEvents { id } }';

const sendTo = (token: string, query: string, operationId: string) =>
  fetch(streamUrl(), { method: 'POST', headers: { ...json, [TOKEN_HEADER]: token }, body: JSON.stringify({ query, extensions: { operationId } }) });

/** A subscription on a stream of its own: the first chunk of its answer (the cap's refusal, or the stream's opening). */
async function ownSubscription() {
  const controller = keptOpen();
  const response = await fetch(streamUrl(), { method: 'POST', headers: { ...json, ...eventStream }, body: JSON.stringify({ query: subscription }), signal: controller.signal });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  return { status: response.status, first: (await reader.read()).value ?? '' };
}

describe('a reserved graphql-sse stream', () => {
  it('not opened within HTTP_REQUEST_TIMEOUT_MS is closed: its subscription ends, its token names no stream', async () => {
    const token = await reserve();
    expect((await sendTo(token, subscription, 's1')).status).toBe(202);
    // The subscription runs on the stream nobody opened, taking the caller's only place.
    expect((await ownSubscription()).first).toContain('MAX_SUBSCRIPTIONS_PER_PRINCIPAL');

    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const late = await sendTo(token, '{ __typename }', 'q1');
    expect(late.status).toBe(404);
    expect(((await late.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('NOT_FOUND');
    // Its subscription ended with it: the place is free again.
    const next = await ownSubscription();
    expect(next.status).toBe(200);
    expect(next.first).not.toContain('MAX_SUBSCRIPTIONS_PER_PRINCIPAL');
  });

  it('opened in time stays open past it, carrying the operations sent to it', async () => {
    const token = await reserve();
    const controller = keptOpen();
    const stream = await fetch(`${streamUrl()}?token=${token}`, { headers: eventStream, signal: controller.signal });
    expect(stream.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect((await sendTo(token, '{ __typename }', 'q1')).status).toBe(202);
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
    let received = '';
    while (!received.includes('event: complete')) received += (await reader.read()).value ?? '';
    expect(received).toMatch(/event: next\ndata: \{"id":"q1","payload":\{"data":\{"__typename":"Query"\}/);
  });
});
