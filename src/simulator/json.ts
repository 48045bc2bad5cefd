/**
 * JSON text that keeps 64-bit integers exact. The protocol carries Long ids (trip and event ids)
 * as JSON numbers that may exceed 2^53; JSON.parse/JSON.stringify would round them.
 * Parsing yields a bigint for every integer outside the safe range; stringifying writes a bigint
 * as bare digits.
 */

export type JsonValue = null | boolean | number | bigint | string | JsonValue[] | { [key: string]: JsonValue };

export function stringifyJson(value: unknown): string {
  return write(value) ?? 'null';
}

function write(value: unknown): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'bigint':
      return value.toString();
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((item) => write(item) ?? 'null').join(',')}]`;
      const members: string[] = [];
      for (const [key, member] of Object.entries(value)) {
        const text = write(member);
        if (text !== undefined) members.push(`${JSON.stringify(key)}:${text}`);
      }
      return `{${members.join(',')}}`;
    }
    default:
      return undefined;
  }
}

/** Parses strict JSON (RFC 8259); throws SyntaxError with the offset of the first problem. */
export function parseJson(text: string): JsonValue {
  const parser = new Parser(text);
  parser.skipWhitespace();
  const value = parser.value();
  parser.skipWhitespace();
  if (parser.position < text.length) parser.fail('unexpected text after the JSON value');
  return value;
}

const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class Parser {
  position = 0;

  constructor(private readonly text: string) {}

  fail(message: string): never {
    throw new SyntaxError(`${message} at offset ${this.position}`);
  }

  skipWhitespace(): void {
    while (/[ \t\n\r]/.test(this.text.charAt(this.position))) this.position++;
  }

  value(): JsonValue {
    const char = this.text.charAt(this.position);
    if (char === '{') return this.object();
    if (char === '[') return this.array();
    if (char === '"') return this.string();
    if (char === '-' || (char >= '0' && char <= '9')) return this.number();
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.text.startsWith(word, this.position)) {
        this.position += word.length;
        return value;
      }
    }
    return this.fail(char === '' ? 'unexpected end of input' : `unexpected character ${JSON.stringify(char)}`);
  }

  private object(): { [key: string]: JsonValue } {
    const result: { [key: string]: JsonValue } = {};
    this.position++;
    this.skipWhitespace();
    if (this.text.charAt(this.position) === '}') {
      this.position++;
      return result;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text.charAt(this.position) !== '"') this.fail('expected a string key');
      const key = this.string();
      this.skipWhitespace();
      this.expect(':');
      this.skipWhitespace();
      Object.defineProperty(result, key, { value: this.value(), enumerable: true, writable: true, configurable: true });
      this.skipWhitespace();
      if (this.text.charAt(this.position) === '}') {
        this.position++;
        return result;
      }
      this.expect(',');
    }
  }

  private array(): JsonValue[] {
    const result: JsonValue[] = [];
    this.position++;
    this.skipWhitespace();
    if (this.text.charAt(this.position) === ']') {
      this.position++;
      return result;
    }
    for (;;) {
      this.skipWhitespace();
      result.push(this.value());
      this.skipWhitespace();
      if (this.text.charAt(this.position) === ']') {
        this.position++;
        return result;
      }
      this.expect(',');
    }
  }

  private string(): string {
    this.position++;
    let result = '';
    for (;;) {
      const char = this.text.charAt(this.position);
      if (char === '') this.fail('unterminated string');
      if (char === '"') {
        this.position++;
        return result;
      }
      if (char < ' ') this.fail('control character in string');
      if (char === '\\') {
        const escape = this.text.charAt(this.position + 1);
        if (escape === 'u') {
          const hex = this.text.slice(this.position + 2, this.position + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('invalid \\u escape');
          result += String.fromCharCode(Number.parseInt(hex, 16));
          this.position += 6;
        } else {
          const replacement = ESCAPES[escape];
          if (replacement === undefined) this.fail('invalid escape');
          result += replacement;
          this.position += 2;
        }
        continue;
      }
      result += char;
      this.position++;
    }
  }

  private number(): number | bigint {
    NUMBER.lastIndex = this.position;
    const match = NUMBER.exec(this.text);
    if (!match) return this.fail('invalid number');
    this.position += match[0].length;
    const isInteger = match[1] === undefined && match[2] === undefined;
    const value = Number(match[0]);
    return isInteger && !Number.isSafeInteger(value) ? BigInt(match[0]) : value;
  }

  private expect(char: string): void {
    if (this.text.charAt(this.position) !== char) this.fail(`expected ${JSON.stringify(char)}`);
    this.position++;
  }
}
