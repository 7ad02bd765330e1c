import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentedDifference, runCase, type CorpusCase } from '../conformance/conformance.js';

const corpus = JSON.parse(
  readFileSync(new URL('../conformance/testdata/cases.json', import.meta.url), 'utf8'),
) as { cases: CorpusCase[] };

describe('cfn-policy-validator conformance corpus (real SDK clients against the AWS fake)', () => {
  it('holds the 92 cases the runner is specified against', () => {
    expect(corpus.cases).toHaveLength(92);
  });

  it.each(corpus.cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const result = await runCase(c);
    expect(result.problems).toEqual([]);
    expect(result.passed).toBe(true);
    // Only cases that document a reference gap may pass through reference-parity mode.
    if (result.deliberateDifference) {
      expect(result.documented).toBe(true);
      expect(Boolean(c.suggested_behavior) || documentedDifference(c.id)).toBe(true);
    }
  });
});
