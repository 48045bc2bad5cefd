import { parse as parseLossless } from 'lossless-json';

/** Parses answer text, keeping integers beyond 2^53 (trip and event ids) as exact decimal text. */
export function parseJsonLossless(text: string): unknown {
  if (!/\d{16}/.test(text)) return JSON.parse(text);
  return parseLossless(text, null, (digits) => {
    const value = Number(digits);
    return /^-?\d+$/.test(digits) && !Number.isSafeInteger(value) ? digits : value;
  });
}
