import {
  AssociateRepositoryCommand,
  CodeGuruReviewerClient,
  CreateCodeReviewCommand,
  DescribeCodeReviewCommand,
  DescribeRepositoryAssociationCommand,
  ListRepositoryAssociationsCommand,
  paginateListRecommendations,
  type CreateCodeReviewCommandInput,
} from '@aws-sdk/client-codeguru-reviewer';
import {
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { codeGuruReviewer, s3Buckets, S3Store, startAwsFake, type AwsFake } from './index.js';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };
const region = 'us-east-1';
const bucket = 'codeguru-reviewer-octo-repo';

let fake: AwsFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function setup(options: Parameters<typeof codeGuruReviewer>[0] = {}) {
  const store = new S3Store({ [bucket]: { owner: '123456789012' } });
  const guru = codeGuruReviewer({
    associations: [{ name: 'octo-repo', bucketName: bucket }],
    s3: store,
    analyse: () => [
      {
        RecommendationId: 'r1',
        FilePath: 'src/A.java',
        StartLine: 3,
        EndLine: 3,
        Description: 'Close the stream.',
        Severity: 'Medium',
      },
      {
        RecommendationId: 'r2',
        FilePath: 'src/B.java',
        StartLine: 9,
        EndLine: 11,
        Description: 'Avoid SQL injection.',
        Severity: 'Critical',
      },
    ],
    ...options,
  });
  fake = await startAwsFake({
    services: { 'codeguru-reviewer': guru.handlers },
    raw: { s3: s3Buckets({ store }).handler },
  });
  return {
    guru,
    store,
    cg: new CodeGuruReviewerClient({ endpoint: fake.url, region, credentials }),
    s3: new S3Client({ endpoint: fake.url, region, credentials, forcePathStyle: true }),
  };
}

const review = (arn: string, name = 'gha-1-1'): CreateCodeReviewCommandInput => ({
  Name: name,
  RepositoryAssociationArn: arn,
  Type: {
    RepositoryAnalysis: {
      SourceCodeType: {
        S3BucketRepository: {
          Name: 'octo-repo',
          Details: {
            BucketName: bucket,
            CodeArtifacts: { SourceCodeArtifactsObjectKey: 'analysis-src-1.zip' },
          },
        },
      },
    },
    AnalysisTypes: ['CodeQuality'],
  },
});

describe('CodeGuru Reviewer S3 flow with the real codeguru-reviewer and s3 clients', () => {
  it('finds the association, uploads artifacts, runs a review through Pending to Completed, pages recommendations', async () => {
    const { cg, s3, store } = await setup();
    const list = await cg.send(
      new ListRepositoryAssociationsCommand({ ProviderTypes: ['S3Bucket'], Names: ['octo-repo'] }),
    );
    expect(list.RepositoryAssociationSummaries).toHaveLength(1);
    const arn = list.RepositoryAssociationSummaries![0]!.AssociationArn!;
    const desc = await cg.send(new DescribeRepositoryAssociationCommand({ AssociationArn: arn }));
    expect(desc.RepositoryAssociation).toMatchObject({
      State: 'Associated',
      S3RepositoryDetails: { BucketName: bucket },
    });

    // Buffer upload (x-amz-checksum-crc32 header) and stream upload (aws-chunked + trailer).
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: 'analysis-src-1.zip',
        Body: Buffer.from('zip bytes'),
        ExpectedBucketOwner: '123456789012',
      }),
    );
    const streamed = Buffer.alloc(70_000, 7);
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: 'analysis-bin-1.zip',
        Body: Readable.from([streamed]),
        ContentLength: streamed.length,
      }),
    );
    expect(store.get(bucket, 'analysis-bin-1.zip')!.body.equals(streamed)).toBe(true);
    const head = await s3.send(
      new HeadObjectCommand({ Bucket: bucket, Key: 'analysis-src-1.zip' }),
    );
    expect(head.ContentLength).toBe(9);
    const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'analysis-src-1.zip' }));
    expect(await got.Body!.transformToString()).toBe('zip bytes');

    const created = await cg.send(new CreateCodeReviewCommand(review(arn)));
    expect(created.CodeReview?.State).toBe('Pending');
    const reviewArn = created.CodeReview!.CodeReviewArn!;
    expect(
      (await cg.send(new DescribeCodeReviewCommand({ CodeReviewArn: reviewArn }))).CodeReview
        ?.State,
    ).toBe('Pending');
    const done = await cg.send(new DescribeCodeReviewCommand({ CodeReviewArn: reviewArn }));
    expect(done.CodeReview).toMatchObject({ State: 'Completed', Metrics: { FindingsCount: 2 } });
    expect(done.CodeReview?.CreatedTimeStamp).toBeInstanceOf(Date);
    const ids: string[] = [];
    for await (const page of paginateListRecommendations(
      { client: cg, pageSize: 1 },
      { CodeReviewArn: reviewArn },
    ))
      ids.push(...page.RecommendationSummaries!.map((r) => r.RecommendationId!));
    expect(ids).toEqual(['r1', 'r2']);
    expect(fake!.callsTo('ListRecommendations').map((c) => c.input.NextToken)).toEqual([
      undefined,
      'page-1',
    ]);
  });

  it("rejects uploads to another owner's bucket and unknown buckets as S3 does", async () => {
    const { s3 } = await setup();
    await expect(
      s3.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: 'k',
          Body: 'x',
          ExpectedBucketOwner: '999999999999',
        }),
      ),
    ).rejects.toMatchObject({ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });
    await expect(
      s3.send(new PutObjectCommand({ Bucket: 'nope-bucket', Key: 'k', Body: 'x' })),
    ).rejects.toMatchObject({
      name: 'NoSuchBucket',
    });
  });

  it('bars new associations by default (since 2025-11-07) and allows them when configured', async () => {
    let { cg } = await setup();
    const repo = {
      Repository: { S3Bucket: { Name: 'new-repo', BucketName: 'codeguru-reviewer-new' } },
    };
    await expect(cg.send(new AssociateRepositoryCommand(repo))).rejects.toMatchObject({
      name: 'AccessDeniedException',
      $metadata: { httpStatusCode: 403 },
    });
    await fake!.close();
    ({ cg } = await setup({ allowNewAssociations: true }));
    const a = await cg.send(new AssociateRepositoryCommand(repo));
    expect(a.RepositoryAssociation?.State).toBe('Associating');
    const arn = a.RepositoryAssociation!.AssociationArn!;
    await expect(cg.send(new CreateCodeReviewCommand(review(arn)))).rejects.toMatchObject({
      name: 'ValidationException',
    });
    expect(
      (await cg.send(new DescribeRepositoryAssociationCommand({ AssociationArn: arn })))
        .RepositoryAssociation?.State,
    ).toBe('Associating');
    expect(
      (await cg.send(new DescribeRepositoryAssociationCommand({ AssociationArn: arn })))
        .RepositoryAssociation?.State,
    ).toBe('Associated');
  });

  it('fails a review whose artifacts are missing, and refuses a duplicate review name', async () => {
    const { cg, guru } = await setup({ pendingPolls: 0 });
    const arn = guru.associations[0]!.arn;
    const r = await cg.send(new CreateCodeReviewCommand(review(arn)));
    const d = await cg.send(
      new DescribeCodeReviewCommand({ CodeReviewArn: r.CodeReview!.CodeReviewArn! }),
    );
    expect(d.CodeReview).toMatchObject({
      State: 'Failed',
      StateReason: expect.stringContaining('analysis-src-1.zip'),
    });
    await expect(cg.send(new CreateCodeReviewCommand(review(arn)))).rejects.toMatchObject({
      name: 'ConflictException',
      $metadata: { httpStatusCode: 409 },
    });
    await expect(
      cg.send(
        new DescribeCodeReviewCommand({
          CodeReviewArn: `${arn.replace('association', 'code-review')}x`,
        }),
      ),
    ).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
    });
  });
});
