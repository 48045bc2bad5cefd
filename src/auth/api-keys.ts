import { hash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ALL_SCOPES, type Principal, type Scope } from './principal.ts';

/** The prefix of every API key, so a leaked key is recognisable (e.g. by secret scanners). */
export const API_KEY_PREFIX = 'iag_';

const scopeList = z.array(z.enum(ALL_SCOPES as [Scope, ...Scope[]])).min(1, 'give at least one scope');
/** ESNs a principal may reach: "*" for all, else a list of ESNs. */
export const esnGrant = z.union([z.literal('*'), z.array(z.string().regex(/^\d{15,17}$/, 'an ESN is 15 to 17 digits'))]);

const apiKeyEntry = z
  .object({
    name: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .refine((name) => !name.startsWith('jwt:'), 'the prefix jwt: is reserved for JWT callers (jwt:<sub>)'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'the SHA-256 of the key, 64 lower-case hex digits'),
    scopes: scopeList,
    esns: esnGrant,
  })
  .strict();
export type ApiKeyEntry = z.input<typeof apiKeyEntry>;

/*
 * A name is one caller: its rate limits, idempotency keys and door commands are filed under it.
 * Several keys may share a name (a key being rotated) only if they grant the same: otherwise one
 * key would be answered the door commands the other sent, on terminals it may not reach.
 */
const grantOf = (entry: z.output<typeof apiKeyEntry>) => JSON.stringify([[...entry.scopes].sort(), entry.esns === '*' ? '*' : [...entry.esns].sort()]);

const apiKeyFile = z.array(apiKeyEntry).superRefine((entries, context) => {
  const seen = new Set<string>();
  const byName = new Map<string, { index: number; grant: string }>();
  for (const [index, entry] of entries.entries()) {
    if (seen.has(entry.sha256)) context.addIssue({ code: 'custom', path: [index, 'sha256'], message: 'the same key is listed twice' });
    seen.add(entry.sha256);
    const named = byName.get(entry.name);
    if (named === undefined) byName.set(entry.name, { index, grant: grantOf(entry) });
    else if (named.grant !== grantOf(entry)) {
      context.addIssue({
        code: 'custom',
        path: [index, 'name'],
        message: `entry ${named.index} has the name ${entry.name} with other scopes or terminals: keys sharing a name are one caller (rate limits, idempotency keys, door commands) and must grant the same`,
      });
    }
  }
});

export function sha256Hex(text: string): string {
  // crypto.hash: one call, no Hash object per request.
  return hash('sha256', text, 'hex');
}

export function principalOf(name: string, scopes: readonly Scope[], esns: '*' | readonly string[]): Principal {
  return { name, scopes: new Set(scopes), esns: esns === '*' ? '*' : new Set(esns) };
}

/**
 * API keys from a JSON file: an array of `{ name, sha256, scopes, esns }`. Only the SHA-256 of
 * each key is stored, so the file is no secret; a key is found by the hash of the presented token.
 */
export class ApiKeys {
  readonly #byHash: ReadonlyMap<string, Principal>;
  /**
   * Presented keys already found, so a key is hashed once, not on every request. Only valid keys
   * enter, and two keys never share a hash, so it holds at most one entry per listed key: hostile
   * keys never grow it. The key set is fixed for the instance's life, so no entry goes stale.
   */
  readonly #found = new Map<string, Principal>();

  constructor(entries: readonly ApiKeyEntry[]) {
    const parsed = apiKeyFile.parse(entries);
    this.#byHash = new Map(parsed.map((entry) => [entry.sha256, principalOf(entry.name, entry.scopes, entry.esns)]));
  }

  /** Reads and checks the file; throws an Error naming the file and the broken entry. */
  static fromFile(path: string): ApiKeys {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`AUTH_API_KEYS_FILE: cannot read ${path} as JSON (${(error as Error).message})`);
    }
    const parsed = apiKeyFile.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => `[${issue.path.join('.')}] ${issue.message}`).join('; ');
      throw new Error(`AUTH_API_KEYS_FILE: ${path}: ${issues}`);
    }
    return new ApiKeys(parsed.data);
  }

  get size(): number {
    return this.#byHash.size;
  }

  principal(token: string): Principal | undefined {
    const known = this.#found.get(token);
    if (known !== undefined) return known;
    const principal = this.#byHash.get(sha256Hex(token));
    if (principal !== undefined) this.#found.set(token, principal);
    return principal;
  }
}

/** A new random key (256 bits) and the entry that grants it, for the keys file. */
export function createApiKey(name: string, scopes: readonly Scope[], esns: '*' | readonly string[]): { key: string; entry: ApiKeyEntry } {
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  const entry = apiKeyEntry.parse({ name, sha256: sha256Hex(key), scopes: [...scopes], esns: esns === '*' ? '*' : [...esns] });
  return { key, entry };
}
