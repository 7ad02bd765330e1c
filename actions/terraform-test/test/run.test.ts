import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordingRuntime, type RecordingRuntime } from '@devsecops-gates/action-kit';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { run } from '../src/main.js';
import { CODECOMMIT, CORPUS, FIXTURES, JSON_STREAM_FIXTURES } from './fixture-paths.js';
import { replayWorkspace, type Recording } from './replay-workspace.js';
import { checkXml } from './xml-well-formed.js';

const MODULE = join(CODECOMMIT, 'module');
const BROKEN = join(CODECOMMIT, 'module-broken');
const VALID = join(CORPUS, 'validate-json-valid', 'stdout.json');
const cc = (f: string) => join(CODECOMMIT, f);

const okSteps: Recording[] = [
  { args: ['init'], exit: 0 },
  { args: ['validate'], stdout: VALID, exit: 0 },
];

async function runWith(
  ws: ReturnType<typeof replayWorkspace>,
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
): Promise<RecordingRuntime> {
  const rt = recordingRuntime(inputs, { ...ws.env, ...extraEnv });
  await run(rt);
  return rt;
}

/**
 * The SARIF 2.1.0 schema as copied (codeql-action's copy). It nests region's `anyOf` (startLine
 * or charOffset or byteOffset required) inside `properties`, which ajv rejects as a schema; hoisted
 * back to where the spec puts it, so that rule is checked instead of dropped.
 */
function sarifSchema(): object {
  const schema = JSON.parse(readFileSync(join(FIXTURES, 'sarif-schema-2.1.0.json'), 'utf8'));
  const region = schema.definitions.region;
  if (region.properties.anyOf) {
    region.anyOf = region.properties.anyOf;
    delete region.properties.anyOf;
  }
  return schema;
}

const errorAnnotations = (rt: RecordingRuntime) =>
  rt.logger.entries.filter((e) => e.level === 'error' && e.properties);

describe('run() on the Terraform-test-in-CI/CD walkthrough module', () => {
  it('passes, reports every run with its command, and streams progress grouped per file', async () => {
    const ws = replayWorkspace({
      modules: { 'modules/repo': MODULE },
      commands: [
        ...okSteps,
        {
          args: ['test'],
          stdout: cc('pass.stdout.json'),
          exit: 0,
          junit: join(CORPUS, 'junit-multiple-files', 'junit.xml'),
          chunkBytes: 5,
        },
      ],
    });
    const rt = await runWith(ws, {
      'working-directory': 'modules/repo',
      'junit-output': 'reports/junit.xml',
    });
    expect(rt.failures).toEqual([]);
    expect(rt.outputs).toMatchObject({
      passed: '4',
      failed: '0',
      errored: '0',
      skipped: '0',
      result: 'pass',
      modules: '["modules/repo"]',
    });
    const calls = ws.invocations().filter((c) => c.args[0] !== 'version');
    expect(calls.map((c) => c.args[0])).toEqual(['init', 'validate', 'test']);
    expect(calls[0]!.args).toEqual(['init', '-input=false', '-no-color']);
    expect(calls[1]!.args).toEqual(['validate', '-json', '-no-color', '-test-directory=tests']);
    expect(calls[2]!.args.slice(0, 4)).toEqual([
      'test',
      '-json',
      '-no-color',
      '-test-directory=tests',
    ]);
    // terraform 1.15 writes its own JUnit; the action passes that file through unchanged.
    expect(calls[2]!.args.some((a) => a.startsWith('-junit-xml='))).toBe(true);
    expect(readFileSync(rt.outputs['junit-path']!, 'utf8')).toBe(
      readFileSync(join(CORPUS, 'junit-multiple-files', 'junit.xml'), 'utf8'),
    );
    expect(new Set(calls.map((c) => c.cwd))).toEqual(new Set([join(ws.workspace, 'modules/repo')]));
    expect(
      calls.every(
        (c) =>
          c.pluginCache === join(ws.runnerTemp, 'terraform-plugin-cache') && c.inAutomation === '1',
      ),
    ).toBe(true);

    const summary = rt.summary.join('\n');
    expect(summary).toContain(
      '| `modules/repo/tests/basic.tftest.hcl` | test_resource_creation | plan | ✅ pass |',
    );
    expect(summary).toContain(
      '| `modules/repo/tests/with_kms.tftest.hcl` | setup | apply | ✅ pass | 5.4 s |',
    );
    expect(summary).toContain(
      '| `modules/repo/tests/var_validation.tftest.hcl` | repository_name_too_long | plan | ✅ pass |',
    );
    expect(rt.logger.messages('group')).toEqual([
      'terraform init (modules/repo)',
      'terraform validate (modules/repo)',
      'tests/basic.tftest.hcl',
      'tests/var_validation.tftest.hcl',
      'tests/with_kms.tftest.hcl',
    ]);
    expect(rt.logger.messages('info')).toContain('Success! 4 passed, 0 failed.');
  });

  it('fails the broken variant with a "Test assertion failed" annotation at the condition', async () => {
    const ws = replayWorkspace({
      modules: { 'modules/repo': BROKEN },
      commands: [...okSteps, { args: ['test'], stdout: cc('broken.stdout.json'), exit: 1 }],
    });
    const rt = await runWith(ws, {
      'working-directory': 'modules/repo',
      'sarif-output': 'reports/tftest.sarif',
      'junit-output': 'reports/junit.xml',
    });
    expect(rt.outputs).toMatchObject({ passed: '3', failed: '1', errored: '0', result: 'fail' });
    expect(rt.failures).toEqual(['terraform-test: modules/repo: 1 run failed']);
    const [a, ...rest] = errorAnnotations(rt);
    expect(rest).toEqual([]);
    expect(a!.properties).toMatchObject({
      title: 'Test assertion failed',
      file: 'modules/repo/tests/basic.tftest.hcl',
      startLine: 9,
      endLine: 9,
      startColumn: 21,
      endColumn: 90,
    });
    expect(a!.message).toContain('The repository name must start with my-repo-');
    expect(a!.message).toContain(
      'aws_codecommit_repository.test.repository_name is "repo-basic-test"',
    );
    // The annotated line really is the condition.
    expect(readFileSync(join(BROKEN, 'tests/basic.tftest.hcl'), 'utf8').split('\n')[8]).toContain(
      'condition     = startswith(',
    );

    const sarif = JSON.parse(readFileSync(rt.outputs['sarif-path']!, 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
    const validate = ajv.compile(sarifSchema());
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    expect(sarif.runs[0].results).toHaveLength(1);
    expect(sarif.runs[0].results[0]).toMatchObject({
      ruleId: 'terraform-test/assertion-failed',
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'modules/repo/tests/basic.tftest.hcl' },
            region: { startLine: 9, startColumn: 21, endColumn: 91 },
          },
        },
      ],
    });

    // No -junit-xml file came back from the stand-in here, so the action wrote its equivalent.
    const junit = readFileSync(rt.outputs['junit-path']!, 'utf8');
    const { errors, root } = checkXml(junit);
    expect(errors).toEqual([]);
    const failure = root!.children[0]!.children[0]!.children[0]!;
    expect(failure.name).toBe('failure');
    expect(failure.attrs.message).toBe(
      '1 of 1 assertions failed: The repository name must start with my-repo-',
    );
    expect(rt.summary.join('\n')).toContain('❌ fail');
  });

  it('fails on a failed destroy although every run passed, and lists the leftover resource', async () => {
    const ws = replayWorkspace({
      modules: { 'modules/repo': MODULE },
      commands: [...okSteps, { args: ['test'], stdout: cc('destroy-fail.stdout.json'), exit: 1 }],
    });
    const rt = await runWith(ws, { 'working-directory': 'modules/repo' });
    expect(rt.outputs).toMatchObject({ passed: '4', failed: '0', errored: '0', result: 'fail' });
    expect(rt.failures[0]).toContain('cleanup failed: 1 resource was left in state');
    const file = join(ws.runnerTemp, 'terraform-test', 'leftover-resources.json');
    expect(JSON.parse(readFileSync(file, 'utf8')).resources).toEqual([
      {
        module: 'modules/repo',
        file: 'tests/with_kms.tftest.hcl',
        run: 'setup',
        address: 'aws_kms_key.test',
        id: null,
        deposed_key: null,
        reason: 'cleanup',
      },
    ]);
    const summary = rt.summary.join('\n');
    expect(summary).toContain('Resources left in state');
    expect(summary).toContain('| `aws_kms_key.test` |');
    expect(summary).toContain(file);
    // The destroy error is annotated on the setup module's resource block.
    expect(errorAnnotations(rt).map((e) => e.properties?.file)).toContain(
      'modules/repo/tests/setup/main.tf',
    );
  });

  it('reads OpenTofu: tofu binary, no terraform-only flags, JUnit written by the action', async () => {
    const ws = replayWorkspace({
      modules: { 'modules/repo': BROKEN },
      commands: [...okSteps, { args: ['test'], stdout: cc('tofu-broken.stdout.json'), exit: 1 }],
      version: '1.12.6',
      only: 'tofu',
    });
    const rt = await runWith(ws, {
      'working-directory': 'modules/repo',
      parallelism: '4',
      'junit-output': 'junit.xml',
    });
    expect(rt.outputs).toMatchObject({ passed: '3', failed: '1', result: 'fail' });
    const test = ws.invocations().find((c) => c.args[0] === 'test')!;
    expect(test.tool).toBe('tofu');
    expect(test.args.some((a) => a.startsWith('-junit-xml') || a.startsWith('-parallelism'))).toBe(
      false,
    );
    expect(checkXml(readFileSync(rt.outputs['junit-path']!, 'utf8')).errors).toEqual([]);
    expect(errorAnnotations(rt)[0]!.properties).toMatchObject({
      file: 'modules/repo/tests/basic.tftest.hcl',
      startLine: 9,
    });
    expect(rt.summary.join('\n')).toContain('tofu test');
  });

  it('OpenTofu destroy failure: the leftover gets its ID from errored_test.tfstate', async () => {
    const ws = replayWorkspace({
      modules: { 'modules/repo': MODULE },
      commands: [
        ...okSteps,
        {
          args: ['test'],
          stdout: cc('tofu-destroy-fail.stdout.json'),
          exit: 1,
          writes: { 'errored_test.tfstate': cc('tofu-errored_test.tfstate') },
        },
      ],
      version: '1.12.6',
      only: 'tofu',
    });
    const rt = await runWith(ws, { 'working-directory': 'modules/repo' });
    expect(rt.outputs).toMatchObject({ passed: '4', failed: '0', result: 'fail' });
    expect(rt.failures[0]).toContain('cleanup failed: 1 resource was left in state');
    const leftovers = JSON.parse(
      readFileSync(join(ws.runnerTemp, 'terraform-test', 'leftover-resources.json'), 'utf8'),
    ).resources;
    expect(leftovers).toEqual([
      {
        module: 'modules/repo',
        file: 'tests/with_kms.tftest.hcl',
        run: 'setup',
        address: 'aws_kms_key.test',
        id: '1234abcd-12ab-34cd-56ef-1234567890ab',
        deposed_key: null,
        reason: 'cleanup',
      },
    ]);
    expect(rt.summary.join('\n')).toContain(
      '| `aws_kms_key.test` | `1234abcd-12ab-34cd-56ef-1234567890ab` |',
    );
    // The destroy error was printed before the file line, and is still a teardown error.
    expect(rt.logger.messages('info')).toContain('Writing state to file: errored_test.tfstate');
    const destroy = errorAnnotations(rt).find((e) =>
      e.properties?.title?.startsWith('deleting KMS Key'),
    )!;
    expect(destroy.message).toContain('(while destroying test resources)');
    expect(destroy.properties?.file).toBeUndefined();
  });

  it.each([
    ['1.10.5', false, false],
    ['1.11.0', true, false],
    ['1.12.2', true, true],
  ])('terraform %s: -junit-xml %s, -parallelism %s', async (version, junit, parallelism) => {
    const ws = replayWorkspace({
      modules: { m: MODULE },
      commands: [...okSteps, { args: ['test'], stdout: cc('pass.stdout.json') }],
      version,
    });
    await runWith(ws, {
      'working-directory': 'm',
      parallelism: '3',
      'junit-output': 'j.xml',
      var: 'repository_name=secret-name',
      filter: 'tests/basic.tftest.hcl',
    });
    const args = ws.invocations().find((c) => c.args[0] === 'test')!.args;
    expect(args.some((a) => a.startsWith('-junit-xml='))).toBe(junit);
    expect(args.includes('-parallelism=3')).toBe(parallelism);
    expect(args).toContain('-var=repository_name=secret-name');
    expect(args).toContain('-filter=tests/basic.tftest.hcl');
  });

  it('never prints -var values in the log', async () => {
    const ws = replayWorkspace({
      modules: { m: MODULE },
      commands: [...okSteps, { args: ['test'], stdout: cc('pass.stdout.json') }],
    });
    const rt = await runWith(ws, {
      'working-directory': 'm',
      var: 'repository_name=hunter2-value',
    });
    expect(JSON.stringify(rt.logger.entries)).not.toContain('hunter2-value');
    expect(rt.logger.messages('info').some((m) => m.includes('-var=repository_name=***'))).toBe(
      true,
    );
  });
});

describe('run() fails closed', () => {
  it('on zero tests (real 1.11.4 output: "Success! 0 passed, 0 failed.", exit 0) unless fail-on-no-tests is false', async () => {
    const commands = [
      ...okSteps,
      {
        args: ['test'],
        stdout: join(FIXTURES, 'recorded', 'no-tests', 'test-json.stdout'),
        exit: 0,
      },
    ];
    const rt = await runWith(replayWorkspace({ modules: { m: MODULE }, commands }), {
      'working-directory': 'm',
    });
    expect(rt.outputs.result).toBe('fail');
    expect(rt.failures[0]).toContain('no tests were found');
    const allowed = await runWith(replayWorkspace({ modules: { m: MODULE }, commands }), {
      'working-directory': 'm',
      'fail-on-no-tests': 'false',
    });
    expect(allowed.failures).toEqual([]);
    expect(allowed.outputs.result).toBe('pass');
  });

  it('on an interrupted run whose summary still says Success (cloud-test-cancel)', async () => {
    const ws = replayWorkspace({
      modules: { m: MODULE },
      commands: [
        ...okSteps,
        { args: ['test'], stdout: join(CORPUS, 'cloud-test-cancel', 'stdout.json'), exit: 0 },
      ],
    });
    const rt = await runWith(ws, { 'working-directory': 'm' });
    expect(rt.outputs).toMatchObject({ passed: '1', skipped: '1', result: 'fail' });
    expect(rt.failures[0]).toContain('interrupted (1 run skipped)');
  });

  it('on a stream cut off before its summary, even with exit code 0', async () => {
    const ws = replayWorkspace({
      modules: { m: MODULE },
      commands: [
        ...okSteps,
        { args: ['test'], stdout: join(FIXTURES, 'truncated.stdout.json'), exit: 0 },
      ],
    });
    const rt = await runWith(ws, { 'working-directory': 'm' });
    expect(rt.outputs.result).toBe('fail');
    expect(rt.failures[0]).toContain('ended without a summary');
  });

  it('on an init failure, without running validate or test', async () => {
    const ws = replayWorkspace({
      modules: { m: MODULE },
      commands: [{ args: ['init'], stderr: cc('init-failure.stderr.txt'), exit: 1 }],
    });
    const rt = await runWith(ws, { 'working-directory': 'm', 'junit-output': 'j.xml' });
    expect(rt.failures).toEqual(['terraform-test: m: terraform init failed (exit code 1)']);
    expect(ws.invocations().map((c) => c.args[0])).toEqual(['version', 'init']);
    expect(rt.summary.join('\n')).toContain('Failed to query available provider packages');
    const { errors, root } = checkXml(readFileSync(rt.outputs['junit-path']!, 'utf8'));
    expect(errors).toEqual([]);
    expect(root!.children[0]!.children[0]!.attrs.name).toBe('terraform init');
  });

  it('on a validate failure, annotating its diagnostic (validate-json-missing_var)', async () => {
    const ws = replayWorkspace({
      modules: { m: MODULE },
      commands: [
        { args: ['init'] },
        {
          args: ['validate'],
          stdout: join(CORPUS, 'validate-json-missing_var', 'stdout.json'),
          exit: 1,
        },
      ],
    });
    const rt = await runWith(ws, { 'working-directory': 'm' });
    expect(rt.failures).toEqual(['terraform-test: m: terraform validate found 1 error']);
    expect(errorAnnotations(rt)[0]!.properties).toMatchObject({
      title: 'Reference to undeclared input variable',
      file: 'm/testdata/validate-invalid/missing_var/main.tf',
      startLine: 6,
      startColumn: 21,
      endColumn: 35,
    });
  });

  it('when neither terraform nor tofu is installed, pointing at the setup actions', async () => {
    const ws = replayWorkspace({ modules: { m: MODULE }, commands: [], only: 'none' });
    const rt = await runWith(ws, { 'working-directory': 'm' });
    expect(rt.failures[0]).toMatch(
      /Neither terraform nor tofu was found on PATH\. .*hashicorp\/setup-terraform.*opentofu\/setup-opentofu/,
    );
  });

  it('on a working-directory that does not exist, naming the input', async () => {
    const ws = replayWorkspace({ modules: { m: MODULE }, commands: [] });
    const rt = await runWith(ws, { 'working-directory': 'nope' });
    expect(rt.failures[0]).toContain("Input 'working-directory' entry 'nope' does not exist");
  });
});

describe('run() on every recorded -json stream of the corpus', () => {
  it.each(JSON_STREAM_FIXTURES)('%s', async (name) => {
    const stream = join(CORPUS, name, 'stdout.json');
    const ws = replayWorkspace({
      modules: { m: join(CORPUS, name, 'input') },
      commands: [...okSteps, { args: ['test'], stdout: stream, exit: 0 }],
    });
    const rt = await runWith(ws, { 'working-directory': 'm' });
    const summary = JSON.parse(
      readFileSync(stream, 'utf8').trim().split('\n').at(-1)!,
    ).test_summary;
    expect(rt.outputs).toMatchObject({
      passed: String(summary.passed),
      failed: String(summary.failed),
      errored: String(summary.errored),
      skipped: String(summary.skipped),
    });
    // Only the interrupted one fails: its runs did not all execute.
    expect(rt.outputs.result).toBe(name === 'cloud-test-cancel' ? 'fail' : 'pass');
  });
});

describe('run() over several modules', () => {
  it('discovers modules with tests, shares one plugin cache, and outputs the matrix list', async () => {
    const ws = replayWorkspace({
      modules: {
        'stacks/a': MODULE,
        'stacks/b': join(CORPUS, 'cloud-test-pass', 'input'),
        'stacks/no-tests': join(CORPUS, 'validate-json-valid', 'input'),
      },
      commands: [
        ...okSteps,
        { args: ['test'], cwd: 'stacks/a', stdout: cc('pass.stdout.json') },
        { args: ['test'], cwd: 'stacks/b', stdout: join(CORPUS, 'cloud-test-pass', 'stdout.json') },
      ],
    });
    const rt = await runWith(
      ws,
      { 'working-directory': 'stacks', discover: 'true', 'junit-output': 'junit.xml' },
      { TF_PLUGIN_CACHE_DIR: join(ws.runnerTemp, 'shared-cache') },
    );
    expect(rt.failures).toEqual([]);
    expect(JSON.parse(rt.outputs.modules!)).toEqual(['stacks/a', 'stacks/b']);
    expect(rt.outputs.passed).toBe('6');
    expect(
      new Set(
        ws
          .invocations()
          .filter((c) => c.args[0] !== 'version')
          .map((c) => c.pluginCache),
      ),
    ).toEqual(new Set([join(ws.runnerTemp, 'shared-cache')]));
    expect(rt.logger.messages('group')).toContain('stacks/a: tests/with_kms.tftest.hcl');
    // Two terraform-written files merged with module prefixes would collide otherwise.
    const { errors, root } = checkXml(readFileSync(rt.outputs['junit-path']!, 'utf8'));
    expect(errors).toEqual([]);
    expect(root!.children.map((s) => s.attrs.name)).toEqual([
      'stacks/a/tests/basic.tftest.hcl',
      'stacks/a/tests/var_validation.tftest.hcl',
      'stacks/a/tests/with_kms.tftest.hcl',
      'stacks/b/main.tftest.hcl',
    ]);
  });

  it('changed-only on a pull request tests only modules with changed files', async () => {
    const ws = replayWorkspace({
      modules: { 'stacks/a': MODULE, 'stacks/b': BROKEN },
      commands: [...okSteps, { args: ['test'], stdout: cc('pass.stdout.json') }],
    });
    const rt = recordingRuntime(
      { 'working-directory': 'stacks/*', 'changed-only': 'true' },
      {
        ...ws.env,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: join(FIXTURES, 'pull-request-event.json'),
      },
    );
    await run(rt, { changedFiles: () => Promise.resolve(['stacks/a/main.tf', 'README.md']) });
    expect(rt.outputs.modules).toBe('["stacks/a"]');
    expect(
      ws
        .invocations()
        .filter((c) => c.args[0] === 'test')
        .map((c) => c.cwd),
    ).toEqual([join(ws.workspace, 'stacks/a')]);

    const none = recordingRuntime(
      { 'working-directory': 'stacks/*', 'changed-only': 'true' },
      {
        ...ws.env,
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: join(FIXTURES, 'pull-request-event.json'),
      },
    );
    const outcome = await run(none, { changedFiles: () => Promise.resolve(['docs/x.md']) });
    expect(outcome?.verdict).toEqual({
      status: 'skipped',
      reason: 'no module with tests changed in this pull request',
    });
    expect(none.outputs.modules).toBe('[]');
  });

  it('a glob that matches nothing fails when nothing is selected', async () => {
    const ws = replayWorkspace({ modules: { m: MODULE }, commands: okSteps });
    const rt = await runWith(ws, { 'working-directory': 'stacks/*' });
    expect(rt.failures[0]).toContain('no module found for working-directory stacks/*');
    expect(existsSync(join(ws.workspace, 'stacks'))).toBe(false);
  });
});
