/**
 * The awsJson1_1 codec, exercised with the real SSM client against a hand-written subset of the
 * SSM model (GetParameter only; member names, traits and error shapes as in the published
 * model). The corpus has no SSM model, so this subset lives here, not in testdata/models.
 */
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, ServiceModel, startAwsFake, type AwsFake } from './index.js';

const ssmSubset = new ServiceModel({
  smithy: '2.0',
  shapes: {
    'com.amazonaws.ssm#AmazonSSM': {
      type: 'service',
      version: '2014-11-06',
      operations: [{ target: 'com.amazonaws.ssm#GetParameter' }],
      traits: {
        'aws.api#service': { sdkId: 'SSM', endpointPrefix: 'ssm' },
        'aws.auth#sigv4': { name: 'ssm' },
        'aws.protocols#awsJson1_1': {},
      },
    },
    'com.amazonaws.ssm#GetParameter': {
      type: 'operation',
      input: { target: 'com.amazonaws.ssm#GetParameterRequest' },
      output: { target: 'com.amazonaws.ssm#GetParameterResult' },
      errors: [
        { target: 'com.amazonaws.ssm#ParameterNotFound' },
        { target: 'com.amazonaws.ssm#InternalServerError' },
      ],
    },
    'com.amazonaws.ssm#GetParameterRequest': {
      type: 'structure',
      members: {
        Name: {
          target: 'com.amazonaws.ssm#PSParameterName',
          traits: { 'smithy.api#required': {} },
        },
        WithDecryption: { target: 'smithy.api#Boolean' },
      },
    },
    'com.amazonaws.ssm#PSParameterName': {
      type: 'string',
      traits: { 'smithy.api#length': { min: 1, max: 2048 } },
    },
    'com.amazonaws.ssm#GetParameterResult': {
      type: 'structure',
      members: { Parameter: { target: 'com.amazonaws.ssm#Parameter' } },
    },
    'com.amazonaws.ssm#Parameter': {
      type: 'structure',
      members: {
        Name: { target: 'com.amazonaws.ssm#PSParameterName' },
        Type: { target: 'com.amazonaws.ssm#ParameterType' },
        Value: { target: 'smithy.api#String' },
        Version: { target: 'smithy.api#Long' },
        LastModifiedDate: { target: 'smithy.api#Timestamp' },
        ARN: { target: 'smithy.api#String' },
      },
    },
    'com.amazonaws.ssm#ParameterType': {
      type: 'enum',
      members: {
        String: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'String' } },
        StringList: { target: 'smithy.api#Unit', traits: { 'smithy.api#enumValue': 'StringList' } },
        SecureString: {
          target: 'smithy.api#Unit',
          traits: { 'smithy.api#enumValue': 'SecureString' },
        },
      },
    },
    'com.amazonaws.ssm#ParameterNotFound': {
      type: 'structure',
      members: { message: { target: 'smithy.api#String' } },
      traits: { 'smithy.api#error': 'client' },
    },
    'com.amazonaws.ssm#InternalServerError': {
      type: 'structure',
      members: { Message: { target: 'smithy.api#String' } },
      traits: { 'smithy.api#error': 'server' },
    },
  },
});

let fake: AwsFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const client = (url: string) =>
  new SSMClient({
    endpoint: url,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'AKID', secretAccessKey: 's' },
  });

describe('awsJson1_1 (X-Amz-Target) with the real SSM client', () => {
  it('routes by X-Amz-Target, decodes the body and encodes epoch-second timestamps', async () => {
    fake = await startAwsFake({
      models: [ssmSubset],
      services: {
        ssm: {
          GetParameter: (input: { Name: string; WithDecryption?: boolean }, ctx) => {
            if (input.Name !== '/app/vpc-id') throw awsError('ParameterNotFound', '');
            return {
              Parameter: {
                Name: input.Name,
                Type: 'String',
                Value: `vpc-123 (decrypt=${String(input.WithDecryption)}, ${ctx.region})`,
                Version: 3,
                LastModifiedDate: new Date('2026-11-26T10:00:00.250Z'),
                ARN: 'arn:aws:ssm:eu-west-1:123456789012:parameter/app/vpc-id',
              },
            };
          },
        },
      },
    });
    const out = await client(fake.url).send(
      new GetParameterCommand({ Name: '/app/vpc-id', WithDecryption: true }),
    );
    expect(out.Parameter).toEqual({
      Name: '/app/vpc-id',
      Type: 'String',
      Value: 'vpc-123 (decrypt=true, eu-west-1)',
      Version: 3,
      LastModifiedDate: new Date('2026-11-26T10:00:00.250Z'),
      ARN: 'arn:aws:ssm:eu-west-1:123456789012:parameter/app/vpc-id',
    });
    const err = await client(fake.url)
      .send(new GetParameterCommand({ Name: '/missing' }))
      .catch((e: unknown) => e as { name: string; $metadata: { httpStatusCode: number } });
    expect(err).toMatchObject({ name: 'ParameterNotFound', $metadata: { httpStatusCode: 400 } });
  });

  it('rejects an empty required Name with a ValidationException and unknown members with SerializationException', async () => {
    fake = await startAwsFake({
      models: [ssmSubset],
      services: { ssm: { GetParameter: () => ({}) } },
    });
    const err = (await client(fake.url)
      .send(new GetParameterCommand({ Name: '' }))
      .then(
        () => new Error('expected a rejection'),
        (e: unknown) => e,
      )) as Error;
    expect(err.name).toBe('ValidationException');
    expect(err.message).toBe(
      "1 validation error detected: Value '' at 'name' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
    const res = await fetch(fake.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AmazonSSM.GetParameter',
        authorization:
          'AWS4-HMAC-SHA256 Credential=AKID/20261126/eu-west-1/ssm/aws4_request, SignedHeaders=host, Signature=0',
      },
      body: JSON.stringify({ Name: 'x', Nmae: 'typo', WithDecryption: 'yes' }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      __type: 'SerializationException',
      message:
        "Unknown member 'Nmae' at 'the request body'; Expected a boolean at 'withDecryption'",
    });
  });

  it('serves the 5xx the operation models, which the SDK retries', async () => {
    fake = await startAwsFake({
      models: [ssmSubset],
      services: { ssm: { GetParameter: () => ({}) } },
    });
    fake.faults.serverError({ operation: 'GetParameter' });
    const out = await client(fake.url).send(new GetParameterCommand({ Name: 'x' }));
    expect(out.$metadata.attempts).toBe(2);
    expect(fake.calls.map((c) => c.errorCode)).toEqual(['InternalServerError', undefined]);
  });
});
