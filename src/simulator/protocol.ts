import { timingSafeEqual } from 'node:crypto';
import { signRequest } from '../upstream/signature.ts';
import { fail, type SimulatorError } from './errors.ts';
import type { JsonObject } from './fields.ts';
import { parseJson, stringifyJson } from './json.ts';
import type { ServiceReply } from './services/types.ts';

/** `/srv/{service}/{openId}/{signature}` */
export interface ServicePath {
  readonly service: string;
  readonly openId: string;
  readonly signature: string;
}

export interface Envelope {
  /** unix ms, as sent */
  readonly time: number;
  readonly data: JsonObject;
  readonly plan: number | undefined;
}

export interface VerificationSettings {
  readonly openId: string;
  readonly secureCode: string;
  readonly maxClockSkewMs: number;
  /** Plans the partner holds; null = any plan (and an omitted plan) is usable. */
  readonly billingPlans: readonly number[] | null;
}

const SERVICE_PATH = /^\/srv\/([^/]+)\/([^/]+)\/([^/]+)\/?$/;

export function parseServicePath(pathname: string): ServicePath | undefined {
  const match = SERVICE_PATH.exec(pathname);
  if (!match) return undefined;
  const [service = '', openId = '', signature = ''] = match.slice(1).map((segment) => safeDecode(segment));
  return { service, openId, signature };
}

/**
 * Checks a request as the real service would: known openId, a JSON envelope with `time` and `data`,
 * the signature over the exact received text and the envelope's time, the clock skew and the plan.
 */
export function verifyRequest(path: ServicePath, rawBody: string, settings: VerificationSettings, nowMs: number): Envelope {
  if (path.openId !== settings.openId) throw fail.unknownOpenId();
  let parsed;
  try {
    parsed = parseJson(rawBody);
  } catch (error) {
    throw fail.malformedBody(error instanceof Error ? error.message : String(error));
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || typeof parsed === 'bigint') {
    throw fail.invalidField('body', 'expected a JSON object with time and data');
  }
  if (!Object.hasOwn(parsed, 'time')) throw fail.missingField('time');
  const time = parsed.time;
  if (typeof time !== 'number' || !Number.isSafeInteger(time) || time < 0) {
    throw fail.invalidField('time', 'expected the request time as an integer of unix milliseconds');
  }
  if (!Object.hasOwn(parsed, 'data')) throw fail.missingField('data');
  const data = parsed.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data) || typeof data === 'bigint') {
    throw fail.invalidField('data', 'expected an object');
  }
  const plan = parsed.plan;
  if (plan !== undefined && (typeof plan !== 'number' || !Number.isInteger(plan) || plan < 0 || plan > 2 ** 31 - 1)) {
    throw fail.invalidField('plan', 'expected an integer plan id');
  }
  if (!signatureMatches(path.signature, signRequest(settings.openId, rawBody, settings.secureCode, time))) {
    throw fail.badSignature();
  }
  const skewMs = Math.abs(time - nowMs);
  if (skewMs > settings.maxClockSkewMs) throw fail.staleTime(Math.round(skewMs / 1000), Math.round(settings.maxClockSkewMs / 1000));
  if (plan !== undefined && settings.billingPlans !== null && !settings.billingPlans.includes(plan)) throw fail.noBillingPlan(plan);
  if (plan === undefined && settings.billingPlans !== null && settings.billingPlans.length === 0) throw fail.noBillingPlan();
  return { time, data, plan };
}

export function successBody(reply: ServiceReply, pagingAtTopLevel: boolean): string {
  if (!reply.paging) return stringifyJson({ flag: 1, data: reply.data });
  return pagingAtTopLevel
    ? stringifyJson({ flag: 1, data: reply.data, totalCount: reply.paging.totalCount, page: reply.paging.page })
    : stringifyJson({ flag: 1, data: { ...reply.data, ...reply.paging } });
}

export function failureBody(error: SimulatorError, errAsNumber: boolean): string {
  return stringifyJson({ flag: 0, data: {}, err: errAsNumber ? error.code : error.message });
}

function signatureMatches(received: string, expected: string): boolean {
  const a = Buffer.from(received, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
