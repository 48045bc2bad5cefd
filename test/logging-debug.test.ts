import { afterEach, describe, expect, it } from 'vitest';
import { requestLogScope } from '../src/observability/request-record.ts';
import { graphql } from './gql/index.ts';
import { postGraphQL } from './helpers/stack.ts';
import { useStack } from './helpers/use-stack.ts';

/*
 * At LOG_LEVEL=debug the gateway turns on the async context (requestLogScope) that gives yoga's
 * own lines their request's id. It stays on for the process, so this lives in a file of its own:
 * test/logging.test.ts checks the info level, as deployed, without it.
 */

const DebugOdometer = graphql(`
  query DebugOdometer($esn: String!) { terminal(esn: $esn) { vehicle { condition { odometerKm } } } }
`);
const DebugUnlock = graphql(`
  mutation DebugUnlock($esn: String!, $idempotencyKey: String!) { unlockDoors(esn: $esn, idempotencyKey: $idempotencyKey) { state } }
`);

const stack = useStack({ logLevel: 'debug', client: { readRetries: 1, retryDelayMs: 1 } });

describe('the log at debug level', () => {
  afterEach(() => stack.simulator.setFaults({ http5xxRate: 0, services: null }));

  it('puts the request id on every line a request writes, yoga\'s own debug lines and the webhook\'s warnings included, once each, and never a secret', async () => {
    expect(requestLogScope.enabled).toBe(true);
    const esn = stack.simulator.world.boundTerminals()[2]!.esn;
    stack.simulator.setFaults({ http5xxRate: 1, services: [1011] });
    const linesOf = async (send: () => Promise<unknown>, done: (records: Array<Record<string, unknown>>) => boolean) => {
      stack.logLines.length = 0;
      await send();
      for (let waited = 0; !done(stack.logRecords()) && waited < 5_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
      return { records: stack.logRecords(), text: stack.logLines.join('') };
    };
    const hasAccessLine = (records: Array<Record<string, unknown>>) => records.some((record) => record.msg === 'graphql request');
    const token = 'Bearer not-a-key-but-secret-looking-0123';

    const failing = await linesOf(() => postGraphQL(stack.url, DebugOdometer, { esn }, { 'x-request-id': 'every-line-1', authorization: token }), hasAccessLine);
    // Invalid on purpose (no such field): codegen validates documents against the schema.
    const invalid = await linesOf(() => postGraphQL(stack.url, '{ nonsense }', undefined, { 'x-request-id': 'every-line-2' }), hasAccessLine);
    const webhook = await linesOf(
      () => fetch(stack.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'every-line-3' }, body: '{"records":[]}' }),
      (records) => records.some((record) => record.level === 40),
    );

    for (const [requestId, { records }] of [['every-line-1', failing], ['every-line-2', invalid]] as const) {
      // Yoga's own lines (parsing, processing) at debug, then the access line.
      expect(records.filter((record) => record.level === 20).map((record) => record.msg)).toEqual(
        expect.arrayContaining(['Parsing request to extract GraphQL parameters', 'Processing GraphQL Parameters']),
      );
      expect(records.filter((record) => record.msg === 'graphql request')).toHaveLength(1);
      expect(records.map((record) => [record.msg, record.requestId])).toEqual(records.map((record) => [record.msg, requestId]));
    }
    expect(webhook.records.map((record) => [record.level, record.msg, record.requestId])).toEqual([[40, 'event webhook: bad or missing versign', 'every-line-3']]);

    const text = failing.text + invalid.text + webhook.text;
    expect(text).not.toContain(stack.simulator.secureCode);
    expect(text).not.toContain('secret-looking');
    expect(text).not.toMatch(/[0-9a-f]{32}/);
    expect(text).not.toContain('/srv/');
  });

  it('writes an unexpected error\'s line once, with the id its client is given', async () => {
    const terminal = stack.simulator.world.boundTerminals()[1]!;
    const doorCommands = stack.gateway.doorCommands as { send: unknown };
    const send = doorCommands.send;
    doorCommands.send = async () => {
      throw new TypeError('unexpected failure at /srv/door-commands');
    };
    stack.logLines.length = 0;
    try {
      const { result, text } = await postGraphQL(stack.url, DebugUnlock, { esn: terminal.esn, idempotencyKey: 'debug-unexpected' }, { 'x-request-id': 'debug-line-1' });
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'debug-line-1' });
      expect(text).not.toContain('/srv/');
    } finally {
      doorCommands.send = send;
    }
    await expect.poll(() => stack.logRecords().filter((record) => record.level === 50)).toHaveLength(1);
    await new Promise((resolve) => setImmediate(resolve));
    const errorLines = stack.logLines.filter((line) => line.includes('"level":50'));
    expect(errorLines).toHaveLength(1);
    expect(JSON.parse(errorLines[0]!)).toMatchObject({ requestId: 'debug-line-1', msg: 'unexpected failure at /srv/door-commands' });
    expect(errorLines[0]!.match(/"requestId"/g)).toHaveLength(1);
  });
});
