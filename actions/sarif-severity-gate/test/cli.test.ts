import { describe, expect, it } from 'vitest';
import { cli } from '../src/cli.js';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      stdout: (t: string) => out.push(t),
      stderr: (t: string) => err.push(t),
      env: {},
      cwd: process.cwd(),
    },
  };
}

describe('sarif-severity-gate CLI', () => {
  it('--json prints the outputs as one JSON object', async () => {
    const t = io();
    const code = await cli.run(
      [
        '--sarif',
        `${import.meta.dirname}/../samples/trivy-0.45-iac-security-severity.sarif`,
        '--fail-on',
        'critical',
        '--upload',
        'false',
        '--comment',
        'false',
        '--annotations',
        'false',
        '--json',
      ],
      t.io,
    );
    expect(code).toBe(0);
    expect(JSON.parse(t.out.join(''))).toMatchObject({
      total: '21',
      critical: '0',
      high: '11',
      medium: '5',
      low: '5',
      note: '0',
      verdict: 'pass',
    });
  });

  it('demo runs on the samples and fails on the CodeQL criticals, as expected', async () => {
    const t = io();
    expect(await cli.demo!(t.io)).toBe(0);
    expect(t.out.join('')).toContain('| CodeQL | **3** ❌ | **12** ❌ | 14 | 0 | 0 | 0 | 29 |');
  });
});
