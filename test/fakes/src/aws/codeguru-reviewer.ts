/**
 * CodeGuru Reviewer's S3 repository-analysis flow as handlers for `startAwsFake` (contracts.md §6):
 * association and code-review state machines (`Associating -> Associated|Failed`,
 * `Pending -> Completed|Failed`), name uniqueness, pagination, and the 2025-11-07 change that bars
 * new associations (configurable error, AccessDeniedException by default).
 */
import { randomUUID } from 'node:crypto';
import { awsError } from './aws-error.js';
import type { AwsHandlerContext, AwsOperationHandler } from './index.js';
import type { S3Store } from './s3-buckets.js';

export interface CodeGuruRecommendation {
  FilePath?: string;
  RecommendationId?: string;
  StartLine?: number;
  EndLine?: number;
  Description?: string;
  RecommendationCategory?: string;
  RuleMetadata?: {
    RuleId?: string;
    RuleName?: string;
    ShortDescription?: string;
    LongDescription?: string;
    RuleTags?: string[];
  };
  Severity?: 'Info' | 'Low' | 'Medium' | 'High' | 'Critical';
}

export interface CodeGuruAssociationSeed {
  name: string;
  bucketName: string;
  state?: 'Associated' | 'Associating' | 'Failed' | 'Disassociating' | 'Disassociated';
}

export interface CodeGuruOptions {
  accountId?: string;
  /** Associations that exist before the test (the only ones usable since 2025-11-07). */
  associations?: CodeGuruAssociationSeed[];
  /** Allow AssociateRepository (accounts that had associations before 2025-11-07); default false. */
  allowNewAssociations?: boolean;
  /** The error AssociateRepository answers when new associations are barred. */
  newAssociationError?: { code: string; message: string; status?: number };
  /** Describe polls an association stays `Associating` (default 1). */
  associatingPolls?: number;
  /** Describe polls a review stays `Pending` (default 1). */
  pendingPolls?: number;
  /** What a review finds; throw or return `{ fail }` to end it `Failed`. */
  analyse?: (review: {
    name: string;
    sourceKey: string | undefined;
    buildKey: string | undefined;
    analysisTypes: string[];
  }) => CodeGuruRecommendation[] | { fail: string };
  /** When given, the review fails unless the artifacts it names exist in this S3 store. */
  s3?: S3Store;
}

interface Association {
  arn: string;
  id: string;
  name: string;
  bucketName: string;
  state: string;
  stateReason: string;
  created: Date;
  updated: Date;
  polls: number;
}

interface Review {
  arn: string;
  name: string;
  association: Association;
  state: 'Pending' | 'Completed' | 'Failed';
  stateReason: string;
  created: Date;
  updated: Date;
  polls: number;
  input: Record<string, unknown>;
  analysisTypes: string[];
  recommendations: CodeGuruRecommendation[];
}

export function codeGuruReviewer(options: CodeGuruOptions = {}): {
  handlers: Record<string, AwsOperationHandler>;
  associations: Association[];
  reviews: Review[];
} {
  const account = options.accountId ?? '123456789012';
  const associations: Association[] = [];
  const reviews: Review[] = [];
  const arnOf = (region: string, kind: string, id: string): string =>
    `arn:aws:codeguru-reviewer:${region}:${account}:${kind}:${id}`;
  const seedRegion = 'us-east-1';
  for (const seed of options.associations ?? []) {
    const id = randomUUID();
    associations.push({
      arn: arnOf(seedRegion, 'association', id),
      id,
      name: seed.name,
      bucketName: seed.bucketName,
      state: seed.state ?? 'Associated',
      stateReason: 'Pull Request Notification configuration successful',
      created: new Date(Date.now() - 86_400_000),
      updated: new Date(Date.now() - 86_400_000),
      polls: 0,
    });
  }
  const region = (ctx: AwsHandlerContext): string => ctx.region ?? seedRegion;

  const summary = (a: Association) => ({
    AssociationArn: a.arn,
    AssociationId: a.id,
    Name: a.name,
    Owner: account,
    ProviderType: 'S3Bucket',
    State: a.state,
    LastUpdatedTimeStamp: a.updated,
  });
  const full = (a: Association) => ({
    ...summary(a),
    StateReason: a.stateReason,
    CreatedTimeStamp: a.created,
    KMSKeyDetails: { EncryptionOption: 'AWS_OWNED_CMK' },
    S3RepositoryDetails: { BucketName: a.bucketName },
  });
  const reviewView = (r: Review) => ({
    Name: r.name,
    CodeReviewArn: r.arn,
    RepositoryName: r.association.name,
    Owner: account,
    ProviderType: 'S3Bucket',
    State: r.state,
    StateReason: r.stateReason,
    CreatedTimeStamp: r.created,
    LastUpdatedTimeStamp: r.updated,
    Type: 'RepositoryAnalysis',
    AssociationArn: r.association.arn,
    AnalysisTypes: r.analysisTypes,
    ...(r.state === 'Completed'
      ? {
          Metrics: {
            MeteredLinesOfCodeCount: 1000,
            SuppressedLinesOfCodeCount: 0,
            FindingsCount: r.recommendations.length,
          },
          ConfigFileState: 'Absent',
        }
      : {}),
  });

  function page<T>(
    items: T[],
    maxResults: number | undefined,
    nextToken: string | undefined,
    fallback: number,
  ) {
    const start =
      nextToken === undefined ? 0 : Number.parseInt(nextToken.replace(/^page-/, ''), 10);
    if (!Number.isInteger(start) || start < 0 || start > items.length)
      throw awsError('ValidationException', 'Invalid NextToken');
    const size = maxResults ?? fallback;
    const end = start + size;
    return { items: items.slice(start, end), next: end < items.length ? `page-${end}` : undefined };
  }

  const handlers: Record<string, AwsOperationHandler> = {
    ListRepositoryAssociations: (input: {
      ProviderTypes?: string[];
      States?: string[];
      Names?: string[];
      Owners?: string[];
      MaxResults?: number;
      NextToken?: string;
    }) => {
      const matches = associations.filter(
        (a) =>
          (!input.ProviderTypes || input.ProviderTypes.includes('S3Bucket')) &&
          (!input.States || input.States.includes(a.state)) &&
          (!input.Names || input.Names.includes(a.name)) &&
          (!input.Owners || input.Owners.includes(account)),
      );
      const { items, next } = page(matches, input.MaxResults, input.NextToken, 100);
      return {
        RepositoryAssociationSummaries: items.map(summary),
        ...(next ? { NextToken: next } : {}),
      };
    },

    AssociateRepository: (
      input: { Repository: { S3Bucket?: { Name: string; BucketName: string } } },
      ctx,
    ) => {
      if (!options.allowNewAssociations) {
        const e = options.newAssociationError ?? {
          code: 'AccessDeniedException',
          message:
            'Amazon CodeGuru Reviewer no longer accepts new repository associations (since November 7, 2025); use an existing association.',
          status: 403,
        };
        throw awsError(e.code, e.message, e.status === undefined ? {} : { status: e.status });
      }
      const s3 = input.Repository.S3Bucket;
      if (!s3)
        throw awsError(
          'ValidationException',
          'Only S3Bucket repositories are supported by this fake.',
        );
      if (associations.some((a) => a.name === s3.Name && a.state !== 'Disassociated'))
        throw awsError(
          'ConflictException',
          `An association for repository ${s3.Name} already exists.`,
        );
      const id = randomUUID();
      const now = new Date();
      const a: Association = {
        arn: arnOf(region(ctx), 'association', id),
        id,
        name: s3.Name,
        bucketName: s3.BucketName,
        state: 'Associating',
        stateReason: 'Repository association is in progress.',
        created: now,
        updated: now,
        polls: 0,
      };
      associations.push(a);
      return { RepositoryAssociation: full(a) };
    },

    DescribeRepositoryAssociation: (input: { AssociationArn: string }) => {
      const a = associations.find((x) => x.arn === input.AssociationArn);
      if (!a)
        throw awsError(
          'NotFoundException',
          `Repository association ${input.AssociationArn} not found.`,
        );
      if (a.state === 'Associating' && ++a.polls > (options.associatingPolls ?? 1)) {
        a.state = a.bucketName.startsWith('codeguru-reviewer-') ? 'Associated' : 'Failed';
        a.stateReason =
          a.state === 'Associated'
            ? 'Pull Request Notification configuration successful'
            : `Bucket ${a.bucketName} must begin with codeguru-reviewer- or grant CodeGuru Reviewer access.`;
        a.updated = new Date();
      }
      return { RepositoryAssociation: full(a) };
    },

    CreateCodeReview: (
      input: {
        Name: string;
        RepositoryAssociationArn: string;
        Type: { RepositoryAnalysis?: Record<string, unknown>; AnalysisTypes?: string[] };
      },
      ctx,
    ) => {
      const a = associations.find((x) => x.arn === input.RepositoryAssociationArn);
      if (!a)
        throw awsError(
          'ResourceNotFoundException',
          `Repository association ${input.RepositoryAssociationArn} not found.`,
        );
      if (a.state !== 'Associated')
        throw awsError(
          'ValidationException',
          `Repository association ${a.arn} is in state ${a.state}, not Associated.`,
        );
      if (reviews.some((r) => r.name === input.Name))
        throw awsError('ConflictException', 'A code review with the same name already exists.');
      const analysis = input.Type.RepositoryAnalysis;
      if (!analysis)
        throw awsError(
          'ValidationException',
          'Type.RepositoryAnalysis is required for this repository type.',
        );
      const source = (analysis.SourceCodeType ?? {}) as {
        S3BucketRepository?: {
          Name: string;
          Details?: {
            BucketName?: string;
            CodeArtifacts?: {
              SourceCodeArtifactsObjectKey: string;
              BuildArtifactsObjectKey?: string;
            };
          };
        };
      };
      const s3repo = source.S3BucketRepository;
      if (!s3repo)
        throw awsError(
          'ValidationException',
          'SourceCodeType.S3BucketRepository is required for S3 associations.',
        );
      if (s3repo.Name !== a.name)
        throw awsError(
          'ValidationException',
          `S3BucketRepository.Name ${s3repo.Name} does not match the association's repository ${a.name}.`,
        );
      const now = new Date();
      const review: Review = {
        arn: arnOf(
          region(ctx),
          'code-review',
          `RepositoryAnalysis-${a.name}-${randomUUID().slice(0, 12)}`,
        ),
        name: input.Name,
        association: a,
        state: 'Pending',
        stateReason: 'CodeGuru Reviewer has received the request, and a code review is scheduled.',
        created: now,
        updated: now,
        polls: 0,
        input: input,
        analysisTypes: input.Type.AnalysisTypes ?? ['Security', 'CodeQuality'],
        recommendations: [],
      };
      reviews.push(review);
      return { CodeReview: reviewView(review) };
    },

    DescribeCodeReview: (input: { CodeReviewArn: string }) => {
      const r = reviews.find((x) => x.arn === input.CodeReviewArn);
      if (!r)
        throw awsError(
          'ResourceNotFoundException',
          `Code review ${input.CodeReviewArn} not found.`,
        );
      if (r.state === 'Pending' && ++r.polls > (options.pendingPolls ?? 1)) finish(r);
      return { CodeReview: reviewView(r) };
    },

    ListRecommendations: (input: {
      CodeReviewArn: string;
      MaxResults?: number;
      NextToken?: string;
    }) => {
      const r = reviews.find((x) => x.arn === input.CodeReviewArn);
      if (!r)
        throw awsError(
          'ResourceNotFoundException',
          `Code review ${input.CodeReviewArn} not found.`,
        );
      const { items, next } = page(
        r.state === 'Completed' ? r.recommendations : [],
        input.MaxResults,
        input.NextToken,
        100,
      );
      return { RecommendationSummaries: items, ...(next ? { NextToken: next } : {}) };
    },
  };

  function finish(r: Review): void {
    r.updated = new Date();
    const details = ((
      r.input.Type as {
        RepositoryAnalysis: {
          SourceCodeType: { S3BucketRepository: { Details?: Record<string, unknown> } };
        };
      }
    ).RepositoryAnalysis.SourceCodeType.S3BucketRepository.Details ?? {}) as {
      BucketName?: string;
      CodeArtifacts?: { SourceCodeArtifactsObjectKey?: string; BuildArtifactsObjectKey?: string };
    };
    const bucket = details.BucketName ?? r.association.bucketName;
    const sourceKey = details.CodeArtifacts?.SourceCodeArtifactsObjectKey;
    const buildKey = details.CodeArtifacts?.BuildArtifactsObjectKey;
    const missing = [sourceKey, buildKey].filter(
      (k): k is string => k !== undefined && options.s3 !== undefined && !options.s3.has(bucket, k),
    );
    if (!sourceKey || missing.length > 0) {
      r.state = 'Failed';
      r.stateReason = `CodeGuru Reviewer could not access the artifacts in s3://${bucket}/${missing[0] ?? '(no source key)'}.`;
      return;
    }
    try {
      const result =
        options.analyse?.({ name: r.name, sourceKey, buildKey, analysisTypes: r.analysisTypes }) ??
        [];
      if (!Array.isArray(result)) {
        r.state = 'Failed';
        r.stateReason = result.fail;
        return;
      }
      r.recommendations = result;
      r.state = 'Completed';
      r.stateReason = 'CodeGuru Reviewer successfully completed the review of source code.';
    } catch (e) {
      r.state = 'Failed';
      r.stateReason = e instanceof Error ? e.message : String(e);
    }
  }

  return { handlers, associations, reviews };
}
