import { once } from 'node:events';
import { type IncomingHttpHeaders, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

type AnyValue = { stringValue?: string; intValue?: number | string; boolValue?: boolean; doubleValue?: number };
type KeyValue = { key: string; value: AnyValue };

/** One span as an OTLP/HTTP JSON export carries it, with its attributes and resource flattened. */
export interface CollectedSpan {
  name: string;
  kind: number;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  attributes: Record<string, string | number | boolean>;
  status: { code?: number; message?: string };
  resource: Record<string, string | number | boolean>;
}

export interface ReceivedExport {
  path: string;
  headers: IncomingHttpHeaders;
  /** The raw body, for greps. */
  body: string;
}

/**
 * A minimal OTLP/HTTP trace receiver on a free loopback port: it keeps every export POSTed to it
 * (JSON bodies, as @opentelemetry/exporter-trace-otlp-http sends) and answers 200 as a collector does.
 */
export async function startOtlpCollector() {
  const received: ReceivedExport[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      received.push({ path: request.url ?? '', headers: request.headers, body });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    /** Every span of every export so far. */
    spans(): CollectedSpan[] {
      return received.flatMap(({ body }) => {
        const payload = JSON.parse(body) as {
          resourceSpans: Array<{
            resource: { attributes: KeyValue[] };
            scopeSpans: Array<{ spans: Array<Omit<CollectedSpan, 'attributes' | 'resource'> & { attributes?: KeyValue[] }> }>;
          }>;
        };
        return payload.resourceSpans.flatMap(({ resource, scopeSpans }) =>
          scopeSpans.flatMap(({ spans }) =>
            spans.map((span) => ({ ...span, attributes: flatten(span.attributes ?? []), resource: flatten(resource.attributes) })),
          ),
        );
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function flatten(attributes: KeyValue[]): Record<string, string | number | boolean> {
  return Object.fromEntries(
    attributes.map(({ key, value }) => [key, value.stringValue ?? value.boolValue ?? value.doubleValue ?? (value.intValue === undefined ? '' : Number(value.intValue))]),
  );
}
