import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputParser } from '@devsecops-gates/action-kit';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../src/inputs.js';

const dir = join(import.meta.dirname, '..');
const action = parse(readFileSync(join(dir, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
};
const env = Object.fromEntries(
  readFileSync(join(dir, '.env.example'), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('INPUT_'))
    .map((l) => [l.slice(6, l.indexOf('=')).toLowerCase(), l.slice(l.indexOf('=') + 1)]),
);

describe('inputs', () => {
  it('reads exactly the inputs action.yml declares, with the .env.example sample values', () => {
    const p = new InputParser((name) => env[name]);
    readInputs(p);
    expect([...p.names].sort()).toEqual(Object.keys(action.inputs).sort());
    expect(Object.keys(env).sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it('uses the action.yml defaults as its own defaults', () => {
    const fromDefaults = readInputs(new InputParser((name) => action.inputs[name]?.default));
    const fromNothing = readInputs(new InputParser(() => undefined));
    expect({
      ...fromDefaults,
      reporting: { ...fromDefaults.reporting, githubToken: undefined },
    }).toEqual(fromNothing);
    expect(fromNothing.thresholds).toEqual({
      critical: 0,
      high: 0,
      medium: undefined,
      low: undefined,
      note: undefined,
    });
  });

  it('fail-on sets the floor; an explicit max-* still wins', () => {
    const read = (inputs: Record<string, string>) =>
      readInputs(new InputParser((n) => inputs[n])).thresholds;
    expect(read({ 'fail-on': 'medium' })).toEqual({
      critical: 0,
      high: 0,
      medium: 0,
      low: undefined,
      note: undefined,
    });
    expect(read({ 'fail-on': 'critical' })).toEqual({
      critical: 0,
      high: undefined,
      medium: undefined,
      low: undefined,
      note: undefined,
    });
    expect(read({ 'fail-on': 'none', 'max-low': '3' })).toEqual({
      critical: undefined,
      high: undefined,
      medium: undefined,
      low: 3,
      note: undefined,
    });
    expect(read({ 'fail-on': 'high', 'max-high': '2' })).toEqual({
      critical: 0,
      high: 2,
      medium: undefined,
      low: undefined,
      note: undefined,
    });
  });

  it('declares every output the action sets', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(
      [
        'total',
        'critical',
        'high',
        'medium',
        'low',
        'note',
        'suppressed',
        'new',
        'verdict',
        'sarif-path',
        'asff-path',
      ].sort(),
    );
  });
});
