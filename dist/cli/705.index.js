export const id = 705;
export const ids = [705];
export const modules = {

/***/ 6705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  exportAsff: () => (/* binding */ exportAsff)
});

// UNUSED EXPORTS: asffSources

// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 8 modules
var src = __webpack_require__(2376);
// EXTERNAL MODULE: ./packages/sarif/src/core.ts + 22 modules
var core = __webpack_require__(5385);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/sarif/src/asff/text-limits.ts
/** ASFF field limits (Security Hub user guide, "Required/Optional top-level attributes"). */
const ASFF_LIMITS = {
    id: 512,
    generatorId: 512,
    productArnMin: 12,
    productArn: 2048,
    title: 256,
    description: 1024,
    severityOriginal: 64,
    recommendationText: 512,
    region: 16,
    productName: 128,
    resourceType: 256,
    resources: 32,
    types: 50,
    fieldMapPairs: 50,
    fieldMapKey: 128,
    fieldMapValue: 2048,
};
const ELLIPSIS = '…';
/**
 * Cuts `text` to at most `max` UTF-16 units (so it also fits any code-point count) and marks the
 * cut with an ellipsis. Never splits a surrogate pair: a lone surrogate would make the JSON body
 * invalid UTF-8 on the wire.
 */
function text_limits_truncate(text, max) {
    if (text.length <= max)
        return text;
    let end = max - ELLIPSIS.length;
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end--;
    return `${text.slice(0, end).trimEnd()}${ELLIPSIS}`;
}
/** ASFF strings must match `\S`: collapse whitespace and fall back when nothing is left. */
function nonEmpty(text, fallback) {
    const cleaned = (text ?? '').replace(/\s+/g, ' ').trim();
    return cleaned.length > 0 ? cleaned : fallback;
}
/** The first sentence (or line) of a message, which is what code scanning shows as a title. */
function firstSentence(text) {
    const line = text.trim().split(/\r?\n/, 1)[0] ?? '';
    const match = /^(.+?[.!?])(\s|$)/.exec(line);
    return (match?.[1] ?? line).trim();
}

;// CONCATENATED MODULE: ./packages/sarif/src/asff/finding-id.ts


/**
 * What identifies "the same problem" across runs, strongest evidence first:
 * GitHub's line-shift-tolerant `primaryLocationLineHash`, then a tool fingerprint, then every
 * partial fingerprint the tool wrote, and only then the start line (which moves when code above
 * it changes; that duplicates a finding in Security Hub rather than merging two different ones).
 */
function fingerprintKey(result) {
    const partial = result.partialFingerprints ?? {};
    const lineHash = partial['primaryLocationLineHash'];
    if (lineHash)
        return `lineHash:${lineHash}`;
    if (result.fingerprint)
        return `fingerprint:${result.fingerprint}`;
    const entries = Object.entries(partial)
        .filter(([, v]) => typeof v === 'string' && v.length > 0)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (entries.length > 0)
        return `partial:${JSON.stringify(entries)}`;
    return `line:${result.startLine ?? 0}`;
}
function sha256Hex(parts) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    // NUL-separated so ("a/b","c") and ("a","b/c") cannot collide.
    for (const part of parts)
        hash.update(part).update('\0');
    return hash.digest('hex');
}
/** Keeps the readable prefix printable and slash-delimited; the digest carries uniqueness. */
function segment(text, max) {
    const cleaned = text.replace(/\s+/g, '-').replace(/[^\x21-\x7e]/g, '_');
    return cleaned.length > max ? cleaned.slice(0, max) : cleaned;
}
/**
 * Deterministic ASFF `Id`: `<owner>/<repo>/<tool>/<rule>/<digest>`. Nothing run-specific (no
 * run id, timestamp, tool version or commit) goes in, so a re-import updates the finding instead
 * of creating a new one. The digest (128 bits of SHA-256 over scope, tool, rule, path and
 * fingerprint) keeps Ids unique even when the readable part had to be shortened.
 */
function findingId(result, scope) {
    const digest = sha256Hex([
        scope ?? '',
        result.toolName,
        result.ruleId,
        result.file ?? '',
        fingerprintKey(result),
    ]).slice(0, 32);
    const prefix = [
        scope ? segment(scope, 200) : undefined,
        segment(result.toolName, 64),
        segment(result.ruleId, 160),
    ]
        .filter((p) => p !== undefined && p.length > 0)
        .join('/');
    const id = `${prefix}/${digest}`;
    return id.length <= ASFF_LIMITS.id
        ? id
        : `${prefix.slice(0, ASFF_LIMITS.id - digest.length - 1)}/${digest}`;
}
/**
 * Two results with the same key in one import (same rule twice on one line, no fingerprints)
 * would overwrite each other in Security Hub. Suffix repeats with their occurrence number, in
 * input order, the way GitHub numbers repeated line hashes.
 */
function disambiguate(ids) {
    const seen = new Map();
    return ids.map((id) => {
        const n = (seen.get(id) ?? 0) + 1;
        seen.set(id, n);
        if (n === 1)
            return id;
        const suffix = `#${n}`;
        return id.length + suffix.length <= ASFF_LIMITS.id
            ? `${id}${suffix}`
            : `${id.slice(0, ASFF_LIMITS.id - suffix.length)}${suffix}`;
    });
}

;// CONCATENATED MODULE: ./packages/sarif/src/asff/finding-types.ts
/** ASFF `Types` values (namespace/category[/classifier]) from the Security Hub type taxonomy. */
const FINDING_TYPES = {
    cve: 'Software and Configuration Checks/Vulnerabilities/CVE',
    vulnerability: 'Software and Configuration Checks/Vulnerabilities',
    awsBestPractices: 'Software and Configuration Checks/AWS Security Best Practices',
    secrets: 'Sensitive Data Identifications/Passwords',
    configuration: 'Software and Configuration Checks',
};
const SECRET_TOOLS = /^(gitleaks|trufflehog|secretlint|detect-secrets|ggshield|gitguardian|talisman)\b/i;
const SCA_TOOLS = /^(grype|snyk|dependabot|osv-scanner|npm audit|retire|dependency-check|anchore)/i;
const CVE_ID = /\b(CVE-\d{4}-\d{4,}|GHSA(-[23456789cfghjmpqrvwx]{4}){3})\b/i;
// `CKV_AWS_20`, `AVD-AWS-0086`, `aws-s3-block-public-acls`: a whole-token "aws" in the rule.
const AWS_RULE = /(^|[^a-z0-9])aws([^a-z0-9]|$)/i;
/**
 * Picks the most specific taxonomy entry the evidence supports; partial paths are allowed by
 * the taxonomy, so a generic code finding stays at `Software and Configuration Checks` rather
 * than claiming a classifier we cannot back up.
 */
function findingTypes(result) {
    const tags = (result.tags ?? []).map((t) => t.toLowerCase());
    const ruleText = `${result.ruleId} ${result.ruleName ?? ''}`;
    if (SECRET_TOOLS.test(result.toolName) ||
        tags.some((t) => t === 'secret' || t === 'secrets' || t === 'credentials')) {
        return [FINDING_TYPES.secrets];
    }
    if (CVE_ID.test(ruleText) ||
        CVE_ID.test(result.ruleDescription ?? '') ||
        SCA_TOOLS.test(result.toolName) ||
        tags.includes('vulnerability')) {
        return [FINDING_TYPES.cve];
    }
    if (AWS_RULE.test(ruleText) || tags.includes('aws'))
        return [FINDING_TYPES.awsBestPractices];
    if (result.securitySeverity !== undefined ||
        tags.includes('security') ||
        tags.some((t) => t.startsWith('external/cwe/') || /^cwe-\d+/.test(t))) {
        return [FINDING_TYPES.vulnerability];
    }
    return [FINDING_TYPES.configuration];
}

;// CONCATENATED MODULE: ./packages/sarif/src/asff/severity-label.ts
/**
 * One to one, so Security Hub counts what the gate counts. contracts.md §7.5 suggests SARIF
 * `note` → LOW, but the gate folds `note` and `none` into its lowest bucket `note`, and `low`
 * only ever comes from a security-severity in (0, 4): mapping `note` to INFORMATIONAL keeps the
 * two severities distinguishable after a round trip (ASFF → SARIF maps LOW back to `low`).
 */
const LABEL_OF = {
    critical: 'CRITICAL',
    high: 'HIGH',
    medium: 'MEDIUM',
    low: 'LOW',
    note: 'INFORMATIONAL',
};
function severityLabel(severity) {
    return LABEL_OF[severity];
}
/** Security Hub's own Normalized bands per label (Severity docs): [min, max, default]. */
const NORMALIZED_BAND = {
    INFORMATIONAL: [0, 0],
    LOW: [1, 39],
    MEDIUM: [40, 69],
    HIGH: [70, 89],
    CRITICAL: [90, 100],
};
/**
 * `Normalized` for a label. With a CVSS-like security-severity the score keeps its resolution
 * (7.5 → 75), clamped into the label's band so Label and Normalized never disagree; without one
 * it is the value Security Hub itself fills in for the label (0/1/40/70/90).
 */
function normalizedSeverity(label, securitySeverity) {
    const [min, max] = NORMALIZED_BAND[label];
    if (securitySeverity === undefined || !Number.isFinite(securitySeverity))
        return min;
    return Math.min(max, Math.max(min, Math.floor(securitySeverity * 10 + 1e-9)));
}
function severity_label_labelFromNormalized(normalized) {
    if (normalized >= 90)
        return 'CRITICAL';
    if (normalized >= 70)
        return 'HIGH';
    if (normalized >= 40)
        return 'MEDIUM';
    if (normalized >= 1)
        return 'LOW';
    return 'INFORMATIONAL';
}
function severity_label_isSeverityLabel(value) {
    return typeof value === 'string' && value in NORMALIZED_BAND;
}
/** ASFF label → SARIF level (contracts.md §7.5). */
function severity_label_levelFromLabel(label) {
    switch (label) {
        case 'CRITICAL':
        case 'HIGH':
            return 'error';
        case 'MEDIUM':
            return 'warning';
        default:
            return 'note';
    }
}
/** Representative security-severity per label, inside GitHub's buckets (contracts.md §7.5). */
const REPRESENTATIVE_SCORE = {
    CRITICAL: 9.5,
    HIGH: 8.0,
    MEDIUM: 5.5,
    LOW: 2.0,
};
/**
 * security-severity for a label; undefined for INFORMATIONAL (GitHub then uses the level, and
 * the gate counts it as `note`). A Normalized value inside the label's band keeps its
 * resolution, except exactly 90: GitHub documents critical as "over 9.0", so 9.0 is ambiguous.
 */
function severity_label_securitySeverityFromLabel(label, normalized) {
    if (label === 'INFORMATIONAL')
        return undefined;
    if (normalized !== undefined && Number.isFinite(normalized)) {
        const [min, max] = NORMALIZED_BAND[label];
        if (normalized >= min && normalized <= max && normalized !== 90)
            return Math.round(normalized) / 10;
    }
    return REPRESENTATIVE_SCORE[label];
}

;// CONCATENATED MODULE: ./packages/sarif/src/asff/sarif-to-asff.ts





const ASFF_SCHEMA_VERSION = '2018-10-08';
const PARTITIONS = new Set(['aws', 'aws-cn', 'aws-us-gov']);
const PRODUCT_ARN = /^arn:aws(-[a-z]+)*:securityhub:[a-z0-9-]+:(\d{12})?:product\/[^/\s]+\/[^/\s]+$/;
/** The custom-integration product every account has (contracts.md §7.2). */
function defaultProductArn(partition, region, accountId) {
    return `arn:${partition}:securityhub:${region}:${accountId}:product/${accountId}/default`;
}
function checkOptions(options) {
    if (!/^\d{12}$/.test(options.accountId)) {
        throw new src/* ConfigurationError */.j1(`ASFF export: the AWS account id "${options.accountId}" is not 12 digits.`, {
            hint: 'Pass the account that will call BatchImportFindings (e.g. from STS GetCallerIdentity).',
        });
    }
    if (!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(options.region) ||
        options.region.length > ASFF_LIMITS.region) {
        throw new src/* ConfigurationError */.j1(`ASFF export: "${options.region}" is not an AWS region name.`, {
            hint: 'Use e.g. us-east-1.',
        });
    }
    if (!PARTITIONS.has(options.partition)) {
        throw new src/* ConfigurationError */.j1(`ASFF export: unknown AWS partition "${options.partition}".`, {
            hint: 'Use aws, aws-cn or aws-us-gov.',
        });
    }
    if (Number.isNaN(options.now.getTime()))
        throw new src/* ConfigurationError */.j1('ASFF export: the timestamp to stamp findings with is not a valid date.');
    const productArn = options.productArn ?? defaultProductArn(options.partition, options.region, options.accountId);
    if (!PRODUCT_ARN.test(productArn) || productArn.length > ASFF_LIMITS.productArn) {
        throw new src/* ConfigurationError */.j1(`ASFF export: "${productArn}" is not a Security Hub product ARN.`, {
            hint: 'Expected arn:<partition>:securityhub:<region>:<account>:product/<company>/<product>; leave it unset to use the account default product.',
        });
    }
    return productArn;
}
function encodePath(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
function repositoryUrl(repo) {
    return `${repo.serverUrl.replace(/\/+$/, '')}/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}`;
}
/** Link to the file at the analysed commit: only a commit makes a line number meaningful. */
function fileUrl(repo, path) {
    return `${repositoryUrl(repo)}/blob/${repo.sha}/${encodePath(path.replace(/^\.?\//, ''))}`;
}
function lineAnchor(result) {
    if (!result.startLine)
        return '';
    return result.endLine && result.endLine > result.startLine
        ? `#L${result.startLine}-L${result.endLine}`
        : `#L${result.startLine}`;
}
/** FieldMap: ≤ 50 pairs, key ≤ 128, value ≤ 2048 and non-blank; drop what would be rejected. */
function fieldMap(entries) {
    const out = {};
    for (const [key, raw] of Object.entries(entries)) {
        if (raw === undefined)
            continue;
        const value = String(raw).trim();
        if (!value || Object.keys(out).length >= ASFF_LIMITS.fieldMapPairs)
            continue;
        out[key.slice(0, ASFF_LIMITS.fieldMapKey)] = text_limits_truncate(value, ASFF_LIMITS.fieldMapValue);
    }
    return out;
}
function title(result) {
    const fromRule = result.ruleDescription ? firstSentence(result.ruleDescription) : '';
    // Each fallback is itself checked: a blank rule id must not become a blank Title.
    const text = nonEmpty(fromRule, nonEmpty(firstSentence(result.message), nonEmpty(result.ruleName, nonEmpty(result.ruleId, 'SARIF result'))));
    return text_limits_truncate(text, ASFF_LIMITS.title);
}
function resource(result, options) {
    const repo = options.repository;
    const id = result.file
        ? repo
            ? fileUrl(repo, result.file)
            : result.file
        : repo
            ? repositoryUrl(repo)
            : `${result.toolName}/${result.ruleId}`;
    const other = fieldMap({
        Path: result.file,
        StartLine: result.startLine,
        EndLine: result.endLine,
        Repository: repo ? `${repo.owner}/${repo.repo}` : undefined,
        Commit: repo?.sha,
        Ref: repo?.ref,
    });
    return {
        Type: 'Other',
        Id: nonEmpty(id, result.toolName),
        Partition: options.partition,
        Region: options.region,
        ...(Object.keys(other).length > 0 ? { Details: { Other: other } } : {}),
    };
}
/**
 * Converts resolved SARIF results to ASFF findings ready for BatchImportFindings. Pure: the same
 * results and options always give the same findings (the clock is `options.now`).
 *
 * Workflow and record state: every finding is `RecordState: ACTIVE` (the problem exists in the
 * analysed commit; ARCHIVED is for findings that disappeared, which needs the previous import's
 * Ids). A suppressed SARIF result gets `Workflow.Status: SUPPRESSED`: Security Hub honours
 * Workflow from BatchImportFindings only when it creates the finding (afterwards Workflow belongs
 * to the customer via BatchUpdateFindings and import ignores it), so the current suppression state
 * is also recorded in `ProductFields.Suppressed` on every import.
 *
 * Severity and Types go both top level and in `FindingProviderFields` (where AWS wants provider
 * values); they are equal, so whichever Security Hub uses, it shows the gate's severity.
 */
function sarifToAsff(results, options) {
    const productArn = checkOptions(options);
    const timestamp = options.now.toISOString();
    const repo = options.repository;
    const scope = repo ? `${repo.owner}/${repo.repo}` : undefined;
    const ids = disambiguate(results.map((r) => findingId(r, scope)));
    return results.map((result, i) => {
        const label = severityLabel(result.severity);
        const original = text_limits_truncate(result.securitySeverity !== undefined
            ? String(result.securitySeverity)
            : nonEmpty(result.level, 'warning'), ASFF_LIMITS.severityOriginal);
        const types = findingTypes(result);
        const generatorPrefix = nonEmpty(options.generatorId, result.toolName);
        const titleText = title(result);
        const sourceUrl = repo && result.file ? `${fileUrl(repo, result.file)}${lineAnchor(result)}` : undefined;
        const helpUri = result.helpUri?.trim();
        return {
            SchemaVersion: ASFF_SCHEMA_VERSION,
            Id: ids[i],
            ProductArn: productArn,
            ProductName: text_limits_truncate(nonEmpty(result.toolName, 'SARIF'), ASFF_LIMITS.productName),
            GeneratorId: text_limits_truncate(`${generatorPrefix}/${nonEmpty(result.ruleId, 'unknown-rule')}`, ASFF_LIMITS.generatorId),
            AwsAccountId: options.accountId,
            Region: options.region,
            Types: types,
            CreatedAt: timestamp,
            UpdatedAt: timestamp,
            LastObservedAt: timestamp,
            Severity: {
                Label: label,
                Normalized: normalizedSeverity(label, result.securitySeverity),
                Original: original,
            },
            FindingProviderFields: { Severity: { Label: label, Original: original }, Types: types },
            Title: titleText,
            Description: text_limits_truncate(result.message.trim() || titleText, ASFF_LIMITS.description),
            ...(helpUri
                ? {
                    Remediation: {
                        Recommendation: {
                            Text: text_limits_truncate(`See the documentation of ${result.toolName} rule ${result.ruleId}.`, ASFF_LIMITS.recommendationText),
                            Url: helpUri,
                        },
                    },
                }
                : {}),
            ...(sourceUrl ? { SourceUrl: sourceUrl } : {}),
            ProductFields: fieldMap({
                ToolName: result.toolName,
                ToolVersion: result.toolVersion,
                RuleId: result.ruleId,
                RuleName: result.ruleName,
                Level: result.level,
                SecuritySeverity: result.securitySeverity,
                Suppressed: String(result.suppressed),
                PrimaryLocationLineHash: result.partialFingerprints?.['primaryLocationLineHash'],
                Ref: repo?.ref,
                Commit: repo?.sha,
            }),
            Resources: [resource(result, options)],
            RecordState: 'ACTIVE',
            ...(result.suppressed ? { Workflow: { Status: 'SUPPRESSED' } } : {}),
        };
    });
}

;// CONCATENATED MODULE: ./packages/sarif/src/asff/batch.ts


/**
 * BatchImportFindings limits (contracts.md §7.1): 1–100 findings, 240 KB per finding, 6 MB per
 * request. AWS does not say whether KB/MB are 1000- or 1024-based, so use the smaller reading.
 */
const BATCH_LIMITS = {
    maxFindings: 100,
    maxFindingBytes: 240_000,
    maxRequestBytes: 6_000_000,
};
/** Bytes the finding takes in the request body (the SDK's restJson1 serializer writes the same JSON). */
function findingBytes(finding) {
    return Buffer.byteLength(JSON.stringify(finding), 'utf8');
}
/**
 * Shrinks an oversized finding by dropping what is least useful in Security Hub first: resource
 * details, then product fields, then the description is cut to 512 characters. Identity, severity
 * and resources stay, so the finding still imports and still updates the right record.
 */
function trimFinding(finding, max) {
    const steps = [
        (f) => ({ ...f, Resources: f.Resources?.map(({ Details: _details, ...rest }) => rest) }),
        (f) => {
            const { ProductFields: _pf, ...rest } = f;
            return rest;
        },
        (f) => ({
            ...f,
            Description: f.Description
                ? text_limits_truncate(f.Description, ASFF_LIMITS.description / 2)
                : f.Description,
        }),
    ];
    let current = finding;
    for (const step of steps) {
        current = step(current);
        if (findingBytes(current) <= max)
            return current;
    }
    throw new src/* ConfigurationError */.j1(`ASFF finding "${finding.Id ?? '(no Id)'}" is ${findingBytes(current)} bytes even without resource details and product fields; Security Hub accepts at most ${max} bytes per finding.`, { hint: 'Shorten its Title/Resources or drop the finding before importing.' });
}
const REQUEST_OVERHEAD = Buffer.byteLength('{"Findings":[]}');
/**
 * Splits findings into BatchImportFindings requests that respect every limit, keeping input
 * order (so the first failed batch points at the first affected findings). Throws a clear
 * ConfigurationError for a finding that cannot be made small enough.
 */
function batchFindings(findings, options = {}) {
    const limits = { ...BATCH_LIMITS, ...options.limits };
    const batches = [];
    let current = [];
    let currentBytes = REQUEST_OVERHEAD;
    for (const original of findings) {
        let finding = original;
        let bytes = findingBytes(finding);
        if (bytes > limits.maxFindingBytes) {
            finding = trimFinding(finding, limits.maxFindingBytes);
            const after = findingBytes(finding);
            options.onTrim?.(finding.Id ?? '', bytes, after);
            bytes = after;
        }
        // A comma separates every finding after the first.
        const added = bytes + (current.length > 0 ? 1 : 0);
        if (current.length > 0 &&
            (current.length >= limits.maxFindings || currentBytes + added > limits.maxRequestBytes)) {
            batches.push(current);
            current = [];
            currentBytes = REQUEST_OVERHEAD;
        }
        current.push(finding);
        currentBytes += bytes + (current.length > 1 ? 1 : 0);
    }
    if (current.length > 0)
        batches.push(current);
    return batches;
}

// EXTERNAL MODULE: ./node_modules/.pnpm/@aws-sdk+client-securityhub@3.1108.0/node_modules/@aws-sdk/client-securityhub/dist-cjs/index.js
var dist_cjs = __webpack_require__(216);
;// CONCATENATED MODULE: ./packages/sarif/src/asff/import-findings.ts



/**
 * A whole BatchImportFindings request failed (after the SDK's retries). Carries what was imported
 * before it, so the caller can report both.
 */
class AsffImportError extends src/* ConfigurationError */.j1 {
    partial;
    code;
    constructor(message, options) {
        super(message, { hint: options.hint, cause: options.cause });
        this.partial = options.partial;
        this.code = options.code;
    }
}
/**
 * A client whose retry strategy suits bulk imports: `adaptive` retries throttling
 * (LimitExceededException is 429) with backoff and also rate-limits the client itself after a
 * throttle, so concurrent batches slow down together instead of each burning its attempts.
 */
function createSecurityHubClient(options) {
    return new dist_cjs/* SecurityHubClient */.xku({
        region: options.region,
        retryMode: 'adaptive',
        maxAttempts: options.maxAttempts ?? 5,
        ...(options.credentials ? { credentials: options.credentials } : {}),
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    });
}
function hintFor(code, region) {
    switch (code) {
        case 'InvalidAccessException':
            return `Enable Security Hub CSPM in ${region ?? 'the target Region'} for this account, or import into a Region where it is enabled.`;
        case 'AccessDeniedException':
            return 'Allow securityhub:BatchImportFindings on the product ARN for the role the workflow assumes.';
        case 'InvalidInputException':
            return 'Check the product ARN, account id and Region passed to the ASFF export.';
        case 'CredentialsProviderError':
            return 'No AWS credentials were found: set role-to-assume (GitHub OIDC) or provide credentials to the job.';
        case 'LimitExceededException':
        case 'ThrottlingException':
            return 'Security Hub kept throttling after retries; lower the import concurrency or retry the job.';
        default:
            return undefined;
    }
}
function errorCode(error) {
    if (error && typeof error === 'object') {
        const named = error.Code ?? error.name;
        if (typeof named === 'string' && named)
            return named;
    }
    return 'Error';
}
/**
 * Imports findings with BatchImportFindings, split to the service limits. A 200 response can
 * still reject findings one by one (`FailedFindings`): those are returned and logged as errors,
 * never counted as imported. Throttling is retried by the client (see createSecurityHubClient);
 * any request that still fails stops further requests and throws AsffImportError.
 */
async function importFindings(client, findings, options) {
    const { logger } = options;
    const batches = batchFindings(findings, {
        ...(options.limits ? { limits: options.limits } : {}),
        onTrim: (id, before, after) => logger.warning(`ASFF finding ${id} was ${before} bytes, over Security Hub's per-finding limit; dropped details to ${after} bytes.`),
    });
    const result = { imported: 0, failed: [], requests: 0, batches: batches.length };
    if (batches.length === 0)
        return result;
    const failedPerBatch = batches.map(() => []);
    const concurrency = Math.max(1, Math.min(options.concurrency ?? 3, batches.length));
    let next = 0;
    // A holder object, not a `let`: TS does not see the workers' writes to a closed-over variable.
    const state = {};
    const worker = async () => {
        while (state.stop === undefined && next < batches.length) {
            const index = next++;
            const batch = batches[index] ?? [];
            try {
                const response = await client.send(new dist_cjs/* BatchImportFindingsCommand */.blM({ Findings: batch }));
                result.requests++;
                result.imported += response.SuccessCount ?? 0;
                const failed = (response.FailedFindings ?? []).map((f) => ({
                    id: f.Id ?? '(no Id)',
                    errorCode: f.ErrorCode ?? 'Unknown',
                    errorMessage: f.ErrorMessage ?? '(no message)',
                }));
                // Fail closed when the counts say more failed than were described.
                const described = failed.length;
                for (let k = described; k < (response.FailedCount ?? 0); k++) {
                    failed.push({
                        id: '(unknown)',
                        errorCode: 'Unknown',
                        errorMessage: `Security Hub reported ${response.FailedCount} failed findings in request ${index + 1} but described only ${described}.`,
                    });
                }
                failedPerBatch[index] = failed;
            }
            catch (error) {
                // The earliest failing request is the one to report (workers finish out of order).
                const previous = state.stop;
                if (previous === undefined || index < previous.index)
                    state.stop = { index, error };
            }
        }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    result.failed = failedPerBatch.flat();
    const limit = options.logFailuresLimit ?? 20;
    for (const f of result.failed.slice(0, limit)) {
        logger.error(`Security Hub rejected finding ${f.id}: ${f.errorCode}: ${f.errorMessage}`);
    }
    if (result.failed.length > limit)
        logger.error(`... and ${result.failed.length - limit} more findings rejected by Security Hub.`);
    logger.info(`Security Hub BatchImportFindings: ${result.imported} imported, ${result.failed.length} rejected, in ${result.requests} of ${batches.length} requests.`);
    const stop = state.stop;
    if (stop !== undefined) {
        const code = errorCode(stop.error);
        const region = await client.config.region().catch(() => undefined);
        throw new AsffImportError(`Security Hub BatchImportFindings request ${stop.index + 1} of ${batches.length} (${batches[stop.index]?.length ?? 0} findings) failed: ${code}: ${(0,src/* getErrorMessage */.u1)(stop.error)} (${result.imported} findings were imported by the requests that succeeded).`, { hint: hintFor(code, region), cause: stop.error, partial: result, code });
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/sarif/src/asff/asff-to-sarif.ts




const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Fingerprint key in SARIF output: stable per ASFF finding, so code scanning and baselines match. */
const ASFF_FINGERPRINT_KEY = 'asffFindingId/v1';
function severityLabelOf(finding) {
    const top = finding.Severity?.Label;
    if (isSeverityLabel(top))
        return top;
    const provider = finding.FindingProviderFields?.Severity?.Label;
    if (isSeverityLabel(provider))
        return provider;
    const normalized = finding.Severity?.Normalized;
    if (typeof normalized === 'number' && Number.isFinite(normalized))
        return labelFromNormalized(normalized);
    // `Product` is the deprecated native score on a 0–10 scale.
    const product = finding.Severity?.Product;
    if (typeof product === 'number' && Number.isFinite(product))
        return labelFromNormalized(product * 10);
    return 'INFORMATIONAL';
}
function positiveInt(value) {
    const n = typeof value === 'string' ? Number(value) : value;
    return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
}
function fromOther(other) {
    if (!other)
        return undefined;
    const lower = new Map(Object.entries(other).map(([k, v]) => [k.toLowerCase(), v]));
    const path = lower.get('path') ?? lower.get('filepath') ?? lower.get('filename') ?? lower.get('file');
    if (!path?.trim())
        return undefined;
    return {
        path: path.trim(),
        startLine: positiveInt(lower.get('startline')),
        endLine: positiveInt(lower.get('endline')),
    };
}
/** `https://github.com/o/r/blob/<ref>/<path>#L3-L5` → path and lines, for this repository only. */
function fromBlobUrl(url, repo) {
    if (!url || !repo)
        return undefined;
    const base = `${repo.serverUrl.replace(/\/+$/, '')}/${repo.owner}/${repo.repo}/blob/`.toLowerCase();
    if (!url.toLowerCase().startsWith(base))
        return undefined;
    const [rest = '', anchor = ''] = url.slice(base.length).split('#', 2);
    const slash = rest.indexOf('/');
    if (slash < 0)
        return undefined;
    let path;
    try {
        path = decodeURIComponent(rest.slice(slash + 1));
    }
    catch {
        return undefined;
    }
    const lines = /^L(\d+)(?:-L(\d+))?$/.exec(anchor);
    return path
        ? { path, startLine: positiveInt(lines?.[1]), endLine: positiveInt(lines?.[2]) }
        : undefined;
}
/** A file the finding points at, if any: Inspector code paths, resource details, blob URLs. */
function fileOf(finding, options) {
    const ref = findFile(finding, options);
    // A path that normalises to nothing (`/`, `\\`) names no file; code scanning rejects empty URIs.
    return ref && toUri(ref.path) ? ref : undefined;
}
function findFile(finding, options) {
    for (const vulnerability of finding.Vulnerabilities ?? []) {
        for (const code of vulnerability.CodeVulnerabilities ?? []) {
            const p = code.FilePath;
            const path = p?.FilePath ?? p?.FileName;
            if (path?.trim())
                return {
                    path: path.trim(),
                    startLine: positiveInt(p?.StartLine),
                    endLine: positiveInt(p?.EndLine),
                };
        }
    }
    const fromSource = fromBlobUrl(finding.SourceUrl, options.repository);
    for (const resource of finding.Resources ?? []) {
        const ref = fromOther(resource.Details?.Other) ?? fromBlobUrl(resource.Id, options.repository);
        // A resource URL names the file; our SourceUrl also carries the lines (#L3-L5).
        if (ref)
            return ref.startLine === undefined && fromSource?.path === ref.path ? fromSource : ref;
    }
    return fromSource;
}
/** SARIF `uri` is a URI reference: keep slashes, percent-encode the rest. */
function toUri(path) {
    return path
        .replace(/\\/g, '/')
        .replace(/^\.?\//, '')
        .split('/')
        .map((segment) => encodeURIComponent(segment))
        .join('/');
}
/** One logical location per distinct resource: SARIF requires `logicalLocations` items to be unique. */
function logicalLocations(resources) {
    const seen = new Set();
    const out = [];
    for (const r of resources) {
        if (!r.Id)
            continue;
        const name = r.Type?.trim() || 'Resource';
        const key = JSON.stringify([name, r.Id]);
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push({ name, fullyQualifiedName: r.Id, kind: 'resource' });
    }
    return out;
}
function locationOf(finding, file, options) {
    const logical = logicalLocations(finding.Resources ?? []);
    const withLogical = logical && logical.length > 0 ? { logicalLocations: logical } : {};
    if (file) {
        const start = file.startLine;
        const region = start
            ? {
                startLine: start,
                ...(file.endLine && file.endLine >= start ? { endLine: file.endLine } : {}),
            }
            : undefined;
        return [
            {
                physicalLocation: {
                    artifactLocation: { uri: toUri(file.path) },
                    ...(region ? { region } : {}),
                },
                ...withLogical,
            },
        ];
    }
    if (options.defaultArtifactUri) {
        return [
            {
                physicalLocation: {
                    artifactLocation: { uri: toUri(options.defaultArtifactUri) },
                    region: { startLine: 1 },
                },
                ...withLogical,
            },
        ];
    }
    return logical && logical.length > 0 ? [withLogical] : [];
}
/**
 * Inspector puts every CVE under one GeneratorId; the CVE is the rule code scanning should show.
 * Findings written by sarifToAsff carry the original SARIF rule id, which keeps a round trip exact.
 */
function ruleKey(finding) {
    const fields = finding.ProductFields;
    const sarifRule = fields?.['ToolName'] && fields['ToolName'] === finding.ProductName
        ? fields['RuleId']
        : undefined;
    return (finding.Vulnerabilities?.[0]?.Id ??
        finding.Compliance?.SecurityControlId ??
        sarifRule ??
        finding.GeneratorId ??
        'asff-finding');
}
function productOf(finding) {
    if (finding.ProductName?.trim())
        return finding.ProductName.trim();
    const match = /:product\/([^/]+\/[^/]+)$/.exec(finding.ProductArn ?? '');
    return match?.[1] ?? 'AWS Security Hub';
}
function isUrl(text) {
    if (!text)
        return false;
    try {
        return ['http:', 'https:'].includes(new URL(text).protocol);
    }
    catch {
        return false;
    }
}
function keep(finding, options) {
    if (finding.RecordState === 'ARCHIVED' && !options.includeArchived)
        return false;
    if (finding.Workflow?.Status === 'RESOLVED' && !options.includeResolved)
        return false;
    if (finding.Compliance?.Status === 'PASSED' && !options.includePassed)
        return false;
    return true;
}
function checkFinding(finding, index) {
    const f = finding;
    if (!f || typeof f !== 'object' || typeof f.Id !== 'string' || typeof f.ProductArn !== 'string') {
        throw new ConfigurationError(`ASFF finding #${index + 1} is not an AwsSecurityFinding (it needs string Id and ProductArn).`, {
            hint: 'Pass findings as returned by GetFindings or as sent to BatchImportFindings.',
        });
    }
}
function messageText(finding, hasFile) {
    const title = finding.Title?.trim() ?? '';
    const description = finding.Description?.trim() ?? '';
    const parts = [];
    if (title && !description.startsWith(title))
        parts.push(/[.!?]$/.test(title) ? title : `${title}.`);
    if (description)
        parts.push(description);
    if (!hasFile) {
        const resources = (finding.Resources ?? []).map((r) => `${r.Type ?? 'Resource'} ${r.Id ?? ''}`.trim());
        if (resources.length > 0)
            parts.push(`Resource: ${resources.join(', ')} (account ${finding.AwsAccountId ?? '?'}, ${finding.Region ?? finding.Resources?.[0]?.Region ?? 'unknown Region'}).`);
    }
    return parts.join(' ') || finding.GeneratorId || finding.Id || 'Security Hub finding';
}
/**
 * Converts ASFF findings (GetFindings output, Inspector, Access Analyzer, our own export) into
 * a SARIF 2.1.0 log that code scanning accepts: one run per product, one rule per CVE / control /
 * GeneratorId. GitHub reads severity from the rule, so a rule whose findings carry different
 * labels is split into one rule per label (`<key>/<label>`) rather than misreporting some of them.
 */
function asffToSarif(findings, options = {}) {
    findings.forEach((f, i) => checkFinding(f, i));
    const kept = findings.filter((f) => keep(f, options));
    const runs = new Map();
    for (const finding of kept) {
        const product = productOf(finding);
        const group = runs.get(product);
        if (group)
            group.push(finding);
        else
            runs.set(product, [finding]);
    }
    const sarifRuns = [];
    let withoutFile = 0;
    for (const [product, productFindings] of runs) {
        const labelsByKey = new Map();
        for (const f of productFindings) {
            const key = ruleKey(f);
            labelsByKey.set(key, (labelsByKey.get(key) ?? new Set()).add(severityLabelOf(f)));
        }
        const drafts = new Map();
        const results = [];
        for (const finding of productFindings) {
            const key = ruleKey(finding);
            const label = severityLabelOf(finding);
            const ruleId = (labelsByKey.get(key)?.size ?? 1) > 1 ? `${key}/${label.toLowerCase()}` : key;
            const score = securitySeverityFromLabel(label, finding.Severity?.Normalized);
            const draft = drafts.get(ruleId) ?? {
                key,
                label,
                first: finding,
                score,
                types: new Set(),
            };
            if (score !== undefined && (draft.score === undefined || score > draft.score))
                draft.score = score;
            for (const t of finding.FindingProviderFields?.Types ?? finding.Types ?? [])
                draft.types.add(t);
            drafts.set(ruleId, draft);
            results.push({ finding, ruleId, label });
        }
        const ruleIds = [...drafts.keys()];
        const rules = ruleIds.map((id) => {
            const d = drafts.get(id);
            const recommendation = d.first.Remediation?.Recommendation;
            const tags = [...d.types, ...(d.score !== undefined ? ['security'] : [])];
            return {
                id,
                name: d.key,
                shortDescription: { text: truncate(d.first.Title?.trim() || d.key, 1024) },
                ...(d.first.Description?.trim()
                    ? { fullDescription: { text: truncate(d.first.Description.trim(), 1024) } }
                    : {}),
                ...(isUrl(recommendation?.Url) ? { helpUri: recommendation.Url } : {}),
                ...(recommendation?.Text?.trim() ? { help: { text: recommendation.Text.trim() } } : {}),
                defaultConfiguration: { level: levelFromLabel(d.label) },
                properties: {
                    tags,
                    ...(d.score !== undefined ? { 'security-severity': d.score.toFixed(1) } : {}),
                },
            };
        });
        const indexOf = new Map(ruleIds.map((id, i) => [id, i]));
        const sarifResults = results.map(({ finding, ruleId, label }) => {
            const file = fileOf(finding, options);
            if (!file && !options.defaultArtifactUri)
                withoutFile++;
            const locations = locationOf(finding, file, options);
            const suppressed = finding.Workflow?.Status === 'SUPPRESSED';
            return {
                ruleId,
                ruleIndex: indexOf.get(ruleId) ?? 0,
                level: levelFromLabel(label),
                message: { text: messageText(finding, file !== undefined) },
                locations,
                partialFingerprints: {
                    [ASFF_FINGERPRINT_KEY]: createHash('sha256')
                        .update(`${finding.ProductArn}\0${finding.Id}`)
                        .digest('hex')
                        .slice(0, 32),
                },
                ...(suppressed
                    ? {
                        suppressions: [
                            {
                                kind: 'external',
                                status: 'accepted',
                                ...(finding.Note?.Text ? { justification: finding.Note.Text } : {}),
                            },
                        ],
                    }
                    : {}),
                properties: {
                    'asff-id': finding.Id,
                    'asff-product-arn': finding.ProductArn,
                    ...(finding.AwsAccountId ? { 'aws-account-id': finding.AwsAccountId } : {}),
                    ...(finding.Region ? { 'aws-region': finding.Region } : {}),
                    'asff-severity': label,
                    ...(finding.Resources?.length
                        ? { 'aws-resources': finding.Resources.map((r) => r.Id).filter(Boolean) }
                        : {}),
                },
            };
        });
        const company = productFindings[0]?.CompanyName?.trim();
        sarifRuns.push({
            tool: { driver: { name: product, ...(company ? { organization: company } : {}), rules } },
            results: sarifResults,
        });
    }
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: sarifRuns,
        // `asff-without-file`: results code scanning will not show (no physical location); pass
        // defaultArtifactUri to anchor them.
        properties: {
            'asff-findings': findings.length,
            'asff-skipped': findings.length - kept.length,
            'asff-without-file': withoutFile,
        },
    };
}
/** The ASFF file the gate writes (`asff-output`): the BatchImportFindings request body shape. */
function serializeAsffDocument(findings) {
    return `${JSON.stringify({ Findings: findings }, null, 2)}\n`;
}
/**
 * Reads an ASFF document: a BatchImportFindings/GetFindings body (`{"Findings": [...]}`, also what
 * Trivy's and Prowler's ASFF outputs contain) or a bare array. Errors name the file.
 */
function parseAsffDocument(text, fileName) {
    let doc;
    try {
        doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }
    catch (error) {
        throw new ConfigurationError(`${fileName} is not valid JSON: ${error.message}.`, {
            hint: 'Pass an ASFF file: {"Findings": [...]} or a JSON array of findings.',
        });
    }
    const findings = Array.isArray(doc) ? doc : doc?.Findings;
    if (!Array.isArray(findings)) {
        throw new ConfigurationError(`${fileName} is not an ASFF document: expected {"Findings": [...]} or an array of findings.`);
    }
    findings.forEach((f, i) => {
        try {
            checkFinding(f, i);
        }
        catch (error) {
            throw new ConfigurationError(`${fileName}: ${error.message}`);
        }
    });
    return findings;
}

;// CONCATENATED MODULE: ./packages/sarif/src/asff/index.ts










;// CONCATENATED MODULE: ./packages/sarif/src/index.ts
// Public API of @devsecops-gates/sarif.



;// CONCATENATED MODULE: ./actions/sarif-severity-gate/src/asff-export.ts


/** Gate findings in the converter's input shape (the gate already resolved rule and severity). */
function asffSources(findings) {
    return findings.map((f) => ({
        toolName: f.tool,
        ruleId: f.ruleId ?? 'unknown-rule',
        ...(f.ruleTitle ? { ruleDescription: f.ruleTitle } : {}),
        ...(f.helpUri ? { helpUri: f.helpUri } : {}),
        message: f.message,
        level: f.level,
        severity: f.severity,
        ...(f.severitySource === 'security-severity' && f.score !== undefined
            ? { securitySeverity: f.score }
            : {}),
        ...(f.path ? { file: f.path } : {}),
        ...(f.startLine ? { startLine: f.startLine } : {}),
        ...(f.endLine ? { endLine: f.endLine } : {}),
        partialFingerprints: f.fingerprints,
        suppressed: f.suppressed,
        ...(f.tags ? { tags: f.tags } : {}),
    }));
}
async function exportAsff(options) {
    const { credentials } = options;
    const accountId = credentials.accountId;
    if (!accountId) {
        throw new src/* ConfigurationError */.j1('ASFF export: the AWS account id of the credentials is unknown.', {
            hint: 'Use role-to-assume, or set allowed-account-ids (the account is then looked up) or AWS_ACCOUNT_ID.',
        });
    }
    const partition = (credentials.principalArn?.split(':')[1] ?? 'aws');
    const findings = sarifToAsff(asffSources(options.findings), {
        accountId,
        region: credentials.region,
        partition,
        now: options.now,
        ...(options.repository ? { repository: options.repository } : {}),
    });
    if (options.write)
        await options.write(`${JSON.stringify({ Findings: findings }, null, 2)}\n`);
    if (!options.import)
        return { findings: findings.length, imported: undefined };
    const client = createSecurityHubClient({
        region: credentials.region,
        credentials: credentials.credentials,
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    });
    try {
        const imported = await importFindings(client, findings, { logger: options.logger });
        return { findings: findings.length, imported };
    }
    finally {
        client.destroy();
    }
}


/***/ })

};
