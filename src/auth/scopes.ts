import { type ServiceNumber, serviceTable } from '../upstream/services.ts';
import type { Scope } from './principal.ts';

/**
 * The scope each upstream service needs: reads need `read`, door commands (5001) `control`, and
 * every other write (bind, unbind, profile update, trip deletion) `manage`.
 *
 * The car catalog (4001, 4002) needs no particular scope, only an authenticated caller: it is
 * public reference data (brands and models) that says nothing about any user or vehicle, it is
 * served from a cache shared by all requests, and a profile update (`manage`) must look a model
 * id up in it. What a caller can spend on it is still bounded by the cost budget and rate limits.
 */
export function scopeOf(service: ServiceNumber): Scope | null {
  if (service === 4001 || service === 4002) return null;
  if (service === 5001) return 'control';
  return serviceTable[service].kind === 'read' ? 'read' : 'manage';
}
