import { ROOT_CONTEXT, SpanKind, SpanStatusCode, type Tracer, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, type SpanExporter, TracerProvider } from '@opentelemetry/sdk-trace';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { TracingConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { AttemptEvent } from '../upstream/client.ts';
import { recordOf } from './request-record.ts';

/**
 * OpenTelemetry traces, on only when an exporter is configured (OTEL_EXPORTER_OTLP_[TRACES_]ENDPOINT):
 * a span per GraphQL operation and, under it, a span per upstream attempt (service number,
 * attempt, outcome). Spans carry no request data: no ESN, no secure code, no signature. The
 * provider is the gateway's own, not the global one, and the parent span travels in the
 * request's record, so several gateways in one process keep their traces apart.
 */
export class GatewayTracing {
  readonly #provider: TracerProvider;
  readonly #tracer: Tracer;
  readonly #logger: Logger | undefined;

  constructor(options: { serviceName: string; exporter: SpanExporter; scheduleDelayMs?: number; logger?: Logger }) {
    this.#logger = options.logger;
    this.#provider = new TracerProvider({
      resource: resourceFromAttributes({ 'service.name': options.serviceName }),
      spanProcessors: [new BatchSpanProcessor({ exporter: options.exporter, scheduledDelayMillis: options.scheduleDelayMs })],
    });
    this.#tracer = this.#provider.getTracer('iauto-graph');
  }

  /** Exports to an OTLP/HTTP collector (JSON bodies). */
  static otlp(config: TracingConfig, logger?: Logger): GatewayTracing {
    return new GatewayTracing({
      logger,
      serviceName: config.serviceName,
      scheduleDelayMs: config.scheduleDelayMs,
      exporter: new OTLPTraceExporter({ url: config.url, headers: config.headers }),
    });
  }

  yogaPlugin(): Plugin {
    return {
      onExecute: ({ args }) => {
        const record = recordOf(args.contextValue as object);
        const operation = getOperationAST(args.document, args.operationName);
        const operationName = args.operationName ?? operation?.name?.value;
        const type = operation?.operation ?? 'query';
        const span = this.#tracer.startSpan(operationName ? `${type} ${operationName}` : type, {
          kind: SpanKind.SERVER,
          attributes: {
            'graphql.operation.type': type,
            ...(operationName ? { 'graphql.operation.name': operationName } : {}),
            ...(record ? { 'iauto.request_id': record.id } : {}),
          },
        });
        if (record) record.span = span;
        return {
          onExecuteDone: ({ result }) => {
            const errors = 'errors' in result ? (result.errors ?? []) : [];
            if (errors.length > 0) {
              span.setAttribute('graphql.error_count', errors.length);
              span.setStatus({ code: SpanStatusCode.ERROR, message: 'the answer has errors' });
            }
            span.end();
          },
        };
      },
    };
  }

  /** A span for one upstream attempt that just ended, under the operation that made it. */
  recordAttempt(event: AttemptEvent): void {
    const parent = event.record?.span;
    const endTime = performance.timeOrigin + performance.now();
    const outcome = event.error?.kind ?? 'ok';
    const span = this.#tracer.startSpan(
      `iauto360 ${event.service}`,
      {
        kind: SpanKind.CLIENT,
        startTime: endTime - event.durationMs,
        attributes: { 'iauto.service': event.service, 'iauto.attempt': event.attempt, 'iauto.outcome': outcome },
      },
      parent ? trace.setSpan(ROOT_CONTEXT, parent) : ROOT_CONTEXT,
    );
    if (event.error) span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
    span.end(endTime);
  }

  /** Sends the spans still buffered. */
  async flush(): Promise<void> {
    await this.#provider.forceFlush();
  }

  /**
   * Sends the spans still buffered and stops, waiting at most `timeoutMs`: an unreachable or slow
   * collector costs one warning line, never a failed shutdown.
   */
  async shutdown(timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const sent = this.#provider.shutdown().then(
      () => 'sent' as const,
      (error: unknown) => error as Error,
    );
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), timeoutMs)));
    const outcome = await Promise.race([sent, late]);
    clearTimeout(timer);
    if (outcome === 'late') this.#logger?.warn({ timeoutMs }, 'tracing: the last spans were not sent in time (collector too slow)');
    else if (outcome !== 'sent') this.#logger?.warn({ err: { message: outcome.message } }, 'tracing: the last spans could not be sent to the collector');
  }
}
