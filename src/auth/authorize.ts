import type { GraphQLError } from 'graphql';
import { forbidden } from '../errors.ts';
import { type Principal, type Scope, mayReach } from './principal.ts';

/**
 * Why this principal may not do something needing `scope` (null: any authenticated caller) on
 * terminal `esn` (undefined: no particular terminal), as a FORBIDDEN error; undefined when it may.
 */
export function denial(principal: Principal, scope: Scope | null, esn?: string): GraphQLError | undefined {
  if (scope && !principal.scopes.has(scope)) {
    return forbidden(`This needs the \`${scope}\` scope, which ${principal.name} does not have.`);
  }
  if (esn !== undefined && !mayReach(principal, esn)) {
    return forbidden(`Terminal ${esn} is not one of ${principal.name}'s terminals.`);
  }
  return undefined;
}

/** As `denial`, for something on all of `esns` at once (an event subscription's terminals): every one it may not reach is named. */
export function denialForAll(principal: Principal, scope: Scope | null, esns: Iterable<string>): GraphQLError | undefined {
  const byScope = denial(principal, scope);
  if (byScope) return byScope;
  const unreachable = [...esns].filter((esn) => !mayReach(principal, esn));
  if (unreachable.length === 0) return undefined;
  if (unreachable.length === 1) return denial(principal, null, unreachable[0]);
  return forbidden(`Terminals ${unreachable.join(', ')} are not among ${principal.name}'s terminals.`);
}
