import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateSarifFiles } from '../evaluate-files.js';
import { asffSourceFromFinding } from './from-finding.js';
import { sarifToAsff } from './sarif-to-asff.js';
import { asffFindingProblems } from './testing/asff-model-validator.js';

const testdataDir = fileURLToPath(new URL('./testdata/', import.meta.url));
const manifest = JSON.parse(readFileSync(`${testdataDir}MANIFEST.json`, 'utf8')) as {
  file: string;
  suppressed: number;
  by_severity_unsuppressed: Record<string, number>;
}[];
const LABEL = {
  CRITICAL: 'critical',
  HIGH: 'high',
  MEDIUM: 'medium',
  LOW: 'low',
  INFORMATIONAL: 'note/none',
} as const;

describe('the gate path: evaluateSarifFiles → asffSourceFromFinding → sarifToAsff', () => {
  for (const entry of manifest) {
    it(`${entry.file}: Security Hub labels equal the gate's counts`, async () => {
      const evaluation = await evaluateSarifFiles([entry.file], {
        cwd: testdataDir,
        keepFindings: true,
        merge: false,
      });
      expect(evaluation.problems).toEqual([]);
      const findings = sarifToAsff(
        evaluation.tally.findings.map((f) => asffSourceFromFinding(f)),
        {
          accountId: '123456789012',
          region: 'us-east-1',
          partition: 'aws',
          now: new Date('2026-11-26T17:00:00Z'),
        },
      );
      expect(findings.flatMap((f) => asffFindingProblems(f))).toEqual([]);
      const counts: Record<string, number> = {
        critical: 0,
        high: 0,
        medium: 0,
        low: 0,
        'note/none': 0,
      };
      let suppressed = 0;
      for (const f of findings) {
        if (f.Workflow?.Status === 'SUPPRESSED') suppressed++;
        else counts[LABEL[f.Severity?.Label as keyof typeof LABEL]]!++;
      }
      expect(counts).toEqual(entry.by_severity_unsuppressed);
      expect(suppressed).toBe(entry.suppressed);
    });
  }
});
