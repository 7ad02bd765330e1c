// Code-scanning SARIF uploads: 202 + a status resource that settles to complete/failed
// (contracts.md §1.1-1.4).
import { randomUUID } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { githubError, notFound, type FakeRequest, type FakeResponse } from './http.js';
import { SARIF_LIMITS, categoryOf, processSarif, record } from './sarif-processing.js';
import { same, type SarifUpload } from './state.js';

interface UploadBody {
  commit_sha: string;
  ref: string;
  sarif: string;
  checkout_uri?: string;
  started_at?: string;
  tool_name?: string;
  validate?: boolean;
}

function unavailable(req: FakeRequest): FakeResponse | undefined {
  if (req.state.codeScanning === 'security-disabled') {
    return githubError(
      403,
      'Code Security must be enabled for this repository to use code scanning.',
      req.operation.documentationUrl,
    );
  }
  if (req.state.codeScanning === 'not-found') return notFound(req);
  return undefined;
}

export function uploadSarif(req: FakeRequest): FakeResponse {
  const blocked = unavailable(req);
  if (blocked) return blocked;
  const { owner = '', repo = '' } = req.params;
  const body = req.body as UploadBody;
  // The sarif member is gzip then base64; anything else is a 400 "sarif field is invalid".
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body.sarif)) {
    return githubError(
      400,
      'Invalid request.\n\nThe sarif field is not valid base64.',
      req.operation.documentationUrl,
    );
  }
  const gzipped = Buffer.from(body.sarif, 'base64');
  if (gzipped.length > SARIF_LIMITS.gzippedBytes) {
    return githubError(413, 'Payload Too Large', req.operation.documentationUrl);
  }
  let sarif: unknown;
  try {
    sarif = JSON.parse(gunzipSync(gzipped).toString('utf8'));
  } catch {
    return githubError(
      400,
      'Invalid request.\n\nThe sarif field must be a gzip-compressed, base64-encoded SARIF file.',
      req.operation.documentationUrl,
    );
  }
  const runs = record(sarif)?.runs;
  const upload: SarifUpload = {
    id: randomUUID(),
    owner,
    repo,
    commitSha: body.commit_sha,
    ref: body.ref,
    checkoutUri: body.checkout_uri,
    startedAt: body.started_at,
    toolName: body.tool_name,
    validate: body.validate,
    sarif,
    gzippedBytes: gzipped.length,
    categories: Array.isArray(runs) ? runs.map((r) => categoryOf(record(r))) : [],
    status: 'pending',
    errors: null,
    pendingPolls: req.state.sarifPendingPolls,
  };
  req.state.sarifUploads.push(upload);
  return {
    status: 202,
    body: {
      id: upload.id,
      url: `${req.baseUrl}/repos/${owner}/${repo}/code-scanning/sarifs/${upload.id}`,
    },
  };
}

export function getSarif(req: FakeRequest): FakeResponse {
  const blocked = unavailable(req);
  if (blocked) return blocked;
  const { owner = '', repo = '', sarif_id = '' } = req.params;
  const upload = req.state.sarifUploads.find(
    (u) => u.id === sarif_id && same(u.owner, owner) && same(u.repo, repo),
  );
  if (!upload) return notFound(req);
  if (upload.status === 'pending') {
    if (upload.pendingPolls > 0) {
      upload.pendingPolls--;
      return { status: 200, body: { processing_status: 'pending', analyses_url: null } };
    }
    const outcome = (req.state.sarifOutcome ?? ((u: SarifUpload) => processSarif(u.sarif)))(upload);
    upload.status = outcome.status;
    upload.errors = outcome.errors ?? null;
  }
  if (upload.status === 'failed') {
    return {
      status: 200,
      body: { processing_status: 'failed', analyses_url: null, errors: upload.errors ?? [] },
    };
  }
  return {
    status: 200,
    body: {
      processing_status: 'complete',
      analyses_url: `${req.baseUrl}/repos/${owner}/${repo}/code-scanning/analyses?sarif_id=${upload.id}`,
    },
  };
}
