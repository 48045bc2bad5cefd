import { signEvent } from '../../src/upstream/signature.ts';

export interface TestRecord {
  id: number | bigint;
  esn: string;
  uid?: string;
  type: string;
  time: number;
  location?: [number, number];
  text?: string;
  attrs?: Record<string, unknown>;
}

/** The push body of these records, as iauto360 writes it. */
export function pushBody(records: readonly TestRecord[]): string {
  return JSON.stringify({ records: records.map((record) => ({ uid: '1424587', ...record, id: Number(record.id) })) });
}

/** POSTs a body to the gateway's webhook, signed with `secret` unless a versign is given. */
export async function postPush(
  webhookUrl: string,
  body: string | Uint8Array,
  options: { secret?: string; versign?: string | null } = {},
): Promise<{ status: number; json: any }> {
  const url = new URL(webhookUrl);
  const text = typeof body === 'string' ? body : Buffer.from(body).toString('utf8');
  const versign = options.versign === undefined ? signEvent(text, options.secret ?? 'demo-secure-code') : options.versign;
  if (versign !== null) url.searchParams.set('versign', versign);
  const payload = typeof body === 'string' ? body : new Blob([new Uint8Array(body)]);
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload });
  const reply = await response.text();
  return { status: response.status, json: reply ? JSON.parse(reply) : undefined };
}

let nextId = 5_000_000;
/** A fresh event id (increasing across a test run). */
export function freshEventId(): number {
  return nextId++;
}
