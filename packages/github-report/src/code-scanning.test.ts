import { describe, expect, it } from 'vitest';
import { DEFAULT_BRANCH_SHA, HEAD_SHA, MERGE_SHA, contextFor } from '../test/helpers.js';
import { selectUploadTarget } from './code-scanning.js';

const api = 'http://127.0.0.1:1';

describe('selectUploadTarget (contracts.md §1.7, real payloads)', () => {
  it('push: GITHUB_REF + GITHUB_SHA', () => {
    expect(selectUploadTarget(contextFor('push', api))).toEqual({
      ref: 'refs/tags/simple-tag',
      commitSha: DEFAULT_BRANCH_SHA,
    });
  });

  it('pull_request: merge ref + GITHUB_SHA (the test merge commit)', () => {
    expect(selectUploadTarget(contextFor('pull_request', api))).toEqual({
      ref: 'refs/pull/2/merge',
      commitSha: MERGE_SHA,
    });
    expect(selectUploadTarget(contextFor('pull_request', api), MERGE_SHA)).toEqual({
      ref: 'refs/pull/2/merge',
      commitSha: MERGE_SHA,
    });
  });

  it('pull_request with the head checked out: head ref + head SHA, never mixed', () => {
    expect(selectUploadTarget(contextFor('pull_request', api), HEAD_SHA)).toEqual({
      ref: 'refs/pull/2/head',
      commitSha: HEAD_SHA,
    });
    const other = 'a'.repeat(40);
    expect(selectUploadTarget(contextFor('pull_request', api), other)).toMatchObject({
      ref: 'refs/pull/2/head',
      commitSha: other,
      note: expect.stringContaining('neither'),
    });
  });

  it('pull_request_target: head ref + head SHA from the payload, not the default branch', () => {
    expect(selectUploadTarget(contextFor('pull_request_target', api))).toEqual({
      ref: 'refs/pull/2/head',
      commitSha: HEAD_SHA,
    });
  });

  it('workflow_dispatch / schedule: the branch run on', () => {
    expect(selectUploadTarget(contextFor('workflow_dispatch', api))).toEqual({
      ref: 'refs/heads/main',
      commitSha: DEFAULT_BRANCH_SHA,
    });
  });

  it('skips with a reason outside a repository ref', () => {
    const local = { ...contextFor('workflow_dispatch', api), eventName: '', ref: '', sha: '' };
    expect(selectUploadTarget(local)).toEqual({
      skip: expect.stringContaining('is not a branch, tag or pull request ref'),
    });
  });
});
