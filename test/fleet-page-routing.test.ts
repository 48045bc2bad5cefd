import { type Server, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFleetPage } from '../src/fleet-page.ts';

let server: Server;
let port: number;
beforeAll(async () => {
  const fleetPage = createFleetPage({ directory: '/nonexistent-fleet-page' });
  server = createServer((incoming, response) => {
    if (!fleetPage(incoming, response)) response.writeHead(404).end('next handler');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Sends the request target as written: fetch would normalise it first. */
function get(target: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: target }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('the fleet page route', () => {
  it('takes /fleet and what lies under it, however the path is written, and hands every other path on', async () => {
    const settings = { status: 200, body: JSON.stringify({ tileUrl: null }) };
    expect(await get('/fleet/settings.json')).toEqual(settings);
    expect(await get('/graphql/../fleet/settings.json')).toEqual(settings);
    expect(await get('/./fleet/settings.json?x=1')).toEqual(settings);
    expect(await get('/fleet')).toMatchObject({ status: 308 });
    expect(await get('/fleet/')).toMatchObject({ status: 503 });
    for (const other of ['/graphql', '/graphql?query=%7B__typename%7D', '/health', '/fleetx', '/fleet/../graphql', '//fleet/settings.json']) {
      expect(await get(other), other).toEqual({ status: 404, body: 'next handler' });
    }
  });
});
