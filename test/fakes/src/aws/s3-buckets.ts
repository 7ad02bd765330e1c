/**
 * A small S3 (restXml) for `startAwsFake({ raw: { s3: s3Buckets(store) } })`: path-style
 * PutObject / GetObject / HeadObject / HeadBucket / ListObjectsV2, with aws-chunked uploads,
 * CRC32 checksums (header or trailer) and `x-amz-expected-bucket-owner` checked as S3 checks them.
 * Clients need `forcePathStyle: true` with a `localhost` endpoint (the fake's 127.0.0.1 URL works
 * without it, contracts.md §0.2).
 */
import { createHash, randomUUID } from 'node:crypto';
import { crc32 } from 'node:zlib';
import type { RawAwsHandler, RawAwsRequest, RawAwsResponse } from './index.js';

export interface S3Object {
  body: Buffer;
  contentType: string | undefined;
  etag: string;
  lastModified: Date;
}

/** Buckets and objects, shared with other fakes (e.g. CodeGuru checks its artifacts exist). */
export class S3Store {
  readonly buckets = new Map<string, { owner: string; objects: Map<string, S3Object> }>();

  constructor(buckets: Record<string, { owner?: string }> = {}) {
    for (const [name, b] of Object.entries(buckets))
      this.createBucket(name, b.owner ?? '123456789012');
  }

  createBucket(name: string, owner = '123456789012'): void {
    if (!this.buckets.has(name)) this.buckets.set(name, { owner, objects: new Map() });
  }

  has(bucket: string, key: string): boolean {
    return this.buckets.get(bucket)?.objects.has(key) ?? false;
  }

  get(bucket: string, key: string): S3Object | undefined {
    return this.buckets.get(bucket)?.objects.get(key);
  }
}

export interface S3BucketsOptions {
  store?: S3Store;
}

function xmlError(status: number, code: string, message: string, extra = ''): RawAwsResponse {
  return {
    status,
    headers: { 'content-type': 'application/xml' },
    body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message>${extra}<RequestId>${randomUUID()}</RequestId></Error>`,
  };
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function crc32Base64(data: Buffer): string {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(crc32(data) >>> 0);
  return b.toString('base64');
}

export function s3Buckets(options: S3BucketsOptions = {}): {
  handler: RawAwsHandler;
  store: S3Store;
} {
  const store = options.store ?? new S3Store();

  const handler: RawAwsHandler = (req: RawAwsRequest) => {
    const [, bucketName = '', ...rest] = req.path.split('/');
    const key = rest.join('/');
    const bucket = store.buckets.get(bucketName);
    const expectedOwner = req.headers['x-amz-expected-bucket-owner'];
    if (bucketName === '')
      return xmlError(400, 'InvalidRequest', 'This fake serves path-style requests only.');
    if (!bucket && !(req.method === 'PUT' && key === ''))
      return xmlError(
        404,
        'NoSuchBucket',
        'The specified bucket does not exist',
        `<BucketName>${esc(bucketName)}</BucketName>`,
      );
    if (bucket && typeof expectedOwner === 'string' && expectedOwner !== bucket.owner)
      return xmlError(403, 'AccessDenied', 'Access Denied');

    if (req.method === 'PUT' && key === '') {
      if (bucket)
        return xmlError(
          409,
          'BucketAlreadyOwnedByYou',
          'Your previous request to create the named bucket succeeded and you already own it.',
        );
      store.createBucket(bucketName);
      return { status: 200, headers: { location: `/${bucketName}` }, body: '' };
    }
    if (req.method === 'HEAD' && key === '')
      return {
        status: 200,
        headers: { 'x-amz-bucket-region': req.region ?? 'us-east-1' },
        body: '',
      };
    if (req.method === 'GET' && key === '' && req.query.get('list-type') === '2') {
      const prefix = req.query.get('prefix') ?? '';
      const keys = [...bucket!.objects.entries()]
        .filter(([k]) => k.startsWith(prefix))
        .sort(([a], [b]) => a.localeCompare(b));
      const contents = keys
        .map(
          ([k, o]) =>
            `<Contents><Key>${esc(k)}</Key><LastModified>${o.lastModified.toISOString()}</LastModified><ETag>${esc(o.etag)}</ETag><Size>${o.body.length}</Size><StorageClass>STANDARD</StorageClass></Contents>`,
        )
        .join('');
      return {
        status: 200,
        headers: { 'content-type': 'application/xml' },
        body: `<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${esc(bucketName)}</Name><Prefix>${esc(prefix)}</Prefix><KeyCount>${keys.length}</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>${contents}</ListBucketResult>`,
      };
    }
    if (req.method === 'PUT') {
      const declared = req.headers['x-amz-checksum-crc32'] ?? req.trailers['x-amz-checksum-crc32'];
      const decodedLength = req.headers['x-amz-decoded-content-length'];
      if (typeof decodedLength === 'string' && Number(decodedLength) !== req.body.length)
        return xmlError(
          400,
          'IncompleteBody',
          'You did not provide the number of bytes specified by the Content-Length HTTP header.',
        );
      if (typeof declared === 'string' && declared !== crc32Base64(req.body))
        return xmlError(
          400,
          'BadDigest',
          'The CRC32 you specified did not match the calculated checksum.',
        );
      const etag = `"${createHash('md5').update(req.body).digest('hex')}"`;
      const ct = req.headers['content-type'];
      bucket!.objects.set(key, {
        body: Buffer.from(req.body),
        contentType: typeof ct === 'string' ? ct : undefined,
        etag,
        lastModified: new Date(),
      });
      return {
        status: 200,
        headers: {
          etag,
          ...(typeof declared === 'string' ? { 'x-amz-checksum-crc32': declared } : {}),
        },
        body: '',
      };
    }
    if (req.method === 'GET' || req.method === 'HEAD') {
      const o = bucket!.objects.get(key);
      if (!o)
        return req.method === 'HEAD'
          ? { status: 404, body: '' }
          : xmlError(
              404,
              'NoSuchKey',
              'The specified key does not exist.',
              `<Key>${esc(key)}</Key>`,
            );
      return {
        status: 200,
        headers: {
          etag: o.etag,
          'content-type': o.contentType ?? 'binary/octet-stream',
          'last-modified': o.lastModified.toUTCString(),
          'content-length': String(o.body.length),
        },
        body: req.method === 'HEAD' ? '' : o.body,
      };
    }
    return xmlError(
      501,
      'NotImplemented',
      `AWS fake S3: ${req.method} ${req.path} is not implemented.`,
    );
  };
  return { handler, store };
}
