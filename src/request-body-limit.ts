import { type Plugin, createGraphQLError } from 'graphql-yoga';
import { ErrorCode } from './errors.ts';

/** Yoga's own default: bodies above 25 MB are refused. */
export const DEFAULT_MAX_REQUEST_BODY_BYTES = 25_000_000;

const tooLarge = (limit: number) =>
  createGraphQLError(`The request body exceeds ${limit} bytes (MAX_REQUEST_BYTES).`, {
    extensions: { http: { status: 413, headers: { connection: 'close' } }, code: ErrorCode.PAYLOAD_TOO_LARGE },
  });

/**
 * Refuses request bodies above `limit` bytes before they are parsed. It replaces yoga's
 * `maxRequestBodySize`, which pipes every body through a counting stream (a TransformStream, a
 * new Request and its AbortSignal per request, a third of the CPU of a small query): a body with
 * a Content-Length is judged by the header alone, since Node's HTTP parser never hands on more
 * bytes than it declares; only a body without one (chunked) is counted as it streams.
 */
export function useRequestBodyLimit(limit: number = DEFAULT_MAX_REQUEST_BODY_BYTES): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (declaredLength(request, limit) !== undefined) return;
      if (requestParser === undefined || request.body === null) return;
      const parse = requestParser;
      setRequestParser((unlimited) => {
        let bytesRead = 0;
        // As yoga does: a native body stream needs the native TransformStream, not the ponyfill's.
        const Transform = unlimited.body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
        const counted = unlimited.body!.pipeThrough(
          new Transform<Uint8Array, Uint8Array>({
            transform(chunk, controller) {
              bytesRead += chunk.byteLength;
              if (bytesRead > limit) controller.error(tooLarge(limit));
              else controller.enqueue(chunk);
            },
          }),
        );
        return parse(new fetchAPI.Request(unlimited.url, { method: unlimited.method, headers: unlimited.headers, body: counted, duplex: 'half' } as RequestInit));
      });
    },
  };
}

/**
 * The body's declared length when it has one within `limit`; undefined when it declares none
 * (chunked: to be counted). Throws PAYLOAD_TOO_LARGE above the limit, BAD_REQUEST for a
 * Content-Length that is not a number.
 */
export function declaredLength(request: Request, limit: number): number | undefined {
  const contentLength = request.headers.get('content-length');
  if (contentLength === null) return undefined;
  if (!/^\d+$/.test(contentLength)) {
    throw createGraphQLError('Content-Length header is invalid.', { extensions: { http: { status: 400 }, code: ErrorCode.BAD_REQUEST } });
  }
  if (Number(contentLength) > limit) throw tooLarge(limit);
  return Number(contentLength);
}

/** The body of a request that declares no length, read as text, or PAYLOAD_TOO_LARGE as soon as it passes `limit` bytes. */
export async function readCounted(request: Request, limit: number): Promise<string> {
  const body = await readAtMost(request, limit);
  if (body === null) throw tooLarge(limit);
  return body.toString('utf8');
}

/**
 * The body's bytes, read as they stream and counted: null as soon as they pass `limit` (the rest
 * is not read), so a body that lies about its length, or declares none, is never held whole.
 */
export async function readAtMost(request: Request, limit: number): Promise<Buffer | null> {
  if (request.body === null) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytesRead = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytesRead += value.byteLength;
    if (bytesRead > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
