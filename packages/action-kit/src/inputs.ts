import { ConfigurationError } from './errors.js';

/** Returns the raw value of an input, `undefined` or `''` when it was not given. */
export type InputReader = (name: string) => string | undefined;

const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);

/**
 * Typed parsers over an InputReader. Every error names the input, and every name read is
 * remembered so tests can compare what an action reads with what its action.yml declares.
 */
export class InputParser {
  readonly names = new Set<string>();

  constructor(private readonly read: InputReader) {}

  /** The trimmed value, or `undefined` when empty. */
  string(name: string): string | undefined {
    this.names.add(name);
    const value = this.read(name)?.trim();
    return value ? value : undefined;
  }

  required(name: string): string {
    const value = this.string(name);
    if (value === undefined)
      throw new ConfigurationError(`Input required and not supplied: ${name}`);
    return value;
  }

  withDefault(name: string, fallback: string): string {
    return this.string(name) ?? fallback;
  }

  /** YAML 1.2 core-schema booleans, as `@actions/core`'s getBooleanInput accepts. */
  boolean(name: string, fallback: boolean): boolean {
    const value = this.string(name);
    if (value === undefined) return fallback;
    if (TRUE.has(value)) return true;
    if (FALSE.has(value)) return false;
    throw new ConfigurationError(`Input '${name}' must be true or false, got '${value}'.`);
  }

  integer(name: string, options: { min?: number; max?: number }): number | undefined;
  integer(name: string, options: { min?: number; max?: number; fallback: number }): number;
  integer(
    name: string,
    options: { min?: number; max?: number; fallback?: number },
  ): number | undefined {
    const value = this.string(name);
    if (value === undefined) return options.fallback;
    if (!/^[+-]?\d+$/.test(value)) {
      throw new ConfigurationError(`Input '${name}' must be a whole number, got '${value}'.`);
    }
    const n = Number(value);
    const { min, max } = options;
    if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
      throw new ConfigurationError(`Input '${name}' must be ${rangeText(min, max)}, got ${value}.`);
    }
    return n;
  }

  /**
   * A count limit: a non-negative integer, or empty / `unlimited` / `-1` for no limit
   * (returned as `undefined`).
   */
  limit(name: string, fallback: number | undefined): number | undefined {
    const value = this.string(name);
    if (value === undefined) return fallback;
    if (/^(unlimited|none|-1)$/i.test(value)) return undefined;
    return this.integer(name, { min: 0 });
  }

  oneOf<T extends string>(name: string, values: readonly T[], fallback: T): T;
  oneOf<T extends string>(name: string, values: readonly T[]): T | undefined;
  oneOf<T extends string>(name: string, values: readonly T[], fallback?: T): T | undefined {
    const value = this.string(name);
    if (value === undefined) return fallback;
    const match = values.find((v) => v.toLowerCase() === value.toLowerCase());
    if (match === undefined) {
      throw new ConfigurationError(
        `Input '${name}' must be one of ${values.map((v) => `'${v}'`).join(', ')}, got '${value}'.`,
      );
    }
    return match;
  }

  /** Items separated by newlines or commas; blank items and `#` comment lines dropped. */
  list(name: string): string[] {
    return splitItems(this.string(name), /[\n,]/);
  }

  /** Items one per line (commas kept, for values such as globs with braces). */
  multiline(name: string): string[] {
    return splitItems(this.string(name), /\n/);
  }

  /** `KEY=VALUE` pairs, one per line or comma-separated. */
  keyValues(name: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const item of this.list(name)) {
      const eq = item.indexOf('=');
      if (eq <= 0) {
        throw new ConfigurationError(`Input '${name}' expects KEY=VALUE items, got '${item}'.`);
      }
      out[item.slice(0, eq).trim()] = item.slice(eq + 1).trim();
    }
    return out;
  }
}

function splitItems(value: string | undefined, separator: RegExp): string[] {
  if (value === undefined) return [];
  return value
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}

function rangeText(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `between ${min} and ${max}`;
  if (min !== undefined) return `at least ${min}`;
  if (max !== undefined) return `at most ${max}`;
  return 'a number';
}
