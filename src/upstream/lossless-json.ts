/**
 * A string literal, or an integer of 16 digits or more that is not part of a fraction or an
 * exponent. Strings are matched so that digits inside them are skipped, never rewritten. The
 * closing quote is optional so that an unterminated string (text that is not JSON, which
 * JSON.parse then refuses) is one match to the end, not a new scan from every quote after it.
 * The string pattern is unrolled (runs of plain characters, then one escape) so that a long string
 * costs no backtracking entry per character: `(?:[^"\\]|\\.)*` overflowed the stack on 20 MB.
 */
const STRING_OR_LONG_INTEGER = /"[^"\\]*(?:\\.[^"\\]*)*"?|(?<![\d.eE+-])-?[1-9]\d{15,}(?![\d.eE])/g;

/**
 * Parses answer text, keeping integers beyond 2^53 (trip and event ids) as exact decimal text.
 * Such integers are quoted before the native JSON.parse sees them: one regular-expression scan,
 * twice as fast on a trip page as the JavaScript parser lossless-json (the simulator's, and
 * the reference of test/lossless-json.test.ts). Every other number is read as JSON.parse
 * reads it; text without a run of 16 digits is plain JSON.parse.
 */
export function parseJsonLossless(text: string): unknown {
  if (!/\d{16}/.test(text)) return JSON.parse(text);
  return JSON.parse(text.replace(STRING_OR_LONG_INTEGER, quoteUnsafeInteger));
}

function quoteUnsafeInteger(token: string): string {
  return token.charCodeAt(0) === 0x22 || Number.isSafeInteger(Number(token)) ? token : `"${token}"`;
}
