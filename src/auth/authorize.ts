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
