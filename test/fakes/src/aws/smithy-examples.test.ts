/**
 * Round-trips every documented example of the models (testdata/examples/smithy-examples.json)
 * through the real SDK client and the fake: the handler must receive exactly the example input
 * (so request decoding matches what the SDK serialised), and the client must parse the handler's
 * example output back to the example (so response encoding matches what the SDK expects).
 */
import * as accessanalyzer from '@aws-sdk/client-accessanalyzer';
import * as codeguru from '@aws-sdk/client-codeguru-reviewer';
import * as securityhub from '@aws-sdk/client-securityhub';
import * as sts from '@aws-sdk/client-sts';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAwsFake, type AwsFake } from './index.js';

const examples = JSON.parse(
  readFileSync(new URL('./testdata/examples/smithy-examples.json', import.meta.url), 'utf8'),
).examples as Record<
  string,
  { title: string; input?: Record<string, unknown>; output?: Record<string, unknown> }[]
>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- client and command classes are looked up by name
type ClientModule = Record<string, any>;

const clients: Record<string, { module: ClientModule; client: string; signingName: string }> = {
  accessanalyzer: {
    module: accessanalyzer,
    client: 'AccessAnalyzerClient',
    signingName: 'access-analyzer',
  },
  sts: { module: sts, client: 'STSClient', signingName: 'sts' },
  securityhub: { module: securityhub, client: 'SecurityHubClient', signingName: 'securityhub' },
  'codeguru-reviewer': {
    module: codeguru,
    client: 'CodeGuruReviewerClient',
    signingName: 'codeguru-reviewer',
  },
};

/** Dates and ISO strings compare as instants; `$metadata` and undefined members are ignored. */
function normalise(value: unknown): unknown {
  if (value instanceof Date) return `@${value.getTime()}`;
  if (
    typeof value === 'string' &&
    /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)$/.test(value)
  )
    return `@${new Date(value).getTime()}`;
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value))
      if (k !== '$metadata' && v !== undefined) out[k] = normalise(v);
    return out;
  }
  return value;
}

const cases = Object.entries(examples).flatMap(([key, list]) =>
  list.map((ex, i) => ({
    key,
    service: key.split(':')[0]!,
    operation: key.split(':')[1]!,
    ex,
    name: `${key} #${i + 1}: ${ex.title}`,
  })),
);

let fake: AwsFake;
const current: { input?: unknown; output?: unknown } = {};
beforeAll(async () => {
  const services: Record<string, Record<string, (input: unknown) => unknown>> = {};
  for (const c of cases) {
    const name = clients[c.service]!.signingName;
    services[name] ??= {};
    services[name][c.operation] = (input) => {
      current.input = input;
      return current.output;
    };
  }
  fake = await startAwsFake({ services });
});
afterAll(() => fake.close());

describe('Smithy model examples round-trip through the real SDK clients', () => {
  it('has examples to run', () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  it.each(cases)('$name', async ({ service, operation, ex }) => {
    const { module, client } = clients[service]!;
    const Client = module[client];
    const Command = module[`${operation}Command`];
    const c = new Client({
      endpoint: fake.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
      maxAttempts: 1,
    });
    current.input = undefined;
    current.output = ex.output ?? {};
    const out = await c.send(new Command(ex.input ?? {}));
    expect(normalise(current.input)).toEqual(normalise(ex.input ?? {}));
    expect(normalise(out)).toEqual(normalise(ex.output ?? {}));
  });
});
