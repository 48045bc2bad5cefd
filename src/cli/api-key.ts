import { parseArgs } from 'node:util';
import { createApiKey } from '../auth/api-keys.ts';
import { ALL_SCOPES, type Scope } from '../auth/principal.ts';

/*
 * npm run api-key -- --name ops --scopes read,control --esns 860000000000001,860000000000002
 * Prints a new random API key (give it to the caller, once) and the entry to add to the
 * AUTH_API_KEYS_FILE array (only the key's SHA-256 is stored). --esns '*' grants every terminal.
 */
const { values } = parseArgs({
  options: { name: { type: 'string' }, scopes: { type: 'string', default: 'read' }, esns: { type: 'string' } },
});
const scopes = (values.scopes ?? '').split(',').map((scope) => scope.trim()).filter(Boolean);
const unknown = scopes.filter((scope) => !(ALL_SCOPES as readonly string[]).includes(scope));
if (!values.name || !values.esns || unknown.length > 0 || scopes.length === 0) {
  console.error(`usage: npm run api-key -- --name NAME --scopes ${ALL_SCOPES.join(',')} --esns ESN,ESN…|'*'`);
  if (unknown.length > 0) console.error(`unknown scopes: ${unknown.join(', ')}`);
  process.exit(2);
}
const esns = values.esns.trim() === '*' ? '*' : values.esns.split(',').map((esn) => esn.trim()).filter(Boolean);
try {
  const { key, entry } = createApiKey(values.name, scopes as Scope[], esns);
  console.log(`API key (shown once; send it as "Authorization: Bearer <key>"):\n${key}\n`);
  console.log(`Entry for AUTH_API_KEYS_FILE (a JSON array of such entries):\n${JSON.stringify(entry, null, 2)}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
