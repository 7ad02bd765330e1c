import {
  ConfigurationError,
  readReportingInputs,
  type InputParser,
  type ReportingInputs,
} from '@devsecops-gates/action-kit';

/** Input names, shared by inputs.ts, action.yml, README and tests. */
export const Inputs = {
  workingDirectory: 'working-directory',
  discover: 'discover',
  changedOnly: 'changed-only',
  testDirectory: 'test-directory',
  filter: 'filter',
  var: 'var',
  varFile: 'var-file',
  binary: 'binary',
  init: 'init',
  validate: 'validate',
  initArgs: 'init-args',
  parallelism: 'parallelism',
  failOnNoTests: 'fail-on-no-tests',
  junitOutput: 'junit-output',
  sarifOutput: 'sarif-output',
} as const;

export interface TerraformTestInputs {
  /** Directories or globs, relative to the repository root. */
  workingDirectories: string[];
  discover: boolean;
  changedOnly: boolean;
  testDirectory: string;
  filters: string[];
  /** `name=value` pairs passed as `-var`. */
  vars: { name: string; value: string }[];
  varFiles: string[];
  /** `terraform`, `tofu` or a path; undefined = auto-detect on PATH. */
  binary: string | undefined;
  init: boolean;
  validate: boolean;
  initArgs: string[];
  parallelism: number | undefined;
  failOnNoTests: boolean;
  junitOutput: string | undefined;
  sarifOutput: string | undefined;
  reporting: ReportingInputs;
}

export const DEFAULT_TEST_DIRECTORY = 'tests';

export function readInputs(p: InputParser): TerraformTestInputs {
  const workingDirectories = p.multiline(Inputs.workingDirectory);
  const testDirectory = p
    .withDefault(Inputs.testDirectory, DEFAULT_TEST_DIRECTORY)
    .replace(/\\/g, '/')
    .replace(/\/+$/, '');
  if (testDirectory.startsWith('/') || testDirectory.split('/').includes('..')) {
    throw new ConfigurationError(
      `Input '${Inputs.testDirectory}' must be a path below the module directory, got '${testDirectory}'.`,
      {
        hint: 'terraform rejects absolute and ".." test directories; use e.g. "tests" or "tests/unit".',
      },
    );
  }
  const vars = p.multiline(Inputs.var).map((item) => {
    const eq = item.indexOf('=');
    if (eq <= 0) {
      throw new ConfigurationError(
        `Input '${Inputs.var}' expects one NAME=VALUE per line, got '${item.slice(0, 40)}'.`,
      );
    }
    return { name: item.slice(0, eq).trim(), value: item.slice(eq + 1) };
  });
  return {
    workingDirectories: workingDirectories.length > 0 ? workingDirectories : ['.'],
    discover: p.boolean(Inputs.discover, false),
    changedOnly: p.boolean(Inputs.changedOnly, false),
    testDirectory,
    filters: p.multiline(Inputs.filter),
    vars,
    varFiles: p.multiline(Inputs.varFile),
    binary: p.string(Inputs.binary),
    init: p.boolean(Inputs.init, true),
    validate: p.boolean(Inputs.validate, true),
    initArgs: (p.string(Inputs.initArgs) ?? '').split(/\s+/).filter((a) => a !== ''),
    parallelism: p.integer(Inputs.parallelism, { min: 1, max: 1000 }),
    failOnNoTests: p.boolean(Inputs.failOnNoTests, true),
    junitOutput: p.string(Inputs.junitOutput),
    sarifOutput: p.string(Inputs.sarifOutput),
    reporting: readReportingInputs(p),
  };
}
