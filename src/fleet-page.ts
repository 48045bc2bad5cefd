import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/** Where `npm run build:web` writes the fleet page (Vite, see web/vite.config.ts). */
export const FLEET_PAGE_DIRECTORY = fileURLToPath(new URL('../web/dist/', import.meta.url));

export const FLEET_PAGE_PATH = '/fleet';

export interface FleetPageOptions {
  /** The built page; default web/dist. */
  directory?: string;
  /** FLEET_MAP_TILE_URL: tiles the page may draw under its map; none by default. */
  tileUrl?: string;
}

/**
 * A request target that URL parsing leaves as it is up to its query (no dot segment, escape,
 * backslash, blank or fragment to normalise), so its text is its path.
 */
const plainPath = /^\/[\w\-/]*(?:\?|$)/;

/** Answers the request when it is for the fleet page; false lets the next handler take it. */
export type FleetPageHandler = (request: IncomingMessage, response: ServerResponse) => boolean;

/**
 * The fleet page under /fleet/: Vite's hashed assets as immutable for a year, index.html and the
 * page's settings never cached, and a content security policy that lets the page talk to this
 * gateway only (and to the tile server, when one is configured).
 */
export function createFleetPage(options: FleetPageOptions = {}): FleetPageHandler {
  const directory = options.directory ?? FLEET_PAGE_DIRECTORY;
  const built = existsSync(`${directory}/index.html`);
  const tileOrigin = options.tileUrl ? new URL(options.tileUrl.replace(/\{[a-z]\}/g, '0')).origin : '';
  const contentSecurityPolicy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data:${tileOrigin ? ` ${tileOrigin}` : ''}`,
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  const settings = JSON.stringify({ tileUrl: options.tileUrl ?? null });
  const assets = built
    ? sirv(directory, {
        etag: true,
        dotfiles: false,
        single: false,
        setHeaders(response, pathname) {
          response.setHeader(
            'cache-control',
            pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
          );
          response.setHeader('content-security-policy', contentSecurityPolicy);
          response.setHeader('x-content-type-options', 'nosniff');
        },
      })
    : undefined;

  return (request, response) => {
    // Most requests (every GraphQL one) are for another path: tell without parsing their URL.
    const target = request.url ?? '/';
    if (plainPath.test(target) && !target.startsWith(FLEET_PAGE_PATH)) return false;
    const url = new URL(target, 'http://gateway');
    if (url.pathname !== FLEET_PAGE_PATH && !url.pathname.startsWith(`${FLEET_PAGE_PATH}/`)) return false;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('The fleet page is read with GET.\n');
      return true;
    }
    if (url.pathname === FLEET_PAGE_PATH) {
      response.writeHead(308, { location: `${FLEET_PAGE_PATH}/${url.search}` }).end();
      return true;
    }
    if (url.pathname === `${FLEET_PAGE_PATH}/settings.json`) {
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' }).end(settings);
      return true;
    }
    if (!assets) {
      response
        .writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
        .end('The fleet page is not built: run `npm run build:web` (npm start does it).\n');
      return true;
    }
    request.url = url.pathname.slice(FLEET_PAGE_PATH.length) + url.search;
    assets(request, response, () => {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found.\n');
    });
    return true;
  };
}
