import type { SecurityConfig } from '../config.ts';
import { ApiKeys } from './api-keys.ts';
import { type Principal, openPrincipal } from './principal.ts';

/** How the gateway learns who is asking. */
export interface Authenticator {
  /** True when every caller is the open principal (the sandbox, or AUTH_DISABLED=true). */
  readonly open: boolean;
  /** The principal of an `Authorization` header; undefined when it is missing or not valid. */
  authenticate(authorization: string | null): Promise<Principal | undefined>;
}

const openAuthenticator: Authenticator = { open: true, authenticate: async () => openPrincipal };

/**
 * The authenticator a configuration asks for: API keys and/or JWTs from `Authorization: Bearer`,
 * or open when neither is configured (config.ts refuses that with real credentials unless
 * AUTH_DISABLED=true). A token with three dot-separated parts is read as a JWT, anything else as an API key.
 */
export async function createAuthenticator(auth: SecurityConfig['auth']): Promise<Authenticator> {
  const apiKeys = auth.apiKeysFile ? ApiKeys.fromFile(auth.apiKeysFile) : undefined;
  // jose is loaded only when JWTs are configured.
  const jwt = auth.jwt ? new (await import('./jwt.ts')).JwtVerifier(auth.jwt) : undefined;
  if (!apiKeys && !jwt) return openAuthenticator;
  return {
    open: false,
    async authenticate(authorization) {
      const match = /^Bearer +([A-Za-z0-9._~+/-]+=*) *$/i.exec(authorization ?? '');
      const token = match?.[1];
      if (!token || token.length > 8192) return undefined;
      if (jwt && token.split('.').length === 3) return jwt.principal(token);
      return apiKeys?.principal(token);
    },
  };
}
