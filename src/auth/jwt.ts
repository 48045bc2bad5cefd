import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type JWTPayload, type JWTVerifyGetKey, type KeyObject, createRemoteJWKSet, jwtVerify } from 'jose';
import { esnGrant, principalOf } from './api-keys.ts';
import { ALL_SCOPES, type Principal, type Scope } from './principal.ts';

export interface JwtOptions {
  /** Keys published at a JWKS URL (fetched and cached by jose), or */
  jwksUrl?: string;
  /** one PEM public key (SPKI or certificate) read at start. */
  publicKeyFile?: string;
  issuer?: string;
  audience?: string;
  /** The claim holding the ESNs the token reaches (an array; ["*"] means all). */
  esnsClaim: string;
}

/**
 * JWTs verified with jose: signature, `exp`/`nbf`, and the issuer and audience when configured.
 * Scopes come from the OAuth `scope` claim (space-separated); unknown scopes are ignored.
 */
export class JwtVerifier {
  readonly #key: JWTVerifyGetKey | KeyObject;
  readonly #options: JwtOptions;

  constructor(options: JwtOptions) {
    this.#options = options;
    if (options.jwksUrl) {
      this.#key = createRemoteJWKSet(new URL(options.jwksUrl), { timeoutDuration: 5_000, cooldownDuration: 30_000 });
    } else if (options.publicKeyFile) {
      let pem: string;
      try {
        pem = readFileSync(options.publicKeyFile, 'utf8');
      } catch (error) {
        throw new Error(`AUTH_JWT_PUBLIC_KEY_FILE: cannot read ${options.publicKeyFile} (${(error as Error).message})`);
      }
      this.#key = createPublicKey(pem) as unknown as KeyObject;
    } else {
      throw new Error('a JWT verifier needs AUTH_JWT_JWKS_URL or AUTH_JWT_PUBLIC_KEY_FILE');
    }
  }

  /** The principal of a valid token; undefined for any invalid, expired or malformed one. */
  async principal(token: string): Promise<Principal | undefined> {
    let payload: JWTPayload;
    try {
      const verified = await jwtVerify(token, this.#key as JWTVerifyGetKey, {
        issuer: this.#options.issuer,
        audience: this.#options.audience,
      });
      payload = verified.payload;
    } catch {
      return undefined;
    }
    const esns = esnGrant.safeParse(normalizeEsns(payload[this.#options.esnsClaim]));
    if (!esns.success || typeof payload.sub !== 'string' || payload.sub === '') return undefined;
    const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ').filter(isScope) : [];
    const principal = principalOf(`jwt:${payload.sub}`, scopes, esns.data);
    return typeof payload.exp === 'number' ? { ...principal, expiresAt: payload.exp * 1000 } : principal;
  }
}

function normalizeEsns(claim: unknown): unknown {
  if (claim === undefined) return [];
  if (Array.isArray(claim) && claim.length === 1 && claim[0] === '*') return '*';
  return claim;
}

function isScope(value: string): value is Scope {
  return (ALL_SCOPES as readonly string[]).includes(value);
}
