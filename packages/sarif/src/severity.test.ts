import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LEVEL_SEVERITY,
  RuleTable,
  effectiveLevel,
  isSuppressed,
  resolveSeverity,
  securitySeverityScore,
  severityFromScore,
} from './severity.js';
import type { ReportingDescriptor, SarifResult, SarifRun } from './types.js';

const level = fc.constantFrom('error', 'warning', 'note', 'none');
const anyLevel = fc.oneof(level, fc.constantFrom('info', 'ERROR', ''), fc.constant(undefined));
const score = fc.oneof(
  fc.double({ min: -5, max: 15, noNaN: true }),
  fc.double({ min: 0, max: 10, noNaN: true }).map((n) => n.toFixed(1)),
  fc.constantFrom('', '0.0', 'high', ' 8.8 ', null),
  fc.constant(undefined),
);
const rule = (id: string): fc.Arbitrary<ReportingDescriptor> =>
  fc.record(
    {
      id: fc.constant(id),
      defaultConfiguration: fc.record({ level: anyLevel }, { requiredKeys: [] }),
      properties: fc.record({ 'security-severity': score }, { requiredKeys: [] }),
    },
    { requiredKeys: ['id'] },
  );
const rules = (prefix: string) =>
  fc
    .integer({ min: 0, max: 6 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => rule(`${prefix}${i}`))));
const run: fc.Arbitrary<SarifRun> = fc.record({
  tool: fc.record({
    driver: fc.record({ name: fc.constant('tool'), rules: rules('d') }),
    extensions: fc.array(
      fc.record({ name: fc.constantFrom('pack-a', 'pack-b'), rules: rules('e') }),
      { maxLength: 3 },
    ),
  }),
});
const result: fc.Arbitrary<SarifResult> = fc.record(
  {
    ruleId: fc.oneof(fc.constantFrom('d0', 'd1', 'd5', 'e0', 'e2', 'missing')),
    ruleIndex: fc.integer({ min: -1, max: 7 }),
    rule: fc.record(
      {
        id: fc.constantFrom('d2', 'e1'),
        index: fc.integer({ min: 0, max: 7 }),
        toolComponent: fc.record({ index: fc.integer({ min: 0, max: 3 }) }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    ),
    level: anyLevel,
  },
  { requiredKeys: [] },
);

/** An independent statement of the lookup order, written as the README says it. */
function expectedRule(r: SarifRun, res: SarifResult): ReportingDescriptor | undefined {
  const driver = r.tool!.driver!;
  const extensions = r.tool!.extensions ?? [];
  const tc = res.rule?.toolComponent;
  const component =
    res.rule && tc ? (typeof tc.index === 'number' ? extensions[tc.index] : undefined) : driver;
  const pool = component?.rules ?? [];
  for (const idx of [res.ruleIndex, res.rule?.index]) {
    if (typeof idx === 'number' && idx >= 0 && idx < pool.length) return pool[idx];
  }
  for (const id of [res.ruleId, res.rule?.id]) {
    if (typeof id !== 'string') continue;
    for (const c of [driver, ...extensions]) {
      const hit = c.rules?.find((x) => x.id === id);
      if (hit) return hit;
    }
  }
  return undefined;
}

describe('severity resolution (properties)', () => {
  it('finds the rule by index first, then by id across driver and extensions', () => {
    fc.assert(
      fc.property(run, result, (r, res) => {
        expect(new RuleTable(r).resolve(res)).toBe(expectedRule(r, res));
      }),
      { numRuns: 500 },
    );
  });

  it('takes the level from the result, else the rule default, else warning; unknown levels are warning', () => {
    fc.assert(
      fc.property(run, result, (r, res) => {
        const found = new RuleTable(r).resolve(res);
        const raw =
          typeof res.level === 'string'
            ? res.level
            : (found?.defaultConfiguration?.level as string | undefined);
        const expected =
          raw === undefined
            ? 'warning'
            : ['error', 'warning', 'note', 'none'].includes(raw)
              ? raw
              : 'warning';
        expect(effectiveLevel(res, found)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('uses security-severity only when it is a number > 0, else the (configurable) level map', () => {
    const map = fc.record({
      error: fc.constantFrom('critical', 'high'),
      warning: fc.constantFrom('medium', 'low'),
      note: fc.constant('note'),
      none: fc.constantFrom('note', 'low'),
    } as const);
    fc.assert(
      fc.property(run, result, map, (r, res, levelMap) => {
        const resolved = resolveSeverity(new RuleTable(r), res, levelMap);
        const raw = resolved.rule?.properties?.['security-severity'];
        const n =
          typeof raw === 'number'
            ? raw
            : typeof raw === 'string' && raw.trim() !== ''
              ? Number(raw)
              : NaN;
        if (Number.isFinite(n) && n > 0) {
          expect(resolved.source).toBe('security-severity');
          expect(resolved.severity).toBe(
            n >= 9 ? 'critical' : n >= 7 ? 'high' : n >= 4 ? 'medium' : 'low',
          );
        } else {
          expect(resolved.source).toBe('level');
          expect(resolved.severity).toBe(levelMap[resolved.level]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('maps scores monotonically onto the CVSS buckets', () => {
    const order = ['low', 'medium', 'high', 'critical'];
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(order.indexOf(severityFromScore(lo))).toBeLessThanOrEqual(
            order.indexOf(severityFromScore(hi)),
          );
        },
      ),
    );
    expect([9, 8.99, 7, 6.9, 4, 3.9, 0.1].map(severityFromScore)).toEqual([
      'critical',
      'high',
      'high',
      'medium',
      'medium',
      'low',
      'low',
    ]);
    expect(securitySeverityScore({ properties: { 'security-severity': '0.0' } })).toBeUndefined();
    expect(securitySeverityScore({ properties: { 'security-severity': '' } })).toBeUndefined();
    expect(DEFAULT_LEVEL_SEVERITY).toEqual({
      error: 'high',
      warning: 'medium',
      note: 'note',
      none: 'note',
    });
  });

  it('suppresses only on a non-empty array with an accepted or status-less entry', () => {
    const entry = fc.record(
      {
        kind: fc.constantFrom('inSource', 'external'),
        status: fc.constantFrom('accepted', 'underReview', 'rejected', undefined),
      },
      { requiredKeys: ['kind'] },
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 4 }), (suppressions) => {
        const expected = suppressions.some(
          (s) => s.status === undefined || s.status === 'accepted',
        );
        expect(isSuppressed({ suppressions })).toBe(expected);
      }),
    );
    expect(isSuppressed({ suppressions: [] })).toBe(false);
    expect(isSuppressed({})).toBe(false);
  });
});
