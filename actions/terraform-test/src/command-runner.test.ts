import { describe, expect, it } from 'vitest';
import { LineSplitter, spawnRunner } from './command-runner.js';

describe('spawnRunner', () => {
  it('streams stdout lines, keeps stderr, returns the exit code; arguments are never shell-parsed', async () => {
    const lines: string[] = [];
    const script =
      "process.stdout.write('a\\nb'); setTimeout(() => { process.stdout.write('c\\n'); console.error(process.argv[1]); process.exit(3); }, 20);";
    const r = await spawnRunner().run(process.execPath, ['-e', script, '$(echo pwned); `x` "q"'], {
      cwd: process.cwd(),
      env: process.env,
      onStdoutLine: (l) => lines.push(l),
    });
    expect(lines).toEqual(['a', 'bc']);
    expect(r).toEqual({ exitCode: 3, stdout: '', stderr: '$(echo pwned); `x` "q"\n' });
  });

  it('collects stdout when no line handler is given', async () => {
    const r = await spawnRunner().run(
      process.execPath,
      ['-e', 'process.stdout.write(\'{"valid":true}\')'],
      { cwd: process.cwd(), env: process.env },
    );
    expect(r.stdout).toBe('{"valid":true}');
  });

  it('reports a binary that cannot be started as a configuration problem', async () => {
    await expect(
      spawnRunner().run('/nonexistent/terraform', [], { cwd: process.cwd(), env: process.env }),
    ).rejects.toThrow(/Could not start \/nonexistent\/terraform/);
  });
});

describe('LineSplitter', () => {
  it('does not split a UTF-8 character across chunks', () => {
    const lines: string[] = [];
    const s = new LineSplitter((l) => lines.push(l));
    const bytes = Buffer.from('├──\n│ é\nend', 'utf8');
    for (const b of bytes) s.write(Buffer.from([b]));
    s.end();
    expect(lines).toEqual(['├──', '│ é', 'end']);
  });
});
