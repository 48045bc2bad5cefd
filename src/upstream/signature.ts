import { hash } from 'node:crypto';

/**
 * The request signature of docs/upstream.md §2: lowercase hex MD5 over the UTF-8 bytes of
 * openId + body + secureCode + time, where body is the exact text sent and time is the
 * envelope's millisecond `time` as decimal text.
 */
export function signRequest(openId: string, body: string, secureCode: string, time: number | string): string {
  return md5Hex(`${openId}${body}${secureCode}${time}`);
}

/** The webhook signature of docs/upstream.md §2: lowercase hex MD5 over body + secureCode (`versign`). */
export function signEvent(body: string, secureCode: string): string {
  return md5Hex(`${body}${secureCode}`);
}

function md5Hex(text: string): string {
  return hash('md5', text, 'hex');
}
