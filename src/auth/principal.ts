/** What a caller may do: read data, manage bindings/profiles/trips, send door commands. */
export type Scope = 'read' | 'manage' | 'control';

export const ALL_SCOPES: readonly Scope[] = ['read', 'manage', 'control'];

/** Who is asking: from an API key or a JWT, or everyone when the gateway runs open. */
export interface Principal {
  /** A stable name for logs, audit lines and per-principal keys (idempotency, rate limits). */
  readonly name: string;
  readonly scopes: ReadonlySet<Scope>;
  /** The terminals this principal may reach: '*' for all of them. */
  readonly esns: '*' | ReadonlySet<string>;
  /** When its credential stops being valid (a JWT's `exp`), unix ms; none for an API key. */
  readonly expiresAt?: number;
}

/** The principal of an open gateway (the sandbox, or AUTH_DISABLED=true): every scope, every terminal. */
export const openPrincipal: Principal = { name: 'anonymous', scopes: new Set(ALL_SCOPES), esns: '*' };

export function mayReach(principal: Principal, esn: string): boolean {
  return principal.esns === '*' || principal.esns.has(esn);
}
