import { snippetExtras } from './diagnostic-text.js';
import type { Diagnostic } from './model.js';
import { repoPath, type ModuleOutcome } from './module-outcome.js';
import { isPseudoFile } from './annotations.js';

interface Rule {
  id: string;
  name: string;
  short: string;
  full: string;
  level: 'error' | 'warning';
}

const RULES: Rule[] = [
  {
    id: 'terraform-test/assertion-failed',
    name: 'TestAssertionFailed',
    short: 'A run block assertion evaluated to false',
    full: 'An `assert` condition in a terraform test file was false; its error_message explains the expectation.',
    level: 'error',
  },
  {
    id: 'terraform-test/missing-expected-failure',
    name: 'MissingExpectedFailure',
    short: 'A checkable object listed in expect_failures did not fail',
    full: 'The run listed an object in `expect_failures`, but it passed its validation or condition.',
    level: 'error',
  },
  {
    id: 'terraform-test/run-error',
    name: 'TestRunError',
    short: 'A run block could not be executed',
    full: 'Planning, applying or evaluating the run failed with an error other than a failed assertion.',
    level: 'error',
  },
];

/**
 * SARIF 2.1.0 with failed assertions (and run errors) as results at the condition's location,
 * so code scanning shows them on the test file. Only located diagnostics become results:
 * code scanning rejects results without a physical location.
 */
export function testSarif(
  modules: readonly ModuleOutcome[],
  toolVersion: string | undefined,
  tool: 'terraform' | 'tofu',
): unknown {
  const results: unknown[] = [];
  for (const m of modules) {
    for (const f of m.test?.stream.files ?? []) {
      for (const r of f.runs) {
        if (r.status !== 'fail' && r.status !== 'error') continue;
        for (const d of r.diagnostics) {
          if (d.severity !== 'error' || !d.range || isPseudoFile(d.range.filename)) continue;
          results.push(result(m.dir, d, f.path, r.name));
        }
      }
    }
  }
  const name = tool === 'tofu' ? 'tofu test' : 'terraform test';
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name,
            ...(toolVersion ? { version: toolVersion } : {}),
            informationUri:
              tool === 'tofu'
                ? 'https://opentofu.org/docs/cli/commands/test/'
                : 'https://developer.hashicorp.com/terraform/cli/commands/test',
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.name,
              shortDescription: { text: r.short },
              fullDescription: { text: r.full },
              defaultConfiguration: { level: r.level },
              properties: { tags: ['terraform', 'test'] },
            })),
          },
        },
        results,
      },
    ],
  };
}

function ruleFor(d: Diagnostic): Rule {
  if (d.summary === 'Test assertion failed') return RULES[0]!;
  if (d.summary === 'Missing expected failure') return RULES[1]!;
  return RULES[2]!;
}

function result(dir: string, d: Diagnostic, file: string, run: string): unknown {
  const rule = ruleFor(d);
  const range = d.range!;
  const extras = snippetExtras(d);
  const text = [
    `${d.summary}: ${d.detail.trim() || d.summary}`,
    ...extras,
    `(run "${run}" in ${repoPath(dir, file)})`,
  ].join('\n');
  const region: Record<string, unknown> = {
    startLine: Math.max(1, range.start.line),
    startColumn: Math.max(1, range.start.column),
    endLine: Math.max(1, range.end.line),
    endColumn: Math.max(1, range.end.column),
  };
  if (d.snippet?.code) region.snippet = { text: d.snippet.code };
  return {
    ruleId: rule.id,
    ruleIndex: RULES.indexOf(rule),
    level: rule.level,
    message: { text },
    locations: [
      {
        physicalLocation: {
          artifactLocation: {
            uri: encodeURI(repoPath(dir, range.filename)),
            uriBaseId: '%SRCROOT%',
          },
          region,
        },
      },
    ],
    partialFingerprints: {
      'terraformTest/v1': `${repoPath(dir, file)}:${run}:${d.summary}:${range.start.line}`,
    },
    properties: { run, testFile: repoPath(dir, file) },
  };
}
