import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planReadmes } from './lib/readme-sync.js';

const root = mkdtempSync(join(tmpdir(), 'readme-sync-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const yml = (name: string) =>
  `name: ${name}\ndescription: d\ninputs:\n  a:\n    description: The a input.\noutputs:\n  o:\n    description: The o output.\nruns:\n  using: node24\n  main: ../../dist/${name}/index.js\n`;

function action(name: string, files: Record<string, string>): void {
  mkdirSync(join(root, 'actions', name), { recursive: true });
  for (const [file, text] of Object.entries(files))
    writeFileSync(join(root, 'actions', name, file), text);
}

describe('planReadmes', () => {
  it('plans each landed README and sorts out pending, missing and broken actions', async () => {
    action('ready', {
      'action.yml': yml('ready'),
      'README.md':
        '# ready\n\n<!-- inputs:start -->\n<!-- inputs:end -->\n\n<!-- outputs:start -->\n<!-- outputs:end -->\n',
    });
    action('wip', { 'package.json': '{}' });
    action('no-readme', { 'action.yml': yml('no-readme') });
    action('no-markers', { 'action.yml': yml('no-markers'), 'README.md': '# x\n' });
    action('bad-yml', { 'action.yml': 'name: x\n', 'README.md': '# x\n' });

    const scan = await planReadmes(root);
    expect(scan.pending).toEqual(['wip']);
    expect(scan.missing).toEqual([
      expect.stringMatching(/^actions\/no-readme\/README\.md: missing\./),
    ]);
    expect(scan.problems).toEqual([
      expect.stringMatching(
        /^actions\/bad-yml\/action\.yml: \(top level\): must have required property 'description'/,
      ),
      expect.stringMatching(
        /^actions\/bad-yml\/action\.yml: \(top level\): must have required property 'runs'/,
      ),
      expect.stringMatching(/^actions\/no-markers\/README\.md: missing '<!-- inputs:start -->'/),
    ]);
    expect(scan.plans.map((p) => p.relPath)).toEqual(['actions/ready/README.md']);
    const [plan] = scan.plans;
    expect(plan!.current).not.toBe(plan!.expected);
    expect(plan!.expected).toContain('| `a`   | The a input. | no       |         |');
    expect(plan!.expected).toContain('| `o`    | The o output. |');
  });
});
