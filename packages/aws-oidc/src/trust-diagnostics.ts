/**
 * Explains why STS refused a GitHub OIDC token, from the token's non-secret claims: which claims
 * this run presented and the trust-policy condition that would match it. Never prints the token.
 */

/** The claims worth showing; everything else in the token is left out on purpose. */
export interface TokenClaims {
  sub?: string;
  aud?: string;
  iss?: string;
  repository?: string;
  repository_id?: string;
  repository_owner?: string;
  repository_owner_id?: string;
  ref?: string;
  environment?: string;
  job_workflow_ref?: string;
  event_name?: string;
  exp?: number;
}

const SHOWN = ['sub', 'aud', 'repository', 'ref', 'environment', 'job_workflow_ref'] as const;
const KEPT = [
  ...SHOWN,
  'iss',
  'repository_id',
  'repository_owner',
  'repository_owner_id',
  'event_name',
  'exp',
] as const;

/** Reads the payload of a JWT without verifying it; undefined when it is not one. */
export function decodeTokenClaims(token: string): TokenClaims | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const all = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    const out: Record<string, unknown> = {};
    for (const k of KEPT) {
      const v = all[k];
      if (k === 'aud' && Array.isArray(v)) out[k] = v.join(',');
      else if (typeof v === 'string' || typeof v === 'number') out[k] = v;
    }
    return out;
  } catch {
    return undefined;
  }
}

export interface SubjectForms {
  /** The `sub` this run's token carries: what a StringEquals condition must hold. */
  actual: string;
  /** `repo:OWNER/REPO:...`, when `actual` is the immutable form. */
  legacy?: string;
  /** `repo:OWNER@OWNER_ID/REPO@REPO_ID:...`, when `actual` is the legacy form and the ids are known. */
  immutable?: string;
  usesImmutableForm: boolean;
}

export function subjectForms(claims: TokenClaims): SubjectForms | undefined {
  const sub = claims.sub;
  if (!sub) return undefined;
  const m = /^repo:([^/:]+)\/([^:]+):(.*)$/.exec(sub);
  if (!m) return { actual: sub, usesImmutableForm: false };
  const [, owner, repo, rest] = m as unknown as [string, string, string, string];
  if (owner.includes('@') || repo.includes('@')) {
    return {
      actual: sub,
      legacy: `repo:${owner.replace(/@.*$/, '')}/${repo.replace(/@.*$/, '')}:${rest}`,
      usesImmutableForm: true,
    };
  }
  const forms: SubjectForms = { actual: sub, usesImmutableForm: false };
  if (claims.repository_owner_id && claims.repository_id)
    forms.immutable = `repo:${owner}@${claims.repository_owner_id}/${repo}@${claims.repository_id}:${rest}`;
  return forms;
}

export interface TrustFailureContext {
  code: string;
  message: string;
  roleArn: string;
  audience: string;
  roleDurationSeconds: number;
  claims: TokenClaims | undefined;
}

function claimsLine(claims: TokenClaims | undefined): string {
  if (!claims) return "This run's token could not be decoded to show its claims.";
  return `This run's token claims: ${SHOWN.map((k) => `${k}=${claims[k] ?? '(none)'}`).join(', ')}.`;
}

function conditionBlock(claims: TokenClaims | undefined, audience: string): string[] {
  const forms = claims && subjectForms(claims);
  if (!forms) return [];
  const lines = [
    'A trust-policy condition that matches this run:',
    '  "Condition": {',
    `    "StringEquals": { "token.actions.githubusercontent.com:aud": "${claims.aud ?? audience}" },`,
    `    "StringLike": { "token.actions.githubusercontent.com:sub": "${forms.actual}" }`,
    '  }',
  ];
  if (forms.usesImmutableForm && forms.legacy)
    lines.push(
      `This repository's tokens use the immutable subject form (repo:OWNER@OWNER_ID/REPO@REPO_ID:...). A trust policy written for the legacy form "${forms.legacy}" no longer matches: add the form above.`,
    );
  else if (forms.immutable)
    lines.push(
      `If the repository switches to immutable subjects (repositories created after 2026-07-15, or opted in), the subject becomes "${forms.immutable}": allow both forms to be safe.`,
    );
  if (claims.event_name?.startsWith('pull_request') && !claims.environment)
    lines.push(
      'Pull request runs present the subject ":pull_request" (not a branch ref), so a condition on "ref:refs/heads/*" does not match them.',
    );
  return lines;
}

/** A multi-line explanation (for the error hint) of a refused AssumeRoleWithWebIdentity. */
export function explainStsFailure(ctx: TrustFailureContext): string | undefined {
  const { code, message, roleArn, audience, claims } = ctx;
  if (
    code === 'AccessDenied' ||
    code === 'AccessDeniedException' ||
    code === 'IDPRejectedClaimException' ||
    code === 'IDPRejectedClaim'
  ) {
    return [
      `The trust policy of ${roleArn} does not accept this run's token (or the role does not exist).`,
      claimsLine(claims),
      ...conditionBlock(claims, audience),
      'The trust policy must also name the OIDC provider as Federated principal and allow sts:AssumeRoleWithWebIdentity.',
    ].join('\n');
  }
  if (code === 'InvalidIdentityTokenException' || code === 'InvalidIdentityToken') {
    if (/OpenIDConnect provider/i.test(message))
      return [
        `The account of ${roleArn} has no IAM OIDC identity provider for https://token.actions.githubusercontent.com.`,
        `Create one (IAM > Identity providers > OpenID Connect) with audience "${audience}", then allow it in the role's trust policy.`,
        claimsLine(claims),
      ].join('\n');
    if (/audience/i.test(message))
      return [
        `The token's audience "${claims?.aud ?? audience}" is not an audience (client ID) of the account's OIDC provider.`,
        'Add it to the provider, or set the audience input to one the provider lists (sts.amazonaws.com by default).',
        claimsLine(claims),
      ].join('\n');
    return claimsLine(claims);
  }
  if (
    (code === 'ValidationError' || code === 'ValidationException') &&
    /DurationSeconds|MaxSessionDuration/i.test(message)
  )
    return `role-duration-seconds is ${ctx.roleDurationSeconds}; lower it to at most the role's maximum session duration, or raise the role's MaxSessionDuration.`;
  if (code === 'RegionDisabledException')
    return 'STS is not activated in this region for the account: activate it (IAM > Account settings) or point sts-endpoint at an active region.';
  if (code === 'ExpiredTokenException')
    return 'STS kept seeing an expired token even though a fresh one was requested for every attempt: check the runner clock.';
  return undefined;
}
