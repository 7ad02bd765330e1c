/**
 * The GitHub Actions OIDC token endpoint (`ACTIONS_ID_TOKEN_REQUEST_URL` / `_TOKEN`), as
 * `@actions/core` getIDToken and configure-aws-credentials use it: `GET <URL>&audience=<aud>` with
 * `Authorization: Bearer <request token>`, answered `{"count":1,"value":"<JWT>"}`. Tokens are
 * RS256 JWTs signed with a per-process test key (JWKS served at `/.well-known/jwks`), carrying the
 * claims GitHub puts in them (sub, aud, repository, ref, environment, job_workflow_ref, exp ...).
 */
import { createSign, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GitHubOidcClaims {
  iss: string;
  aud: string;
  sub: string;
  exp: number;
  iat: number;
  nbf: number;
  jti: string;
  repository: string;
  repository_id: string;
  repository_owner: string;
  repository_owner_id: string;
  repository_visibility: string;
  ref: string;
  ref_type: string;
  sha: string;
  event_name: string;
  environment?: string;
  actor: string;
  actor_id: string;
  workflow: string;
  workflow_ref: string;
  job_workflow_ref: string;
  run_id: string;
  run_number: string;
  run_attempt: string;
  runner_environment: string;
  head_ref?: string;
  base_ref?: string;
  [claim: string]: unknown;
}

export interface OidcFaultMatch {
  /** How many token requests this fault applies to (default 1; `Infinity` for all). */
  times?: number;
  /** Let this many matching requests through untouched first (e.g. expire only the second token). */
  after?: number;
}

type OidcFault =
  | { kind: 'status'; status: number; body: string }
  | { kind: 'missing-value' }
  | { kind: 'reset' }
  | { kind: 'expired' }
  | { kind: 'latency'; ms: number };

export class OidcFaults {
  private rules: { fault: OidcFault; remaining: number; skip: number }[] = [];

  /** An HTTP error (e.g. 500/503, which @actions/http-client retries; 401/403 which it does not). */
  status(status: number, options: OidcFaultMatch & { body?: string } = {}): this {
    return this.add(
      {
        kind: 'status',
        status,
        body: options.body ?? JSON.stringify({ message: `injected ${status}` }),
      },
      options,
    );
  }
  /** `200 {"count":0}`: core fails with "Response json body do not have ID Token field". */
  missingValue(options: OidcFaultMatch = {}): this {
    return this.add({ kind: 'missing-value' }, options);
  }
  reset(options: OidcFaultMatch = {}): this {
    return this.add({ kind: 'reset' }, options);
  }
  /** Issues a token whose `exp` is already in the past. */
  expired(options: OidcFaultMatch = {}): this {
    return this.add({ kind: 'expired' }, options);
  }
  latency(ms: number, options: OidcFaultMatch = {}): this {
    return this.add({ kind: 'latency', ms }, options);
  }
  clear(): void {
    this.rules = [];
  }
  /** @internal */
  take(): OidcFault[] {
    const taken: OidcFault[] = [];
    for (const r of this.rules) {
      if (r.remaining <= 0) continue;
      if (r.skip > 0) {
        r.skip--;
        continue;
      }
      if (r.fault.kind === 'latency' || !taken.some((t) => t.kind !== 'latency')) {
        taken.push(r.fault);
        r.remaining--;
      }
    }
    this.rules = this.rules.filter((r) => r.remaining > 0);
    return taken;
  }
  private add(fault: OidcFault, options: OidcFaultMatch): this {
    this.rules.push({ fault, remaining: options.times ?? 1, skip: options.after ?? 0 });
    return this;
  }
}

export interface OidcFakeOptions {
  /** Claims to override (repository, ref, environment, event_name, ...); `sub` is derived unless given. */
  claims?: Partial<GitHubOidcClaims>;
  /** Use the immutable `repo:OWNER@OWNER_ID/REPO@REPO_ID:...` subject form (repos created after 2026-07-15). */
  immutableSubject?: boolean;
  /** Replace the JWT entirely (e.g. an opaque test value). */
  token?: (audience: string) => string;
  /** Token lifetime (GitHub: about 5 minutes after the request; default 300 s). */
  lifetimeSeconds?: number;
  /** The bearer token the endpoint requires; random by default. */
  requestToken?: string;
  /** Epoch milliseconds, for `iat`/`exp` (default Date.now). */
  now?: () => number;
}

export interface IssuedToken {
  audience: string;
  token: string;
  claims: GitHubOidcClaims | undefined;
}

export interface OidcFake {
  /** `ACTIONS_ID_TOKEN_REQUEST_URL` (already carries `?api-version=2.0`, as on the runner). */
  url: string;
  /** `ACTIONS_ID_TOKEN_REQUEST_TOKEN`. */
  requestToken: string;
  /** Both variables, ready to spread into an env. */
  env: { ACTIONS_ID_TOKEN_REQUEST_URL: string; ACTIONS_ID_TOKEN_REQUEST_TOKEN: string };
  /** Every token handed out, in order. */
  issued: IssuedToken[];
  /** Every request seen: status answered and audience asked for. */
  requests: { status: number; audience: string | undefined; authorized: boolean }[];
  faults: OidcFaults;
  /** The issuer URL to expect in `iss` is GitHub's; the JWKS of the test key is served here. */
  jwksUrl: string;
  close(): Promise<void>;
}

let keyPair: { privateKey: KeyObject; publicKey: KeyObject; kid: string } | undefined;
function testKey(): { privateKey: KeyObject; publicKey: KeyObject; kid: string } {
  keyPair ??= { ...generateKeyPairSync('rsa', { modulusLength: 2048 }), kid: randomUUID() };
  return keyPair;
}

const b64url = (data: string | Buffer): string => Buffer.from(data).toString('base64url');

export function signJwt(claims: object): string {
  const { privateKey, kid } = testKey();
  const head = b64url(JSON.stringify({ typ: 'JWT', alg: 'RS256', x5t: kid, kid }));
  const body = b64url(JSON.stringify(claims));
  const signature = createSign('RSA-SHA256').update(`${head}.${body}`).sign(privateKey);
  return `${head}.${body}.${b64url(signature)}`;
}

/** Decodes a JWT payload without verifying it (tests and diagnostics only). */
export function decodeJwtPayload(token: string): Record<string, unknown> {
  const part = token.split('.')[1];
  if (!part) throw new Error('not a JWT');
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** GitHub's default `sub` template for the run the claims describe. */
export function subjectFor(c: Partial<GitHubOidcClaims>, immutable: boolean): string {
  const [owner, repo] = (c.repository ?? 'octo-org/octo-repo').split('/');
  const who = immutable
    ? `${owner}@${c.repository_owner_id ?? ''}/${repo}@${c.repository_id ?? ''}`
    : `${owner}/${repo}`;
  const enc = (v: string): string => v.replace(/:/g, '%3A');
  if (c.environment) return `repo:${who}:environment:${enc(c.environment)}`;
  if (c.event_name?.startsWith('pull_request')) return `repo:${who}:pull_request`;
  return `repo:${who}:ref:${enc(c.ref ?? 'refs/heads/main')}`;
}

export async function startOidcFake(options: OidcFakeOptions = {}): Promise<OidcFake> {
  const requestToken = options.requestToken ?? `fake-request-token-${randomUUID()}`;
  const now = options.now ?? Date.now;
  const lifetime = options.lifetimeSeconds ?? 300;
  const faults = new OidcFaults();
  const issued: IssuedToken[] = [];
  const requests: OidcFake['requests'] = [];

  function claimsFor(audience: string, expired: boolean): GitHubOidcClaims {
    const iat = Math.floor(now() / 1000);
    const base = {
      repository: 'octo-org/octo-repo',
      repository_id: '123456789',
      repository_owner: 'octo-org',
      repository_owner_id: '987654',
      repository_visibility: 'private',
      ref: 'refs/heads/main',
      ref_type: 'branch',
      sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
      event_name: 'push',
      actor: 'octocat',
      actor_id: '583231',
      workflow: 'gates',
      workflow_ref: 'octo-org/octo-repo/.github/workflows/gates.yml@refs/heads/main',
      job_workflow_ref: 'octo-org/octo-repo/.github/workflows/gates.yml@refs/heads/main',
      run_id: '4242424242',
      run_number: '17',
      run_attempt: '1',
      runner_environment: 'github-hosted',
      ...options.claims,
    };
    return {
      jti: randomUUID(),
      sub: options.claims?.sub ?? subjectFor(base, options.immutableSubject ?? false),
      aud: audience,
      ...base,
      iss: 'https://token.actions.githubusercontent.com',
      nbf: iat - 5,
      iat: expired ? iat - lifetime - 60 : iat,
      exp: expired ? iat - 60 : iat + lifetime,
    };
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const json = (status: number, body: unknown): void => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(body));
      };
      if (url.pathname === '/.well-known/jwks') {
        const jwk = testKey().publicKey.export({ format: 'jwk' });
        return json(200, { keys: [{ ...jwk, kid: testKey().kid, alg: 'RS256', use: 'sig' }] });
      }
      const audience = url.searchParams.get('audience') ?? undefined;
      const authorized = req.headers.authorization === `Bearer ${requestToken}`;
      const record = (status: number): void => {
        requests.push({ status, audience, authorized });
      };
      if (url.pathname !== '/token' || url.searchParams.get('api-version') !== '2.0') {
        record(404);
        return json(404, { message: 'Not Found' });
      }
      if (req.method !== 'GET') {
        record(405);
        return json(405, { message: 'Method Not Allowed' });
      }
      if (!authorized) {
        record(401);
        return json(401, { message: 'Bad credentials' });
      }
      let expired = false;
      for (const fault of faults.take()) {
        if (fault.kind === 'latency') await new Promise((r) => setTimeout(r, fault.ms));
        else if (fault.kind === 'reset') {
          record(-1);
          req.socket.destroy();
          return;
        } else if (fault.kind === 'status') {
          record(fault.status);
          res.writeHead(fault.status, { 'content-type': 'application/json; charset=utf-8' });
          res.end(fault.body);
          return;
        } else if (fault.kind === 'missing-value') {
          record(200);
          return json(200, { count: 0 });
        } else expired = true;
      }
      // GitHub's default audience is the URL of the repository owner.
      const aud =
        audience ?? `https://github.com/${options.claims?.repository_owner ?? 'octo-org'}`;
      const claims = options.token ? undefined : claimsFor(aud, expired);
      const token = options.token ? options.token(aud) : signJwt(claims!);
      issued.push({ audience: aud, token, claims });
      record(200);
      return json(200, { count: 1, value: token });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const url = `${base}/token?api-version=2.0`;
  return {
    url,
    requestToken,
    env: { ACTIONS_ID_TOKEN_REQUEST_URL: url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken },
    issued,
    requests,
    faults,
    jwksUrl: `${base}/.well-known/jwks`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
