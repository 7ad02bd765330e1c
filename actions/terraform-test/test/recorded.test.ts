// Real terraform output recorded on a machine with Terraform 1.11.4 (test/fixtures/recorded,
// see its README): the -json stream and the human output of the same modules, so the log
// rendering can be compared with what terraform itself prints.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RecordingLogger, recordingRuntime } from '@devsecops-gates/action-kit';
import { describe, expect, it } from 'vitest';
import { renderDiagnostic } from '../src/diagnostic-text.js';
import { junitDocument, junitForModule } from '../src/junit.js';
import { run } from '../src/main.js';
import type { ModuleOutcome } from '../src/module-outcome.js';
import { ProgressLog } from '../src/progress-log.js';
import { parseTestStream, TestStreamParser } from '../src/stream-parser.js';
import { scanTestFile } from '../src/test-file-scan.js';
import { FIXTURES } from './fixture-paths.js';
import { replayWorkspace } from './replay-workspace.js';
import { checkXml } from './xml-well-formed.js';

const RECORDED = join(FIXTURES, 'recorded');
const SCENARIOS = ['walkthrough', 'walkthrough-broken', 'destroy-fail', 'no-tests'] as const;
const read = (scenario: string, file: string) =>
  readFileSync(join(RECORDED, scenario, file), 'utf8');

function render(scenario: string): RecordingLogger {
  const logger = new RecordingLogger();
  const log = new ProgressLog(logger, undefined);
  const parser = new TestStreamParser();
  for (const line of read(scenario, 'test-json.stdout').split('\n')) {
    const e = parser.push(line);
    if (e && e.kind !== 'version' && e.kind !== 'abstract') log.write(e);
  }
  log.finish();
  return logger;
}

describe('recorded Terraform 1.11.4 streams', () => {
  it.each(SCENARIOS)('%s: model agrees with the summary and the exit code', (scenario) => {
    const r = parseTestStream(read(scenario, 'test-json.stdout'));
    const runs = r.files.flatMap((f) => f.runs);
    expect(r).toMatchObject({
      tool: 'terraform',
      version: '1.11.4',
      uiVersion: '1.2',
      textLines: [],
    });
    expect({
      status: r.summary?.status,
      passed: runs.filter((x) => x.status === 'pass').length,
      failed: runs.filter((x) => x.status === 'fail').length,
      errored: runs.filter((x) => x.status === 'error').length,
      skipped: runs.filter((x) => x.status === 'skip').length,
    }).toEqual(r.summary);
    expect(read(scenario, 'test-json.exit_code').trim()).toBe(
      r.summary!.status === 'pass' ? '0' : '1',
    );
  });

  it.each(SCENARIOS)(
    '%s: progress lines equal terraform’s human stdout for the same module',
    (scenario) => {
      const logger = render(scenario);
      const human = read(scenario, 'test-human.stdout');
      const ours = logger
        .messages('info')
        .filter((m) => !m.startsWith('\n') && !m.includes('left the following'));
      expect(ours.join('\n') + '\n').toBe(human);
    },
  );

  it('walkthrough-broken: the assertion diagnostic equals terraform’s stderr byte for byte', () => {
    const r = parseTestStream(read('walkthrough-broken', 'test-json.stdout'));
    const d = r.files[0]!.runs[0]!.diagnostics[0]!;
    expect(`${renderDiagnostic(d).join('\n')}\n`).toBe(
      read('walkthrough-broken', 'test-human.stderr'),
    );
  });

  it('destroy-fail: the destroy diagnostic and the leftover list appear in terraform’s stderr', () => {
    const stderr = read('destroy-fail', 'test-human.stderr');
    const r = parseTestStream(read('destroy-fail', 'test-json.stdout'));
    const kms = r.files.find((f) => f.path === 'tests/with_kms.tftest.hcl')!;
    expect(kms.status).toBe('error');
    expect(kms.leftovers).toEqual([
      {
        file: 'tests/with_kms.tftest.hcl',
        run: 'setup',
        address: 'terraform_data.guard',
        reason: 'cleanup',
      },
    ]);
    expect(kms.teardownDiagnostics).toHaveLength(1);
    expect(stderr).toContain(renderDiagnostic(kms.teardownDiagnostics[0]!).join('\n'));
    const logger = render('destroy-fail');
    const leftover = logger.messages('info').find((m) => m.includes('left the following'))!;
    expect(stderr).toContain(leftover);
  });

  it('walkthrough-broken: the action’s own JUnit equals terraform’s -junit-xml apart from timings', () => {
    const r = parseTestStream(read('walkthrough-broken', 'test-json.stdout'));
    const blocks: ModuleOutcome['runBlocks'] = {};
    for (const f of r.files)
      blocks[f.path] = scanTestFile(f.path, read('walkthrough-broken', join('input', f.path)));
    const m: ModuleOutcome = {
      dir: '.',
      tool: 'terraform',
      version: '1.11.4',
      init: undefined,
      validate: undefined,
      test: { exitCode: 1, stream: r, junitFile: undefined },
      runBlocks: blocks,
      leftovers: [],
    };
    // terraform times the run internally (ns); the stream only has ms timestamps.
    const redact = (xml: string) => xml.replace(/ time="[^"]*"/g, ' time="T"');
    expect(redact(junitDocument(junitForModule(m, { prefixModule: false })))).toBe(
      redact(read('walkthrough-broken', 'junit.xml')),
    );
  });
});

describe('run() on the recorded modules (real init, validate, test and JUnit output)', () => {
  function workspaceFor(scenario: string) {
    const dir = join(RECORDED, scenario);
    return replayWorkspace({
      modules: { 'modules/repo': join(dir, 'input') },
      version: JSON.parse(read(scenario, 'version.json')).terraform_version,
      commands: [
        {
          args: ['init'],
          stdout: join(dir, 'init.stdout'),
          exit: Number(read(scenario, 'init.exit_code')),
        },
        {
          args: ['validate'],
          stdout: join(dir, 'validate.stdout'),
          exit: Number(read(scenario, 'validate.exit_code')),
        },
        {
          args: ['test'],
          stdout: join(dir, 'test-json.stdout'),
          exit: Number(read(scenario, 'test-json.exit_code')),
          ...(scenario === 'no-tests' ? {} : { junit: join(dir, 'junit.xml') }),
        },
      ],
    });
  }

  it('walkthrough passes; terraform ≥ 1.11 writes the JUnit file, passed through unchanged', async () => {
    const ws = workspaceFor('walkthrough');
    const rt = recordingRuntime(
      { 'working-directory': 'modules/repo', 'junit-output': 'junit.xml' },
      ws.env,
    );
    await run(rt);
    expect(rt.failures).toEqual([]);
    expect(rt.outputs).toMatchObject({ passed: '4', failed: '0', result: 'pass' });
    expect(readFileSync(rt.outputs['junit-path']!, 'utf8')).toBe(read('walkthrough', 'junit.xml'));
    expect(rt.logger.messages('info')).toContain('Terraform has been successfully initialized!');
  });

  it('walkthrough-broken fails with the annotation at tests/basic.tftest.hcl:9', async () => {
    const ws = workspaceFor('walkthrough-broken');
    const rt = recordingRuntime({ 'working-directory': 'modules/repo' }, ws.env);
    await run(rt);
    expect(rt.outputs).toMatchObject({ passed: '3', failed: '1', result: 'fail' });
    const ann = rt.logger.entries.find(
      (e) => e.level === 'error' && e.properties?.title === 'Test assertion failed',
    )!;
    expect(ann.properties).toMatchObject({
      file: 'modules/repo/tests/basic.tftest.hcl',
      startLine: 9,
      startColumn: 21,
    });
    expect(ann.message).toContain('The repository name must start with my-repo-');
    expect(ann.message).toContain(
      'terraform_data.repository.input.repository_name is "repo-basic-test"',
    );
  });

  it('destroy-fail fails although terraform says "4 passed, 0 failed", listing the leftover', async () => {
    const ws = workspaceFor('destroy-fail');
    const rt = recordingRuntime(
      { 'working-directory': 'modules/repo', 'junit-output': 'junit.xml' },
      ws.env,
    );
    await run(rt);
    expect(rt.outputs).toMatchObject({ passed: '4', failed: '0', errored: '0', result: 'fail' });
    expect(rt.failures[0]).toContain('cleanup failed: 1 resource was left in state');
    expect(rt.summary.join('\n')).toContain('| `terraform_data.guard` |');
    const ann = rt.logger.entries.find(
      (e) => e.level === 'error' && e.properties?.title === 'local-exec provisioner error',
    )!;
    expect(ann.properties).toMatchObject({
      file: 'modules/repo/tests/setup/main.tf',
      startLine: 12,
    });
    // terraform's own -junit-xml file hides the failed destroy; the action's JUnit shows it.
    expect(read('destroy-fail', 'junit.xml')).not.toContain('<error');
    const { errors, root } = checkXml(readFileSync(rt.outputs['junit-path']!, 'utf8'));
    expect(errors).toEqual([]);
    const kms = root!.children.find((s) => s.attrs.name === 'tests/with_kms.tftest.hcl')!;
    expect(kms.attrs).toMatchObject({ tests: '3', errors: '1' });
    const cleanup = kms.children.find((c) => c.attrs.name === '(destroy test resources)')!;
    expect(cleanup.children[0]!.attrs.message).toBe(
      'Terraform left 1 resource(s) in state: terraform_data.guard',
    );
    expect(cleanup.children[0]!.text).toContain('Error: local-exec provisioner error');
  });

  it('no-tests: terraform says "Success! 0 passed, 0 failed." and exits 0; the action fails', async () => {
    const ws = workspaceFor('no-tests');
    const rt = recordingRuntime({ 'working-directory': 'modules/repo' }, ws.env);
    await run(rt);
    expect(rt.outputs).toMatchObject({ passed: '0', result: 'fail' });
    expect(rt.failures[0]).toContain('no tests were found');
  });
});
