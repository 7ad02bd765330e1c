import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateSarifFiles, type SarifEvaluation } from '../src/index.js';

/** Expected counts per file, from testdata/corpus/MANIFEST.json (see its README). */
interface ManifestEntry {
  file: string;
  results_total: number | null;
  by_level: Record<'error' | 'warning' | 'note' | 'none', number> | null;
  by_severity: Record<'critical' | 'high' | 'medium' | 'low' | 'note/none', number> | null;
  by_severity_unsuppressed: ManifestEntry['by_severity'];
  suppressed: number | null;
  runs: number | null;
}

const corpus = join(import.meta.dirname, '..', 'testdata', 'corpus');
const manifest = JSON.parse(readFileSync(join(corpus, 'MANIFEST.json'), 'utf8')) as ManifestEntry[];

function asManifest(
  counts: SarifEvaluation['tally']['all'],
): NonNullable<ManifestEntry['by_severity']> {
  return {
    critical: counts.critical,
    high: counts.high,
    medium: counts.medium,
    low: counts.low,
    'note/none': counts.note,
  };
}

describe.each([
  ['in memory', Number.MAX_SAFE_INTEGER],
  ['streamed', 0],
])('SARIF corpus (%s)', (_mode, streamThreshold) => {
  it.each(manifest.map((e) => [e.file, e] as const))(
    '%s gives its MANIFEST counts',
    async (file, entry) => {
      const evaluation = await evaluateSarifFiles([file], {
        cwd: corpus,
        streamThreshold,
        merge: false,
      });
      if (entry.results_total === null) {
        // Unparseable: a clear error naming the file and line:column, and nothing counted.
        expect(evaluation.problems).toHaveLength(1);
        const problem = evaluation.problems[0]!;
        expect(problem.kind).toBe('json');
        expect(problem.message).toMatch(
          new RegExp(`^${file.replaceAll('.', '\\.')}:\\d+:\\d+: not valid JSON: `),
        );
        expect(problem.position?.line).toBeGreaterThan(0);
        expect(evaluation.tally.total).toBe(0);
        return;
      }
      expect(evaluation.problems.map((p) => p.message)).toEqual([]);
      const { tally, files } = evaluation;
      expect(tally.total).toBe(entry.results_total);
      expect(tally.byLevel).toEqual(entry.by_level);
      expect(asManifest(tally.all)).toEqual(entry.by_severity);
      expect(asManifest(tally.unsuppressed)).toEqual(entry.by_severity_unsuppressed);
      expect(asManifest(tally.counts)).toEqual(entry.by_severity_unsuppressed);
      expect(tally.suppressed).toBe(entry.suppressed);
      expect(files[0]!.runs).toBe(entry.runs);
    },
  );
});

describe('SARIF corpus, all files at once', () => {
  it('sums the MANIFEST counts and reports the unparseable file', async () => {
    const evaluation = await evaluateSarifFiles([corpus], { cwd: corpus, merge: true });
    const parseable = manifest.filter((e) => e.results_total !== null);
    const sum = (key: keyof NonNullable<ManifestEntry['by_severity']>) =>
      parseable.reduce((n, e) => n + e.by_severity_unsuppressed![key], 0);
    expect(asManifest(evaluation.tally.counts)).toEqual({
      critical: sum('critical'),
      high: sum('high'),
      medium: sum('medium'),
      low: sum('low'),
      'note/none': sum('note/none'),
    });
    expect(evaluation.tally.suppressed).toBe(parseable.reduce((n, e) => n + e.suppressed!, 0));
    expect(evaluation.problems.map((p) => p.file)).toEqual(
      manifest.filter((e) => e.results_total === null).map((e) => e.file),
    );
    expect(evaluation.merged?.runs).toHaveLength(parseable.reduce((n, e) => n + e.runs!, 0));
  });
});
