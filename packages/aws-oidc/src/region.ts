import { ConfigurationError } from '@devsecops-gates/action-kit';

/** The runner variables the region falls back to, passed in (libraries never read process.env). */
export interface RegionEnvironment {
  AWS_REGION?: string | undefined;
  AWS_DEFAULT_REGION?: string | undefined;
}

/** Region: the `aws-region` input, else AWS_REGION, else AWS_DEFAULT_REGION, else a clear error. */
export function resolveRegion(input: string | undefined, env: RegionEnvironment = {}): string {
  const candidates: [string | undefined, string][] = [
    [input, 'the aws-region input'],
    [env.AWS_REGION, 'AWS_REGION'],
    [env.AWS_DEFAULT_REGION, 'AWS_DEFAULT_REGION'],
  ];
  const found = candidates.find(([v]) => v !== undefined && v.trim() !== '');
  if (!found)
    throw new ConfigurationError(
      'No AWS region: the aws-region input is empty and neither AWS_REGION nor AWS_DEFAULT_REGION is set.',
      {
        hint: 'Set the aws-region input (for example us-east-1).',
      },
    );
  const region = found[0]!.trim();
  if (!/^[a-z0-9-]+$/.test(region))
    throw new ConfigurationError(`Region is not valid: "${region}" (from ${found[1]}).`, {
      hint: 'Use a region code such as us-east-1 or eu-west-1.',
    });
  return region;
}
