/**
 * Validating 200 distinct policies against the AWS fake at 100 ms per call: default concurrency
 * vs concurrency 1 (the reference validates one policy at a time). Target: >= 5x faster. Then the
 * same run with throttling injected must still produce every finding.
 *
 * Run: pnpm tsx actions/cfn-policy-validate/bench/validate-concurrency.bench.ts
 */
import {
  createAwsClients,
  DEFAULT_CONCURRENCY,
  validatePolicies,
  type CommandResult,
  type PolicyToCheck,
} from '@devsecops-gates/cfn-policies';
import { startMockAws, type AccessAnalyzerModel } from '../conformance/mock-aws.js';

const POLICIES = 200;
const LATENCY_MS = 100;

const policies: PolicyToCheck[] = Array.from({ length: POLICIES }, (_, i) => ({
  policy_type: 'identity',
  attached_to: { type: 'Role', name: `Role${i}`, path: '/' },
  policy_name: `policy-${i}`,
  document: {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: `s3:GetObject`, Resource: `arn:aws:s3:::bucket-${i}/*` },
    ],
  },
}));

// One rule per document, so each policy gets its own finding and mix-ups would show.
const model: AccessAnalyzerModel = {
  validate_policy: policies.map((p, i) => ({
    match: { policyType: 'IDENTITY_POLICY', policyDocument: p.document as Record<string, unknown> },
    findings: [
      {
        findingDetails: `finding for policy ${i}`,
        findingType: 'WARNING',
        issueCode: `CODE_${i}`,
        learnMoreLink:
          'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html',
        locations: [{ path: [{ value: 'Statement' }, { index: 0 }] }],
      },
    ],
  })),
};

function correct(result: CommandResult): boolean {
  const findings = result.report.NonBlockingFindings;
  return (
    findings.length === POLICIES &&
    findings.every((f) => f.code === `CODE_${f.policyName.slice('policy-'.length)}`)
  );
}

async function timed(
  concurrency: number,
  throttles = 0,
): Promise<{ ms: number; ok: boolean; throttled: number }> {
  const { fake } = await startMockAws({ access_analyzer: model }, { latencyMs: LATENCY_MS });
  if (throttles > 0) fake.faults.throttle({ operation: 'ValidatePolicy', times: throttles });
  const clients = createAwsClients({
    region: 'us-east-2',
    credentials: { accessKeyId: 'AKIDBENCH', secretAccessKey: 'bench-secret' },
    endpoints: { '*': fake.url },
  });
  try {
    const start = performance.now();
    const result = await validatePolicies(policies, {
      client: clients.accessAnalyzer,
      accountId: '111222333444',
      region: 'us-east-2',
      partition: 'aws',
      concurrency,
    });
    const ms = performance.now() - start;
    const throttled = fake.callsTo('ValidatePolicy').filter((c) => c.status === 429).length;
    return { ms, ok: correct(result), throttled };
  } finally {
    clients.destroy();
    await fake.close();
  }
}

const serial = await timed(1);
const parallel = await timed(DEFAULT_CONCURRENCY);
const throttled = await timed(DEFAULT_CONCURRENCY, 15);
const ratio = serial.ms / parallel.ms;

console.log(`validate ${POLICIES} distinct policies, AWS fake at ${LATENCY_MS} ms per call`);
console.log(
  `  concurrency 1 (baseline, the reference's sequential calls): ${serial.ms.toFixed(0)} ms  correct=${serial.ok}`,
);
console.log(
  `  concurrency ${DEFAULT_CONCURRENCY} (default): ${parallel.ms.toFixed(0)} ms  correct=${parallel.ok}`,
);
console.log(
  `  concurrency ${DEFAULT_CONCURRENCY} with ${throttled.throttled} ThrottlingException answers injected: ${throttled.ms.toFixed(0)} ms  correct=${throttled.ok}`,
);
console.log(`  speed-up vs concurrency 1: ${ratio.toFixed(2)}x (target >= 5x)`);
const pass = ratio >= 5 && serial.ok && parallel.ok && throttled.ok && throttled.throttled > 0;
console.log(pass ? 'PASS' : 'FAIL');
process.exitCode = pass ? 0 : 1;
