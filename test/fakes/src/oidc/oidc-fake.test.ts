import { createPublicKey, createVerify } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeJwtPayload, startOidcFake, type OidcFake } from './index.js';

// The real client: @actions/core's getIDToken (a dependency of action-kit, resolved from there).
const core = (await import(
  new URL('../../../../packages/action-kit/node_modules/@actions/core/lib/core.js', import.meta.url)
    .href
)) as {
  getIDToken(audience?: string): Promise<string>;
};

let fake: OidcFake | undefined;
const saved = { ...process.env };
beforeEach(() => {
  // core prints ::debug:: and ::add-mask:: lines; keep the test output readable.
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await fake?.close();
  fake = undefined;
  process.env = { ...saved };
});

function withEnv(f: OidcFake): void {
  process.env.ACTIONS_ID_TOKEN_REQUEST_URL = f.url;
  process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = f.requestToken;
}

describe('OIDC token endpoint fake', () => {
  it('issues a signed token to @actions/core getIDToken with the requested audience and GitHub claims', async () => {
    fake = await startOidcFake({
      claims: { environment: 'prod' },
      now: () => Date.UTC(2026, 10, 26, 18, 0, 0),
    });
    withEnv(fake);
    const token = await core.getIDToken('sts.amazonaws.com');
    const claims = decodeJwtPayload(token);
    expect(claims).toMatchObject({
      iss: 'https://token.actions.githubusercontent.com',
      aud: 'sts.amazonaws.com',
      sub: 'repo:octo-org/octo-repo:environment:prod',
      repository: 'octo-org/octo-repo',
      environment: 'prod',
      iat: Date.UTC(2026, 10, 26, 18, 0, 0) / 1000,
      exp: Date.UTC(2026, 10, 26, 18, 5, 0) / 1000,
    });
    const jwks = (await (await fetch(fake.jwksUrl)).json()) as { keys: object[] };
    const [head, body, sig] = token.split('.');
    const key = createPublicKey({ key: jwks.keys[0] as never, format: 'jwk' });
    expect(
      createVerify('RSA-SHA256')
        .update(`${head}.${body}`)
        .verify(key, Buffer.from(sig!, 'base64url')),
    ).toBe(true);
    expect(fake.requests).toEqual([
      { status: 200, audience: 'sts.amazonaws.com', authorized: true },
    ]);
  });

  it('derives pull_request and immutable subjects', async () => {
    fake = await startOidcFake({ claims: { event_name: 'pull_request' }, immutableSubject: true });
    withEnv(fake);
    expect(decodeJwtPayload(await core.getIDToken('sts.amazonaws.com')).sub).toBe(
      'repo:octo-org@987654/octo-repo@123456789:pull_request',
    );
  });

  it('rejects a wrong bearer token with 401, which core reports with the status', async () => {
    fake = await startOidcFake();
    withEnv(fake);
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'wrong';
    await expect(core.getIDToken('sts.amazonaws.com')).rejects.toThrow(/Error Code : 401/);
    expect(fake.issued).toHaveLength(0);
  });

  it('injects a missing value field, 5xx (core retries) and expired tokens', async () => {
    fake = await startOidcFake();
    withEnv(fake);
    fake.faults.missingValue();
    await expect(core.getIDToken('sts.amazonaws.com')).rejects.toThrow(
      /do not have ID Token field/,
    );
    fake.faults.status(503);
    const token = await core.getIDToken('sts.amazonaws.com');
    expect(fake.requests.map((r) => r.status)).toEqual([200, 503, 200]);
    expect(decodeJwtPayload(token).aud).toBe('sts.amazonaws.com');
    fake.faults.expired();
    const stale = decodeJwtPayload(await core.getIDToken('sts.amazonaws.com'));
    expect(stale.exp as number).toBeLessThan(Date.now() / 1000);
  });

  it('uses the owner URL as audience when none is requested, like GitHub', async () => {
    fake = await startOidcFake();
    const res = await fetch(fake.url, {
      headers: { authorization: `Bearer ${fake.requestToken}` },
    });
    const { value } = (await res.json()) as { value: string };
    expect(decodeJwtPayload(value).aud).toBe('https://github.com/octo-org');
  });
});
