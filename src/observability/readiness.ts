import type { Plugin } from 'graphql-yoga';
import type { AttemptEvent } from '../upstream/client.ts';

/** Passes with `true`; fails with `false` or a reason. A check that throws or takes over 2 s fails. */
export type ReadinessCheck = () => boolean | string | Promise<boolean | string>;

export interface ReadinessReport {
  /** Every check of this instance passes (the dependencies every instance shares do not count). */
  ready: boolean;
  /** Each check by name: `ok` or why not. */
  checks: Record<string, string>;
  /** The shared dependencies failing now (upstream, redis): the instance serves, with what needs them failing at its own fields. */
  degraded: string[];
}

export interface ReadinessCheckOptions {
  /**
   * A dependency every instance shares (the iauto360 service, Redis): reported, but not failing
   * readiness. Were it to, its outage would take every instance out of rotation at once, and a
   * partial outage (coded errors at the fields that need it, the rest answered, events still
   * received) would become a total one.
   */
  shared?: boolean;
}

const CHECK_TIMEOUT_MS = 2_000;

/**
 * What `/ready` answers: every check of this instance must pass (not shutting down, and those
 * components register for what they hold); the shared dependencies are reported, as `degraded`
 * when failing. Checks are registered with `add` when the gateway is assembled.
 */
export class Readiness {
  readonly #checks = new Map<string, { check: ReadinessCheck; shared: boolean }>();

  add(name: string, check: ReadinessCheck, options: ReadinessCheckOptions = {}): void {
    if (this.#checks.has(name)) throw new Error(`readiness check ${name} is already registered`);
    this.#checks.set(name, { check, shared: options.shared ?? false });
  }

  /** Every check run now (at most 2 s each), with its state (`ok` or why not) and whether it is shared. */
  async run(): Promise<Array<{ name: string; state: string; shared: boolean }>> {
    return Promise.all(
      [...this.#checks].map(async ([name, { check, shared }]) => {
        let timer: NodeJS.Timeout | undefined;
        try {
          const timeout = new Promise<string>((resolve) => (timer = setTimeout(() => resolve(`no answer in ${CHECK_TIMEOUT_MS} ms`), CHECK_TIMEOUT_MS)));
          const result = await Promise.race([Promise.resolve().then(check), timeout]);
          return { name, state: result === true ? 'ok' : result === false ? 'failing' : result, shared };
        } catch (error) {
          return { name, state: `failing: ${(error as Error).message}`, shared };
        } finally {
          clearTimeout(timer);
        }
      }),
    );
  }

  async report(): Promise<ReadinessReport> {
    const results = await this.run();
    return {
      ready: results.every(({ state, shared }) => shared || state === 'ok'),
      checks: Object.fromEntries(results.map(({ name, state }) => [name, state])),
      degraded: results.filter(({ state, shared }) => shared && state !== 'ok').map(({ name }) => name),
    };
  }

  /** Serves the report at `/ready`: 200 when ready, 503 otherwise. */
  yogaPlugin(): Plugin {
    const serve: NonNullable<Plugin['onRequest']> = async ({ endResponse, fetchAPI }) => {
      const report = await this.report();
      const headers = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };
      endResponse(new fetchAPI.Response(JSON.stringify(report), { status: report.ready ? 200 : 503, headers }));
    };
    // Every other request passes at once, without a promise to wait for.
    return { onRequest: (payload) => (payload.url.pathname === '/ready' ? serve(payload) : undefined) };
  }
}

/**
 * Whether the upstream service answered recently (a shared dependency: reported by `/ready`, not
 * failing it). Any answer counts (even a refusal: the service is there); a timeout, connection
 * failure or HTTP 5xx does not. Not tried yet counts as reachable, and so does not tried for
 * `graceMs` since the last failure: no call is made only to probe the service (every call is
 * billed), so after a quiet spell nothing is known against it.
 */
export class UpstreamReachability {
  #lastAnswerAt: number | undefined;
  #lastFailure: { at: number; message: string } | undefined;

  constructor(
    readonly graceMs = 30_000,
    readonly now: () => number = Date.now,
  ) {}

  observe(event: AttemptEvent): void {
    const kind = event.error?.kind;
    if (kind === 'timeout' || kind === 'unavailable' || (kind === 'http' && (event.error as { status?: number }).status! >= 500)) {
      this.#lastFailure = { at: this.now(), message: event.error!.message };
    } else {
      this.#lastAnswerAt = this.now();
    }
  }

  readonly check: ReadinessCheck = () => {
    const failure = this.#lastFailure;
    if (!failure) return true;
    const answered = this.#lastAnswerAt;
    if (answered !== undefined && (answered > failure.at || this.now() - answered < this.graceMs)) return true;
    if (this.now() - failure.at >= this.graceMs) return true;
    return `unreachable since ${new Date(failure.at).toISOString()} (${failure.message})`;
  };
}
