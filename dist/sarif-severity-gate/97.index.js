export const id = 97;
export const ids = [97];
export const modules = {

/***/ 6097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  resolveActionAwsCredentials: () => (/* reexport */ resolveActionAwsCredentials)
});

// UNUSED EXPORTS: DEFAULT_RETRY, awsOidcEnvironment, classifyFailure, credentialEnvironment, decodeTokenClaims, explainStsFailure, fileTokenSource, fullJitterDelay, githubIdTokenSource, resolveAwsCredentials, resolveRegion, subjectForms

// EXTERNAL MODULE: ./node_modules/.pnpm/@aws-sdk+client-sts@3.1174.0/node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var dist_cjs = __webpack_require__(6775);
// EXTERNAL MODULE: ./node_modules/.pnpm/@aws-sdk+credential-providers@3.1175.0/node_modules/@aws-sdk/credential-providers/dist-cjs/index.js
var credential_providers_dist_cjs = __webpack_require__(6652);
// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 7 modules
var src = __webpack_require__(9157);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./packages/aws-oidc/src/region.ts

/** Region: the `aws-region` input, else AWS_REGION, else AWS_DEFAULT_REGION, else a clear error. */
function resolveRegion(input, env = {}) {
    const candidates = [
        [input, 'the aws-region input'],
        [env.AWS_REGION, 'AWS_REGION'],
        [env.AWS_DEFAULT_REGION, 'AWS_DEFAULT_REGION'],
    ];
    const found = candidates.find(([v]) => v !== undefined && v.trim() !== '');
    if (!found)
        throw new src/* ConfigurationError */.j1('No AWS region: the aws-region input is empty and neither AWS_REGION nor AWS_DEFAULT_REGION is set.', {
            hint: 'Set the aws-region input (for example us-east-1).',
        });
    const region = found[0].trim();
    if (!/^[a-z0-9-]+$/.test(region))
        throw new src/* ConfigurationError */.j1(`Region is not valid: "${region}" (from ${found[1]}).`, {
            hint: 'Use a region code such as us-east-1 or eu-west-1.',
        });
    return region;
}

;// CONCATENATED MODULE: ./packages/aws-oidc/src/retry.ts
const TRANSIENT_CODES = new Set([
    'Throttling',
    'ThrottlingException',
    'ThrottledException',
    'RequestThrottledException',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'RequestThrottled',
    'SlowDown',
    'PriorRequestNotComplete',
    'IDPCommunicationError',
    'IDPCommunicationErrorException',
    'InternalFailure',
    'InternalError',
    'InternalServerError',
    'ServiceUnavailable',
    'ServiceUnavailableException',
    'RequestTimeout',
    'RequestTimeoutException',
    'TimeoutError',
]);
const NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'ENOTFOUND',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
]);
/** The code an AWS SDK error (or a Node network error) carries. */
function errorCode(error) {
    const e = (error ?? {});
    if (typeof e.code === 'string' && e.code)
        return e.code;
    if (typeof e.name === 'string' && e.name)
        return e.name;
    return 'Error';
}
function networkCode(error, depth = 0) {
    if (depth > 4 || error === null || typeof error !== 'object')
        return undefined;
    const e = error;
    if (typeof e.code === 'string' && NETWORK_CODES.has(e.code))
        return e.code;
    if (typeof e.message === 'string' &&
        /socket hang up|fetch failed|other side closed/i.test(e.message))
        return 'ECONNRESET';
    return networkCode(e.cause, depth + 1);
}
function classifyFailure(error) {
    const code = errorCode(error);
    if (code === 'ExpiredTokenException' || code === 'ExpiredToken')
        return 'expired-token';
    if (TRANSIENT_CODES.has(code))
        return 'transient';
    if (networkCode(error))
        return 'transient';
    const e = (error ?? {});
    const status = e.$metadata?.httpStatusCode;
    if (status !== undefined && (status === 429 || status >= 500))
        return 'transient';
    if (e.$retryable)
        return 'transient';
    if (error instanceof TransientError)
        return 'transient';
    return 'permanent';
}
/** A failure the caller already knows is worth retrying (e.g. the token endpoint answered 503). */
class TransientError extends Error {
    name = 'TransientError';
}
const DEFAULT_RETRY = { maxAttempts: 8, baseDelayMs: 250, maxDelayMs: 20_000 };
/** Full jitter (AWS Architecture Blog, "Exponential Backoff and Jitter"): uniform in [0, min(cap, base * 2^n)). */
function fullJitterDelay(policy, retryNumber, random) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retryNumber);
    return Math.floor(random() * ceiling);
}

;// CONCATENATED MODULE: ./packages/aws-oidc/src/trust-diagnostics.ts
/**
 * Explains why STS refused a GitHub OIDC token, from the token's non-secret claims: which claims
 * this run presented and the trust-policy condition that would match it. Never prints the token.
 */
const SHOWN = ['sub', 'aud', 'repository', 'ref', 'environment', 'job_workflow_ref'];
const KEPT = [
    ...SHOWN,
    'iss',
    'repository_id',
    'repository_owner',
    'repository_owner_id',
    'event_name',
    'exp',
];
/** Reads the payload of a JWT without verifying it; undefined when it is not one. */
function decodeTokenClaims(token) {
    const payload = token.split('.')[1];
    if (!payload)
        return undefined;
    try {
        const all = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        const out = {};
        for (const k of KEPT) {
            const v = all[k];
            if (k === 'aud' && Array.isArray(v))
                out[k] = v.join(',');
            else if (typeof v === 'string' || typeof v === 'number')
                out[k] = v;
        }
        return out;
    }
    catch {
        return undefined;
    }
}
function subjectForms(claims) {
    const sub = claims.sub;
    if (!sub)
        return undefined;
    const m = /^repo:([^/:]+)\/([^:]+):(.*)$/.exec(sub);
    if (!m)
        return { actual: sub, usesImmutableForm: false };
    const [, owner, repo, rest] = m;
    if (owner.includes('@') || repo.includes('@')) {
        return {
            actual: sub,
            legacy: `repo:${owner.replace(/@.*$/, '')}/${repo.replace(/@.*$/, '')}:${rest}`,
            usesImmutableForm: true,
        };
    }
    const forms = { actual: sub, usesImmutableForm: false };
    if (claims.repository_owner_id && claims.repository_id)
        forms.immutable = `repo:${owner}@${claims.repository_owner_id}/${repo}@${claims.repository_id}:${rest}`;
    return forms;
}
function claimsLine(claims) {
    if (!claims)
        return "This run's token could not be decoded to show its claims.";
    return `This run's token claims: ${SHOWN.map((k) => `${k}=${claims[k] ?? '(none)'}`).join(', ')}.`;
}
function conditionBlock(claims, audience) {
    const forms = claims && subjectForms(claims);
    if (!forms)
        return [];
    const lines = [
        'A trust-policy condition that matches this run:',
        '  "Condition": {',
        `    "StringEquals": { "token.actions.githubusercontent.com:aud": "${claims.aud ?? audience}" },`,
        `    "StringLike": { "token.actions.githubusercontent.com:sub": "${forms.actual}" }`,
        '  }',
    ];
    if (forms.usesImmutableForm && forms.legacy)
        lines.push(`This repository's tokens use the immutable subject form (repo:OWNER@OWNER_ID/REPO@REPO_ID:...). A trust policy written for the legacy form "${forms.legacy}" no longer matches: add the form above.`);
    else if (forms.immutable)
        lines.push(`If the repository switches to immutable subjects (repositories created after 2026-07-15, or opted in), the subject becomes "${forms.immutable}": allow both forms to be safe.`);
    if (claims.event_name?.startsWith('pull_request') && !claims.environment)
        lines.push('Pull request runs present the subject ":pull_request" (not a branch ref), so a condition on "ref:refs/heads/*" does not match them.');
    return lines;
}
/** A multi-line explanation (for the error hint) of a refused AssumeRoleWithWebIdentity. */
function explainStsFailure(ctx) {
    const { code, message, roleArn, audience, claims } = ctx;
    if (code === 'AccessDenied' ||
        code === 'AccessDeniedException' ||
        code === 'IDPRejectedClaimException' ||
        code === 'IDPRejectedClaim') {
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
    if ((code === 'ValidationError' || code === 'ValidationException') &&
        /DurationSeconds|MaxSessionDuration/i.test(message))
        return `role-duration-seconds is ${ctx.roleDurationSeconds}; lower it to at most the role's maximum session duration, or raise the role's MaxSessionDuration.`;
    if (code === 'RegionDisabledException')
        return 'STS is not activated in this region for the account: activate it (IAM > Account settings) or point sts-endpoint at an active region.';
    if (code === 'ExpiredTokenException')
        return 'STS kept seeing an expired token even though a fresh one was requested for every attempt: check the runner clock.';
    return undefined;
}

;// CONCATENATED MODULE: ./packages/aws-oidc/src/web-identity-token.ts


/**
 * GitHub's OIDC token endpoint, as `@actions/core` getIDToken calls it: `GET <url>&audience=<aud>`
 * with the request token as bearer; the JWT is `value` in the JSON answer. 5xx and network faults
 * are transient; anything else (401/403/404, no `value`) is not.
 */
function githubIdTokenSource(request, audience, fetchImpl = (url, init) => fetch(url, init), timeoutMs = 30_000) {
    return {
        description: 'the GitHub OIDC token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL)',
        async next() {
            let url;
            try {
                url = new URL(request.url);
            }
            catch {
                throw new src/* ConfigurationError */.j1(`ACTIONS_ID_TOKEN_REQUEST_URL is not a URL: ${request.url}`);
            }
            url.searchParams.set('audience', audience);
            let res;
            try {
                res = await fetchImpl(url.toString(), {
                    headers: {
                        authorization: `Bearer ${request.token}`,
                        accept: 'application/json',
                        'user-agent': 'actions/oidc-client',
                    },
                    signal: AbortSignal.timeout(timeoutMs),
                });
            }
            catch (error) {
                throw new TransientError(`Failed to get ID Token: ${(0,src/* getErrorMessage */.u1)(error)}`, {
                    cause: error,
                });
            }
            const body = await res.text();
            if (res.status !== 200) {
                const detail = `Failed to get ID Token. Error Code: ${res.status}. Error Message: ${body.slice(0, 300)}`;
                if (res.status >= 500 || res.status === 429)
                    throw new TransientError(detail);
                throw new Error(detail);
            }
            let value;
            try {
                value = JSON.parse(body).value;
            }
            catch {
                value = undefined;
            }
            if (typeof value !== 'string' || value === '')
                throw new Error('Response json body do not have ID Token field');
            return value;
        },
    };
}
/** A token file another tool keeps fresh (`web-identity-token-file`), re-read on every attempt. */
function fileTokenSource(path, readFile) {
    return {
        description: `web-identity-token-file ${path}`,
        async next() {
            let text;
            try {
                text = await readFile(path);
            }
            catch (error) {
                throw new src/* ConfigurationError */.j1(`Could not read web-identity-token-file ${path}: ${(0,src/* getErrorMessage */.u1)(error)}`, {
                    hint: 'Point web-identity-token-file at a readable file holding the token, or remove it to use GitHub OIDC.',
                });
            }
            const token = text.trim();
            if (!token)
                throw new src/* ConfigurationError */.j1(`web-identity-token-file ${path} is empty.`);
            return token;
        },
    };
}

;// CONCATENATED MODULE: ./packages/aws-oidc/src/resolve-credentials.ts








const ROLE_ARN = /^arn:aws[a-z-]*:iam::(\d{12}):role\/[\w+=,.@/-]+$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
/**
 * GitHub OIDC -> STS AssumeRoleWithWebIdentity -> a self-refreshing SDK credentials provider; or,
 * without `role-to-assume`, the SDK default provider chain (so the actions also work after
 * aws-actions/configure-aws-credentials). Key id, secret and session token go through
 * `logger.mask` before anything else sees them; the OIDC token is masked and never printed.
 */
async function resolveAwsCredentials(options) {
    const { inputs, logger } = options;
    const region = resolveRegion(inputs.region, options.regionEnv);
    const allowed = validateAllowedAccounts(inputs.allowedAccountIds);
    if (inputs.stsEndpoint !== undefined) {
        try {
            new URL(inputs.stsEndpoint);
        }
        catch {
            throw new src/* ConfigurationError */.j1(`sts-endpoint is not a URL: "${inputs.stsEndpoint}".`, {
                hint: 'Use a full URL such as https://sts.us-east-1.amazonaws.com, or leave it empty for the regional endpoint.',
            });
        }
    }
    const stsClient = (credentials, maxAttempts) => {
        const config = {
            region,
            requestHandler: {
                requestTimeout: options.stsRequestTimeoutMs ?? 30_000,
                connectionTimeout: 10_000,
                // Without this, newer @smithy/node-http-handler only warns when the timeout passes.
                throwOnRequestTimeout: true,
            },
        };
        if (inputs.stsEndpoint)
            config.endpoint = inputs.stsEndpoint;
        if (credentials)
            config.credentials = credentials;
        if (maxAttempts !== undefined)
            config.maxAttempts = maxAttempts;
        return (options.stsClientFactory ?? ((c) => new dist_cjs/* STSClient */.iM(c)))(config);
    };
    if (!inputs.roleToAssume) {
        if (inputs.webIdentityTokenFile)
            throw new src/* ConfigurationError */.j1('web-identity-token-file is set but role-to-assume is not.', {
                hint: 'Set role-to-assume to the role the token file should be exchanged for.',
            });
        return defaultChain(options, region, allowed, stsClient);
    }
    const roleArn = inputs.roleToAssume.trim();
    const arnMatch = ROLE_ARN.exec(roleArn);
    if (!arnMatch)
        throw new src/* ConfigurationError */.j1(`role-to-assume must be a full IAM role ARN; got "${roleArn}".`, {
            hint: 'Use arn:aws:iam::<account-id>:role/<role-name> (with OIDC there is no source account to complete a bare role name).',
        });
    if (allowed.length > 0 && !allowed.includes(arnMatch[1]))
        throw new src/* ConfigurationError */.j1(`role-to-assume is in account ${arnMatch[1]}, which is not in allowed-account-ids (${allowed.join(', ')}).`, { hint: 'Fix role-to-assume or add the account to allowed-account-ids.' });
    if (!SESSION_NAME.test(inputs.roleSessionName))
        throw new src/* ConfigurationError */.j1(`role-session-name "${inputs.roleSessionName}" is not valid.`, {
            hint: 'Use 2 to 64 characters from letters, digits and _+=,.@-',
        });
    let source;
    let sourceKind;
    if (inputs.webIdentityTokenFile) {
        source = fileTokenSource(inputs.webIdentityTokenFile, options.readFile ?? ((p) => (0,promises_.readFile)(p, 'utf8')));
        sourceKind = 'web-identity-token-file';
    }
    else if (options.idTokenRequest?.url && options.idTokenRequest.token) {
        source = githubIdTokenSource(options.idTokenRequest, inputs.audience, options.fetch);
        sourceKind = 'github-oidc';
    }
    else {
        const missing = missingTokenReason(options.github);
        if (inputs.onMissingCredentials === 'skip')
            return { status: 'unavailable', reason: missing.reason };
        throw new src/* ConfigurationError */.j1(missing.reason, { hint: missing.hint });
    }
    const assumer = new RoleAssumer(options, roleArn, source, stsClient(rejectingProvider, 1));
    logger.info(`Assuming ${roleArn} with ${sourceKind === 'github-oidc' ? `a GitHub OIDC token (audience ${inputs.audience})` : source.description} in ${region}${inputs.stsEndpoint ? ` via ${inputs.stsEndpoint}` : ''}.`);
    const first = await assumer.assume();
    checkAllowedAccount(first.accountId, allowed, first.arn);
    logger.info(`Authenticated as ${first.arn ?? roleArn}; the session expires at ${first.identity.expiration.toISOString()}.`);
    const now = options.now ?? Date.now;
    const windowMs = Math.min((options.refreshBeforeSeconds ?? 600) * 1000, (inputs.roleDurationSeconds * 1000) / 2);
    let current = first;
    let inflight;
    const credentials = async () => {
        if (current.identity.expiration.getTime() - windowMs > now())
            return { ...current.identity };
        inflight ??= assumer.assume().finally(() => {
            inflight = undefined;
        });
        try {
            const next = await inflight;
            checkAllowedAccount(next.accountId, allowed, next.arn);
            current = next;
            logger.info(`Refreshed the AWS session for ${roleArn}; it now expires at ${next.identity.expiration.toISOString()}.`);
        }
        catch (error) {
            // Still-valid credentials beat a failed job: keep them and say so.
            if (current.identity.expiration.getTime() > now()) {
                logger.warning(`Could not refresh the AWS session for ${roleArn} (${(0,src/* getErrorMessage */.u1)(error)}); using the current one until ${current.identity.expiration.toISOString()}.`);
                return { ...current.identity };
            }
            throw error;
        }
        return { ...current.identity };
    };
    return {
        status: 'ok',
        credentials,
        region,
        accountId: first.accountId,
        principalArn: first.arn,
        source: sourceKind,
    };
}
/** The STS operation is unsigned (@optionalAuth); a provider that refuses proves nothing is signed. */
const rejectingProvider = () => Promise.reject(new Error('AssumeRoleWithWebIdentity is unsigned; no credentials are needed'));
class RoleAssumer {
    options;
    roleArn;
    source;
    sts;
    policy;
    sleep;
    random;
    now;
    constructor(options, roleArn, source, sts) {
        this.options = options;
        this.roleArn = roleArn;
        this.source = source;
        this.sts = sts;
        this.policy = { ...DEFAULT_RETRY, ...options.retry };
        this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
        this.random = options.random ?? Math.random;
        this.now = options.now ?? Date.now;
    }
    /** One exchange: a fresh token for every attempt, full-jitter back-off on transient failures. */
    async assume() {
        const { inputs, logger } = this.options;
        const max = this.policy.maxAttempts;
        let claims;
        let last;
        let lastToken = '';
        for (let attempt = 1; attempt <= max; attempt++) {
            let step = 'getting a web identity token';
            try {
                const token = await this.source.next();
                // Mask before anything could echo it (an SDK debug log, an error message).
                logger.mask(token);
                lastToken = token;
                claims = decodeTokenClaims(token);
                step = 'AssumeRoleWithWebIdentity';
                const out = await this.sts.send(new dist_cjs/* AssumeRoleWithWebIdentityCommand */.WH({
                    RoleArn: this.roleArn,
                    RoleSessionName: inputs.roleSessionName,
                    WebIdentityToken: token,
                    DurationSeconds: inputs.roleDurationSeconds,
                }));
                return this.session(out);
            }
            catch (error) {
                if (error instanceof src/* ConfigurationError */.j1)
                    throw error;
                const kind = classifyFailure(error);
                const code = errorCode(error);
                const message = scrub((0,src/* getErrorMessage */.u1)(error), lastToken);
                if (kind === 'permanent')
                    throw this.permanentFailure(step, code, message, claims, error);
                last = error;
                if (attempt === max)
                    break;
                // An expired token needs no back-off, only a new token.
                const delay = kind === 'expired-token' ? 0 : fullJitterDelay(this.policy, attempt - 1, this.random);
                logger.info(`Retry ${step}: attempt ${attempt} of ${max} failed (${code}: ${message}). Retrying after ${delay} ms with a fresh token.`);
                await this.sleep(delay);
            }
        }
        const code = errorCode(last);
        const detail = explainStsFailure({
            code,
            message: (0,src/* getErrorMessage */.u1)(last),
            roleArn: this.roleArn,
            audience: inputs.audience,
            roleDurationSeconds: inputs.roleDurationSeconds,
            claims,
        });
        throw new Error(`Could not assume role ${this.roleArn} with OIDC after ${max} attempts: ${code}: ${scrub((0,src/* getErrorMessage */.u1)(last), lastToken)}${detail ? `\n${detail}` : ''}`, { cause: last });
    }
    session(out) {
        const c = out.Credentials;
        if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken)
            throw new Error('STS AssumeRoleWithWebIdentity answered without credentials.');
        const { logger } = this.options;
        logger.mask(c.AccessKeyId);
        logger.mask(c.SecretAccessKey);
        logger.mask(c.SessionToken);
        const arn = out.AssumedRoleUser?.Arn;
        const accountId = arn ? /^arn:aws[a-z-]*:sts::(\d{12}):/.exec(arn)?.[1] : undefined;
        const expiration = c.Expiration ?? new Date(this.now() + this.options.inputs.roleDurationSeconds * 1000);
        return {
            identity: {
                accessKeyId: c.AccessKeyId,
                secretAccessKey: c.SecretAccessKey,
                sessionToken: c.SessionToken,
                expiration,
                ...(accountId ? { accountId } : {}),
            },
            arn,
            accountId,
        };
    }
    permanentFailure(step, code, message, claims, cause) {
        const { inputs } = this.options;
        if (step !== 'AssumeRoleWithWebIdentity')
            return new src/* ConfigurationError */.j1(`Could not get a web identity token from ${this.source.description}: ${message}`, {
                hint: 'Check that the job has `permissions: id-token: write` and that the token endpoint is reachable.',
                cause,
            });
        const hint = explainStsFailure({
            code,
            message,
            roleArn: this.roleArn,
            audience: inputs.audience,
            roleDurationSeconds: inputs.roleDurationSeconds,
            claims,
        });
        return new src/* ConfigurationError */.j1(`Could not assume role ${this.roleArn} with OIDC: ${code}: ${message}`, hint === undefined ? { cause } : { hint: `\n${hint}`, cause });
    }
}
function scrub(text, secret) {
    return secret ? text.split(secret).join('***') : text;
}
function validateAllowedAccounts(ids) {
    const bad = ids.filter((id) => !/^\d{12}$/.test(id));
    if (bad.length > 0)
        throw new src/* ConfigurationError */.j1(`allowed-account-ids holds values that are not 12-digit account IDs: ${bad.join(', ')}.`);
    return ids;
}
function checkAllowedAccount(accountId, allowed, arn) {
    if (allowed.length === 0)
        return;
    if (!accountId || !allowed.includes(accountId))
        throw new src/* ConfigurationError */.j1(`The account ID of the provided credentials (${accountId ?? 'unknown'}${arn ? `, ${arn}` : ''}) does not match any of allowed-account-ids: ${allowed.join(', ')}.`, { hint: 'Use a role in an allowed account, or add the account to allowed-account-ids.' });
}
function isForkPullRequest(github) {
    if (github?.pullRequest?.fromFork)
        return true;
    // A fork deleted since the PR was opened leaves `head.repo: null`; it is still a fork PR.
    const pr = github?.payload?.pull_request;
    return (github?.eventName.startsWith('pull_request') === true &&
        pr?.head !== undefined &&
        pr.head.repo === null);
}
function missingTokenReason(github) {
    if (isForkPullRequest(github))
        return {
            reason: 'No GitHub OIDC token is available: this run is for a pull request from a fork, and GitHub gives fork pull requests no id token (ACTIONS_ID_TOKEN_REQUEST_URL is unset).',
            hint: 'Set on-missing-credentials: skip to finish neutral on fork pull requests, or run the AWS checks on pushes and same-repository pull requests.',
        };
    return {
        reason: 'No GitHub OIDC token is available: ACTIONS_ID_TOKEN_REQUEST_URL/ACTIONS_ID_TOKEN_REQUEST_TOKEN are unset, which means the job lacks `permissions: id-token: write`.',
        hint: 'Add `permissions: { id-token: write, contents: read }` to the job (or set on-missing-credentials: skip).',
    };
}
async function defaultChain(options, region, allowed, stsClient) {
    const { logger, inputs } = options;
    const base = (options.defaultProvider ?? (() => (0,credential_providers_dist_cjs/* fromNodeProviderChain */.br)()))();
    const credentials = async () => {
        const identity = await base();
        logger.mask(identity.accessKeyId);
        logger.mask(identity.secretAccessKey);
        if (identity.sessionToken)
            logger.mask(identity.sessionToken);
        return identity;
    };
    let identity;
    try {
        identity = await credentials();
    }
    catch (error) {
        const reason = `No AWS credentials: role-to-assume is not set and the SDK default provider chain (environment, web identity file, shared config, container/instance metadata) found none: ${(0,src/* getErrorMessage */.u1)(error)}`;
        if (inputs.onMissingCredentials === 'skip')
            return { status: 'unavailable', reason };
        throw new src/* ConfigurationError */.j1(reason, {
            hint: 'Set role-to-assume (GitHub OIDC, recommended) or run aws-actions/configure-aws-credentials before this step.',
            cause: error,
        });
    }
    let accountId = identity.accountId;
    let principalArn;
    if (allowed.length > 0) {
        const who = await stsClient(credentials).send(new dist_cjs/* GetCallerIdentityCommand */.zI({}));
        accountId = who.Account;
        principalArn = who.Arn;
        checkAllowedAccount(accountId, allowed, principalArn);
    }
    logger.info(`Using AWS credentials from the SDK default provider chain in ${region}${principalArn ? ` as ${principalArn}` : ''}.`);
    return { status: 'ok', credentials, region, accountId, principalArn, source: 'default-chain' };
}
/**
 * The variables a later step needs (`export-credentials: true`). They do not refresh: later steps
 * get the session as it is now. Values are masked again here in case the caller logs them.
 */
async function credentialEnvironment(result, logger) {
    const id = await result.credentials();
    logger.mask(id.accessKeyId);
    logger.mask(id.secretAccessKey);
    if (id.sessionToken)
        logger.mask(id.sessionToken);
    return {
        AWS_ACCESS_KEY_ID: id.accessKeyId,
        AWS_SECRET_ACCESS_KEY: id.secretAccessKey,
        ...(id.sessionToken ? { AWS_SESSION_TOKEN: id.sessionToken } : {}),
        AWS_REGION: result.region,
        AWS_DEFAULT_REGION: result.region,
    };
}
/** Reads the runner variables this package needs from an env object (the action passes process.env). */
function awsOidcEnvironment(env) {
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const token = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    return {
        idTokenRequest: url && token ? { url, token } : undefined,
        regionEnv: { AWS_REGION: env.AWS_REGION, AWS_DEFAULT_REGION: env.AWS_DEFAULT_REGION },
    };
}

;// CONCATENATED MODULE: ./packages/aws-oidc/src/action-credentials.ts

/**
 * What every AWS-calling action does with the shared AWS inputs: resolve credentials (OIDC or the
 * default chain) and, with `export-credentials: true`, export the masked `AWS_*` variables for
 * later steps. An `unavailable` result is for the action to turn into a `skipped` verdict.
 */
async function resolveActionAwsCredentials(ctx) {
    const { idTokenRequest, regionEnv } = awsOidcEnvironment(ctx.env);
    const options = {
        ...ctx.overrides,
        inputs: ctx.inputs,
        logger: ctx.logger,
        idTokenRequest,
        regionEnv,
    };
    if (ctx.github)
        options.github = ctx.github;
    const result = await (ctx.resolve ?? resolveAwsCredentials)(options);
    if (result.status === 'ok' && ctx.inputs.exportCredentials) {
        const vars = await credentialEnvironment(result, ctx.logger);
        for (const [name, value] of Object.entries(vars))
            ctx.exportVariable(name, value);
        ctx.logger.info(`Exported ${Object.keys(vars).join(', ')} for later steps (masked).`);
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/aws-oidc/src/index.ts








/***/ })

};
