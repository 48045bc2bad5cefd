import fc from 'fast-check';
import { parse as parseWithLosslessJson } from 'lossless-json';
import { describe, expect, it } from 'vitest';
import { parseJsonLossless } from '../src/upstream/lossless-json.ts';

// The reference: a complete JSON parser in JavaScript (lossless-json) with the same number rule.
function reference(text: string): unknown {
  return parseWithLosslessJson(text, null, (digits) => {
    const value = Number(digits);
    return /^-?\d+$/.test(digits) && !Number.isSafeInteger(value) ? digits : value;
  });
}

const longInteger = fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }).map((value) => ({ raw: value.toString() }));
// Numbers written the way a JSON encoder may write them, long digit runs in fractions and exponents included.
const numberText = fc.oneof(
  longInteger,
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => ({ raw: JSON.stringify(value) })),
  fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.bigInt({ min: 0n, max: 10n ** 20n })).map(([whole, fraction]) => ({ raw: `${whole}.${fraction}` })),
  fc.tuple(fc.integer({ min: 1, max: 9 }), fc.bigInt({ min: 0n, max: 10n ** 18n }), fc.integer({ min: -300, max: 300 })).map(([lead, fraction, exponent]) => ({
    raw: `${lead}.${fraction}e${exponent}`,
  })),
);
// Strings holding what the scan must not touch: digit runs, quotes, backslashes, JSON-like text.
const trickyString = fc.oneof(
  fc.string(),
  fc.stringMatching(/^[0-9"\\:,.\-e{}[\] ]{0,40}$/),
  longInteger.map(({ raw }) => `id ${raw}, "quoted" \\ ${raw}`),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, numberText, trickyString, fc.boolean(), fc.constant(null), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.dictionary(trickyString, tie('value'), { maxKeys: 5 }),
}));

/** JSON text with numbers written exactly as generated (so 17-digit integers reach the parser as digits). */
function write(node: unknown, spaced: boolean): string {
  const gap = spaced ? ' ' : '';
  if (node !== null && typeof node === 'object' && 'raw' in node) return (node as { raw: string }).raw;
  if (Array.isArray(node)) return `[${gap}${node.map((item) => write(item, spaced)).join(`,${gap}`)}${gap}]`;
  if (node !== null && typeof node === 'object') {
    return `{${gap}${Object.entries(node)
      .map(([key, item]) => `${JSON.stringify(key)}${gap}:${gap}${write(item, spaced)}`)
      .join(`,${gap}`)}${gap}}`;
  }
  return JSON.stringify(node);
}

describe('parseJsonLossless', () => {
  it('reads every document exactly as a complete lossless parser does', () => {
    fc.assert(
      fc.property(value, fc.boolean(), (node, spaced) => {
        const text = write(node, spaced);
        expect(parseJsonLossless(text)).toEqual(reference(text));
      }),
      { numRuns: 2_000 },
    );
  });

  it('keeps integers beyond 2^53 as their digits and safe ones as numbers, wherever they are', () => {
    const text = '{"id":86127667888972656,"neg":-86127667888972656,"safe":1234567890123456,"list":[9007199254740993,1],"f":0.12345678901234567,"e":1.5e12345678901234567}';
    expect(parseJsonLossless(text)).toEqual({
      id: '86127667888972656',
      neg: '-86127667888972656',
      safe: 1234567890123456,
      list: ['9007199254740993', 1],
      f: 0.12345678901234567,
      e: Number.POSITIVE_INFINITY,
    });
  });

  it('reads a string of 20 million characters', () => {
    const long = 'a'.repeat(20_000_000);
    expect(parseJsonLossless(`{"id":86127667888972656,"text":"${long}\\n"}`)).toEqual({ id: '86127667888972656', text: `${long}\n` });
  });

  it('leaves digits inside strings alone, escaped quotes included', () => {
    const text = '{"note":"x\\":86127667888972656,","id":86127667888972656}';
    expect(parseJsonLossless(text)).toEqual({ note: 'x":86127667888972656,', id: '86127667888972656' });
  });

  it('refuses text that is not JSON, as JSON.parse does', () => {
    // The last: an unterminated string full of escaped quotes (one scan, not one per quote).
    const unterminated = `[86127667888972656,"${'\\"'.repeat(100_000)}`;
    for (const text of ['{"id":00000000000000001}', '{"id":86127667888972656', '[86127667888972656,]', '{"id":-}', unterminated]) {
      expect(() => parseJsonLossless(text), text.slice(0, 40)).toThrow(SyntaxError);
    }
    // A scan per quote took 29 s on that last text; one scan takes milliseconds.
  }, 5_000);
});
