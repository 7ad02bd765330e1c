import { describe, expect, it } from 'vitest';
import { cidrSubnets } from './evaluator.js';
import { parseAndExtract } from './extract.js';
import { lookupsFromMocks } from './lookups.js';

async function resource(expression: unknown, options = {}): Promise<unknown> {
  const template = {
    Resources: {
      P: {
        Type: 'AWS::IAM::ManagedPolicy',
        Properties: {
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 'ec2:*', Resource: expression }],
          },
        },
      },
    },
  };
  const r = await parseAndExtract({
    text: JSON.stringify(template),
    file: 't.json',
    accountId: '111222333444',
    region: 'eu-west-1',
    partition: 'aws',
    options,
    lookups: lookupsFromMocks({}),
  });
  return (r.policies[0]?.document as { Statement: { Resource: unknown }[] }).Statement[0]?.Resource;
}

describe('Fn::Cidr', () => {
  it('subdivides IPv4 blocks as in the CloudFormation documentation example', () => {
    // Fn::Cidr [ "192.168.0.0/24", 6, 5 ] -> six /27 subnets.
    expect(cidrSubnets('192.168.0.0/24', 6, 5)).toEqual([
      '192.168.0.0/27',
      '192.168.0.32/27',
      '192.168.0.64/27',
      '192.168.0.96/27',
      '192.168.0.128/27',
      '192.168.0.160/27',
    ]);
    expect(cidrSubnets('10.0.0.0/16', '3', '8')).toEqual([
      '10.0.0.0/24',
      '10.0.1.0/24',
      '10.0.2.0/24',
    ]);
    // The block's host bits are ignored (network address first).
    expect(cidrSubnets('10.0.7.9/16', 1, 12)).toEqual(['10.0.0.0/20']);
  });

  it('subdivides IPv6 blocks', () => {
    expect(cidrSubnets('2001:db8:1234:1a00::/56', 3, 64)).toEqual([
      '2001:db8:1234:1a00::/64',
      '2001:db8:1234:1a01::/64',
      '2001:db8:1234:1a02::/64',
    ]);
  });

  it('rejects what CloudFormation rejects', () => {
    expect(cidrSubnets('10.0.0.0/24', 3, 7)).toMatch(/room for 2 subnets/);
    expect(cidrSubnets('10.0.0.0', 1, 8)).toMatch(/not a valid CIDR/);
    expect(cidrSubnets('10.0.0.0/24', 0, 8)).toMatch(/count/);
    expect(cidrSubnets('10.0.0.0/24', 1, 9)).toMatch(/cidrBits/);
    expect(cidrSubnets('300.0.0.0/8', 1, 8)).toMatch(/not a valid CIDR/);
  });

  it('is evaluated inside templates in default mode, with a located error when invalid', async () => {
    expect(await resource({ 'Fn::Select': [1, { 'Fn::Cidr': ['10.1.0.0/16', 4, 8] }] })).toBe(
      '10.1.1.0/24',
    );
    await expect(resource({ 'Fn::Cidr': ['10.1.0.0/30', 4, 8] })).rejects.toMatchObject({
      kind: 'invalid_value',
    });
  });
});

describe('Fn::GetAZs', () => {
  it('lists <region>a, b, c for the target region (or the named one)', async () => {
    expect(await resource({ 'Fn::GetAZs': '' })).toEqual([
      'eu-west-1a',
      'eu-west-1b',
      'eu-west-1c',
    ]);
    expect(await resource({ 'Fn::Select': [2, { 'Fn::GetAZs': { Ref: 'AWS::Region' } }] })).toBe(
      'eu-west-1c',
    );
    expect(await resource({ 'Fn::GetAZs': 'us-west-2' })).toEqual([
      'us-west-2a',
      'us-west-2b',
      'us-west-2c',
    ]);
  });

  it('uses an injected zone list', async () => {
    expect(
      await resource({ 'Fn::GetAZs': '' }, { availabilityZones: { 'eu-west-1': ['euw1-az1'] } }),
    ).toEqual(['euw1-az1']);
  });

  it('is left verbatim in reference parity mode, as the reference does', async () => {
    expect(await resource({ 'Fn::GetAZs': '' }, { referenceParity: true })).toEqual({
      'Fn::GetAZs': '',
    });
  });
});
