import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ApiKeyEntry, createApiKey } from '../../src/auth/api-keys.ts';
import type { Scope } from '../../src/auth/principal.ts';

export interface Grant {
  scopes: Scope[];
  esns: '*' | string[];
}

/** Writes an AUTH_API_KEYS_FILE granting each name its scopes and terminals; returns the file and each name's key. */
export function writeApiKeys<Name extends string>(grants: Record<Name, Grant>): { file: string; keys: Record<Name, string> } {
  const keys = {} as Record<Name, string>;
  const entries: ApiKeyEntry[] = [];
  for (const [name, grant] of Object.entries(grants) as Array<[Name, Grant]>) {
    const { key, entry } = createApiKey(name, grant.scopes, grant.esns);
    keys[name] = key;
    entries.push(entry);
  }
  const file = join(mkdtempSync(join(tmpdir(), 'iauto-graph-keys-')), 'api-keys.json');
  writeFileSync(file, JSON.stringify(entries, null, 2));
  return { file, keys };
}

export const bearer = (key: string) => ({ headers: { authorization: `Bearer ${key}` } });
