import { describe, expect, it } from 'vitest';
import { ConfigurationError } from './errors.js';
import { InputParser } from './inputs.js';

const parser = (inputs: Record<string, string>) => new InputParser((n) => inputs[n]);

describe('InputParser', () => {
  it('names the input in every error', () => {
    const p = parser({ n: 'abc', b: 'yes', e: 'x', r: '5' });
    expect(() => p.integer('n', {})).toThrow(/'n' must be a whole number, got 'abc'/);
    expect(() => p.boolean('b', false)).toThrow(/'b' must be true or false/);
    expect(() => p.oneOf('e', ['a', 'b'])).toThrow(/'e' must be one of 'a', 'b', got 'x'/);
    expect(() => p.integer('r', { min: 10, max: 20 })).toThrow(
      /'r' must be between 10 and 20, got 5/,
    );
    expect(() => p.required('missing')).toThrow(ConfigurationError);
  });

  it('parses booleans, limits, lists and key/values', () => {
    const p = parser({
      t: 'TRUE',
      l: 'unlimited',
      n: '3',
      list: 'a, b\nc\n# comment\n',
      ml: 'x,y\nz',
      kv: 'A=1\nB = two=2',
    });
    expect(p.boolean('t', false)).toBe(true);
    expect(p.boolean('absent', true)).toBe(true);
    expect(p.limit('l', 0)).toBeUndefined();
    expect(p.limit('n', undefined)).toBe(3);
    expect(p.limit('absent', 0)).toBe(0);
    expect(p.list('list')).toEqual(['a', 'b', 'c']);
    expect(p.multiline('ml')).toEqual(['x,y', 'z']);
    expect(p.keyValues('kv')).toEqual({ A: '1', B: 'two=2' });
    expect(p.oneOf('absent', ['a'] as const, 'a')).toBe('a');
    expect([...p.names].sort()).toEqual(['absent', 'kv', 'l', 'list', 'ml', 'n', 't']);
  });
});
