export const id = 186;
export const ids = [186];
export const modules = {

/***/ 6066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ actionsRuntime)
/* harmony export */ });
/* unused harmony export ActionsLogger */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3070);

/** The Logger backed by `@actions/core` workflow commands. */
class ActionsLogger {
    debug(message) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message);
    }
    info(message) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message);
    }
    notice(message, properties) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(message, properties);
    }
    warning(message, properties) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message, properties);
    }
    error(message, properties) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(message, properties);
    }
    startGroup(name) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(name);
    }
    endGroup() {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
    }
    mask(secret) {
        if (secret)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret);
    }
}
/** The runtime of a step on a GitHub runner. */
function actionsRuntime() {
    return {
        logger: new ActionsLogger(),
        readInput: (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name),
        env: process.env,
        setOutput: (name, value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value),
        appendSummary: async (markdown) => {
            // Outside a runner there is no summary file; the content is also in the log.
            if (!process.env.GITHUB_STEP_SUMMARY)
                return;
            await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(markdown, true).write();
        },
        exportVariable: (name, value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .exportVariable */ .dN(name, value),
        setFailed: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(message),
    };
}


/***/ }),

/***/ 6729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LX: () => (/* reexport */ createGitHubClient),
  S3: () => (/* reexport */ publishReport)
});

// UNUSED EXPORTS: ANNOTATION_LIMITS, COLLAPSE_AFTER_LINES, COMMENT_LIMIT_CHARS, SARIF_UPLOAD_LIMITS, SUMMARY_BUDGET_BYTES, SUMMARY_LIMIT_BYTES, buildSummary, capCommentBody, commentMarker, describeHttpError, emitAnnotations, httpStatusOf, isCodeScanningUnavailable, isResourceNotAccessible, prepareSarifUploads, renderCommentBody, renderSection, runUrl, selectUploadTarget, sortAnnotations, uploadSarif, upsertComment, waitForSarifProcessing

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+github@9.1.1/node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(3635);
// EXTERNAL MODULE: ./node_modules/.pnpm/@octokit+plugin-retry@8.1.1_@octokit+core@7.0.8/node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(7517);
// EXTERNAL MODULE: ./node_modules/.pnpm/@octokit+plugin-throttling@11.0.5_@octokit+core@7.0.8/node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(8864);
;// CONCATENATED MODULE: ./packages/github-report/src/client.ts
// One Octokit for every GitHub call of a run: the @actions/github client plus retry (5xx,
// network) and throttling (primary/secondary rate limits, honouring retry-after and reset).




function createGitHubClient(options) {
    const { logger, token } = options;
    logger.mask(token);
    const retries = options.retries ?? 3;
    const maxWait = options.maxRetryAfterSeconds ?? 120;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const what = `${request.method} ${request.url}`;
        if (retryCount >= retries) {
            logger.info(`GitHub ${kind} rate limit on ${what}: giving up after ${retryCount} retries.`);
            return false;
        }
        if (retryAfter > maxWait) {
            logger.info(`GitHub ${kind} rate limit on ${what}: the reset is ${retryAfter}s away (more than ${maxWait}s); not waiting.`);
            return false;
        }
        logger.info(`GitHub ${kind} rate limit on ${what}: retrying in ${retryAfter}s (retry ${retryCount + 1} of ${retries}).`);
        return true;
    };
    return (0,github/* getOctokit */.Q)(token, {
        baseUrl: options.baseUrl.replace(/\/+$/, ''),
        // Octokit's own notices (deprecations, retries) are diagnostics, not annotations.
        log: {
            debug: (m) => logger.debug(m),
            info: (m) => logger.debug(m),
            warn: (m) => logger.info(m),
            error: (m) => logger.info(m),
        },
        retry: {
            retries,
            // 403/429 belong to the throttling plugin (it reads retry-after/reset); the rest are
            // answers that a retry cannot change.
            doNotRetry: [400, 401, 403, 404, 410, 413, 422, 429, 451],
            retryAfterBaseValue: options.serverErrorBackoffMs ?? 1000,
        },
        throttle: {
            // Throttling pacing (one write per second, content-creating calls 3 s apart) is kept
            // per client: a run has one client, and tests simulate several runs.
            id: (0,external_node_crypto_.randomUUID)(),
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
        },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}

// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 8 modules
var src = __webpack_require__(2376);
;// CONCATENATED MODULE: ./packages/github-report/src/annotations.ts
const ANNOTATION_LIMITS = { perLevelPerStep: 10, perJob: 50 };
const LEVEL_ORDER = { error: 0, warning: 1, notice: 2 };
/** Errors before warnings before notices; within a level, higher rank first; then by place. */
function sortAnnotations(annotations) {
    return annotations
        .map((a, index) => ({ a, index }))
        .sort((x, y) => LEVEL_ORDER[x.a.level] - LEVEL_ORDER[y.a.level] ||
        (y.a.rank ?? 0) - (x.a.rank ?? 0) ||
        (x.a.file ?? '').localeCompare(y.a.file ?? '') ||
        (x.a.startLine ?? 0) - (y.a.startLine ?? 0) ||
        x.index - y.index)
        .map(({ a }) => a);
}
/**
 * Emits up to the per-level and per-job caps through the logger. Messages and titles are passed
 * raw: the logger (`@actions/core`) escapes `%`, CR, LF and, in properties, `:` and `,`.
 */
function emitAnnotations(annotations, logger, limits = {}) {
    const cap = (level) => typeof limits.perLevel === 'number'
        ? limits.perLevel
        : (limits.perLevel?.[level] ?? ANNOTATION_LIMITS.perLevelPerStep);
    const total = limits.total ?? ANNOTATION_LIMITS.perJob;
    const used = { error: 0, warning: 0, notice: 0 };
    const droppedByLevel = { error: 0, warning: 0, notice: 0 };
    let emitted = 0;
    for (const annotation of sortAnnotations(annotations)) {
        if (used[annotation.level] >= cap(annotation.level) || emitted >= total) {
            droppedByLevel[annotation.level]++;
            continue;
        }
        used[annotation.level]++;
        emitted++;
        logger[annotation.level](annotation.message, properties(annotation));
    }
    return { emitted, dropped: annotations.length - emitted, droppedByLevel };
}
// The runner rejects column ranges that span lines (toolkit contract), and a line number below 1
// makes it drop the file link; such properties are left out rather than sent wrong.
function properties(a) {
    const p = {};
    if (a.title)
        p.title = a.title;
    if (a.file)
        p.file = a.file.replace(/^\.\//, '');
    const line = positive(a.startLine);
    if (p.file && line !== undefined) {
        p.startLine = line;
        const endLine = positive(a.endLine);
        if (endLine !== undefined && endLine >= line)
            p.endLine = endLine;
        if (p.endLine === undefined || p.endLine === line) {
            const col = positive(a.startColumn);
            if (col !== undefined) {
                p.startColumn = col;
                const endCol = positive(a.endColumn);
                if (endCol !== undefined && endCol >= col)
                    p.endColumn = endCol;
            }
        }
    }
    return Object.keys(p).length > 0 ? p : undefined;
}
function positive(n) {
    return n !== undefined && Number.isInteger(n) && n >= 1 ? n : undefined;
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./packages/github-report/src/code-scanning.ts
// Code-scanning upload: which ref/commit an event's results belong to, the gzip+base64 POST,
// and polling the processing status (GitHub checks most limits only there).

const SHA = /^[0-9a-fA-F]{40}(?:[0-9a-fA-F]{24})?$/;
const REF = /^refs\/(heads|tags|pull)\/.*$/;
/**
 * contracts.md §1.7: push uploads to GITHUB_REF + GITHUB_SHA; pull_request to the merge ref +
 * GITHUB_SHA (the test merge commit), or, when the workflow checked out another commit (the PR
 * head), to `refs/pull/<n>/head` + that commit, never mixing the two; pull_request_target to
 * `refs/pull/<n>/head` + the head SHA from the payload (GITHUB_REF/SHA there are the default
 * branch since 2025-12-08).
 */
function selectUploadTarget(context, checkoutSha) {
    const n = context.pullRequestNumber;
    let target;
    switch (context.eventName) {
        case 'pull_request': {
            if (n === undefined)
                return { skip: 'the pull_request event payload has no pull request number' };
            const head = context.pullRequest?.headSha;
            if (checkoutSha && context.sha && checkoutSha.toLowerCase() !== context.sha.toLowerCase()) {
                target = { ref: `refs/pull/${n}/head`, commitSha: checkoutSha };
                if (head && checkoutSha.toLowerCase() !== head.toLowerCase()) {
                    target.note = `the checked-out commit ${checkoutSha} is neither the merge commit nor the PR head ${head}`;
                }
            }
            else {
                target = { ref: `refs/pull/${n}/merge`, commitSha: context.sha };
            }
            break;
        }
        case 'pull_request_target': {
            const head = context.pullRequest?.headSha;
            if (n === undefined || !head)
                return { skip: 'the pull_request_target event payload has no pull request head' };
            target = { ref: `refs/pull/${n}/head`, commitSha: head };
            break;
        }
        default:
            target = { ref: context.ref, commitSha: context.sha };
    }
    if (!REF.test(target.ref)) {
        return {
            skip: `the ref "${target.ref}" of this ${context.eventName || 'local'} run is not a branch, tag or pull request ref`,
        };
    }
    if (!SHA.test(target.commitSha)) {
        return {
            skip: `the commit "${target.commitSha}" of this ${context.eventName || 'local'} run is not a full commit SHA`,
        };
    }
    return target;
}
async function uploadSarif(client, input) {
    const { data } = await client.rest.codeScanning.uploadSarif({
        owner: input.owner,
        repo: input.repo,
        ref: input.ref,
        commit_sha: input.commitSha,
        sarif: input.gzipped.toString('base64'),
        ...(input.checkoutPath ? { checkout_uri: (0,external_node_url_.pathToFileURL)(input.checkoutPath).href } : {}),
    });
    if (!data.id)
        throw new Error('GitHub accepted the SARIF upload but returned no id');
    return { id: data.id, url: data.url };
}
/**
 * Polls like codeql-action: a first wait, then doubling waits, `polls` times. A status request
 * that itself fails is reported as pending (the upload was accepted; processing is GitHub's).
 */
async function waitForSarifProcessing(client, input, options) {
    const polls = options.polls ?? 5;
    let delay = options.firstDelayMs ?? 5000;
    for (let attempt = 1; attempt <= polls; attempt++) {
        await options.sleep(delay);
        delay *= 2;
        try {
            const { data } = await client.rest.codeScanning.getSarif({
                owner: input.owner,
                repo: input.repo,
                sarif_id: input.id,
            });
            if (data.processing_status === 'complete')
                return { status: 'complete', errors: [] };
            if (data.processing_status === 'failed')
                return { status: 'failed', errors: [...(data.errors ?? [])] };
            options.logger.debug(`SARIF ${input.id} is still being processed (poll ${attempt} of ${polls}).`);
        }
        catch (error) {
            options.logger.info(`Could not read the processing status of SARIF ${input.id}: ${String(error)}`);
            return { status: 'pending', errors: [] };
        }
    }
    return { status: 'pending', errors: [] };
}

;// CONCATENATED MODULE: ./packages/github-report/src/markdown-cut.ts
// Cutting Markdown to a size without leaving an open <details> or code fence, which would
// swallow everything after it when GitHub renders the page.
const utf16Length = (text) => text.length;
const utf8Bytes = (text) => Buffer.byteLength(text, 'utf8');
/** Text that closes what `markdown` leaves open (code fence, <details> blocks). */
function closers(markdown) {
    let out = '';
    const fences = markdown.split('\n').filter((l) => /^\s*```/.test(l)).length;
    if (fences % 2 === 1)
        out += '\n```';
    const open = (markdown.match(/<details[\s>]/gi) ?? []).length;
    const closed = (markdown.match(/<\/details>/gi) ?? []).length;
    for (let i = closed; i < open; i++)
        out += '\n\n</details>';
    return out;
}
/**
 * The longest prefix of `markdown`, cut at a line end where possible, that together with its
 * closers and `suffix` measures at most `budget`. Returns '' when not even that fits.
 */
function cutMarkdown(markdown, budget, suffix, measure) {
    if (measure(markdown) + measure(suffix) <= budget)
        return markdown + suffix;
    // Binary search on the character count; measure is monotonic in the prefix length.
    let lo = 0;
    let hi = markdown.length;
    const fits = (n) => {
        const head = safePrefix(markdown, n);
        return measure(head) + measure(closers(head)) + measure(suffix) <= budget;
    };
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (fits(mid))
            lo = mid;
        else
            hi = mid - 1;
    }
    let head = safePrefix(markdown, lo);
    const lineEnd = head.lastIndexOf('\n');
    // Prefer a whole line unless that throws away most of the budget.
    if (lineEnd > head.length * 0.8)
        head = head.slice(0, lineEnd);
    if (head.length === 0 && measure(suffix) > budget)
        return '';
    return head + closers(head) + suffix;
}
// Never split a surrogate pair (a lone high surrogate is invalid UTF-8/JSON for GitHub).
function safePrefix(text, n) {
    let head = text.slice(0, n);
    const last = head.charCodeAt(head.length - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        head = head.slice(0, -1);
    return head;
}

;// CONCATENATED MODULE: ./packages/github-report/src/sections.ts
// How a report section is laid out in both the PR comment and the job summary.
/** Sections longer than this many lines are collapsed so the verdict stays on screen. */
const COLLAPSE_AFTER_LINES = 15;
/** A short section under a heading; a long one as a collapsed <details> block. */
function renderSection(section, heading) {
    const md = section.markdown.trim();
    if (md.split('\n').length <= COLLAPSE_AFTER_LINES)
        return `${heading} ${section.title}\n\n${md}\n`;
    return `<details>\n<summary><b>${escapeHtml(section.title)}</b></summary>\n\n${md}\n\n</details>\n`;
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

;// CONCATENATED MODULE: ./packages/github-report/src/http-errors.ts
// Telling GitHub's answers apart: a permission 403 is final, a rate-limit 403 is not.
function httpStatusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
function githubMessage(error) {
    const data = error?.response?.data;
    const fromBody = data !== null && typeof data === 'object' ? data.message : undefined;
    if (typeof fromBody === 'string')
        return fromBody;
    const message = error?.message;
    return typeof message === 'string' ? message : String(error);
}
/** The token lacks a permission: fork PRs, read-only tokens, missing `permissions:`. */
function isResourceNotAccessible(error) {
    return (httpStatusOf(error) === 403 &&
        /Resource not accessible by (integration|personal access token)/i.test(githubMessage(error)));
}
/** Code scanning is off for the repository (403 Code/Advanced Security, or 404). */
function isCodeScanningUnavailable(error) {
    const status = httpStatusOf(error);
    if (status === 404)
        return true;
    return (status === 403 &&
        /(Advanced|Code) Security must be enabled|code scanning is not enabled/i.test(githubMessage(error)));
}
/** "HTTP 502: Server Error" — GitHub's message without Octokit's documentation URL suffix. */
function describeHttpError(error) {
    const status = httpStatusOf(error);
    const message = githubMessage(error).replace(/\s+-\s+https:\/\/docs\.github\.com\S*$/, '');
    return status ? `HTTP ${status}: ${message}` : message;
}

;// CONCATENATED MODULE: ./packages/github-report/src/comment.ts



/**
 * GitHub rejects longer bodies (422 "Body is too long (maximum is 65536 characters)"). Whether it
 * counts UTF-16 units or code points is undocumented; UTF-16 length is never smaller, so a body
 * within this many UTF-16 units is accepted either way.
 */
const COMMENT_LIMIT_CHARS = 65_536;
/** `<!-- devsecops-gates:<action>:<category> -->`; the category defaults to `default`. */
function commentMarker(action, category) {
    return `<!-- devsecops-gates:${markerPart(action)}:${markerPart(category || 'default')} -->`;
}
// `--` and `>` would end the HTML comment early and show the marker.
function markerPart(text) {
    return text.replace(/[^A-Za-z0-9._/@+=-]/g, '_').replace(/-{2,}/g, '-');
}
function renderCommentBody(report, moreUrl) {
    const lines = [`### ${report.headline}`, ''];
    for (const section of report.sections)
        lines.push(renderSection(section, '####'), '');
    const who = `<code>${escapeHtml(report.action)}</code>${report.category ? ` · <code>${escapeHtml(report.category)}</code>` : ''}`;
    lines.push(`<sub>${who}${moreUrl ? ` · <a href="${moreUrl}">workflow run and job summary</a>` : ''}</sub>`);
    return lines.join('\n');
}
/** Prefixes the marker and cuts the body to GitHub's limit, pointing at the full report. */
function capCommentBody(body, marker, moreUrl, limit = COMMENT_LIMIT_CHARS) {
    const full = `${marker}\n${body}`;
    if (utf16Length(full) <= limit)
        return { body: full, truncated: false };
    const where = moreUrl ? `the [job summary](${moreUrl})` : 'the job summary of this run';
    const suffix = `\n\n---\n> ✂️ **Comment cut:** this comment was cut to GitHub's ${limit.toLocaleString('en-US')}-character limit. The full report is in ${where}.\n`;
    return { body: cutMarkdown(full, limit, suffix, utf16Length), truncated: true };
}
/**
 * Update the comment carrying `marker`, or create it. After creating, the list is read again:
 * when a concurrent run created one too, the oldest is kept (with this run's body) and the newer
 * ones are deleted, so every racer converges on the same single comment.
 */
async function upsertComment(options) {
    const { client, owner, repo, issueNumber, body, logger } = options;
    const existing = await findMarked(options);
    if (existing.length > 0) {
        const [keep, ...duplicates] = existing;
        if (keep.body !== body) {
            await client.rest.issues.updateComment({ owner, repo, comment_id: keep.id, body });
        }
        const removed = await removeDuplicates(options, duplicates);
        logger.info(`Updated PR comment ${keep.html_url}`);
        return { status: 'updated', id: keep.id, url: keep.html_url, removedDuplicates: removed };
    }
    const { data: created } = await client.rest.issues.createComment({
        owner,
        repo,
        issue_number: issueNumber,
        body,
    });
    const after = await findMarked(options);
    const oldest = after[0];
    if (!oldest || oldest.id === created.id) {
        const removed = await removeDuplicates(options, after.filter((c) => c.id !== created.id));
        logger.info(`Created PR comment ${created.html_url}`);
        return { status: 'created', id: created.id, url: created.html_url, removedDuplicates: removed };
    }
    // Another run won the race: merge this run's body into its (older) comment, drop ours.
    logger.info(`Another run created the same PR comment concurrently; keeping ${oldest.html_url}`);
    if (oldest.body !== body)
        await client.rest.issues.updateComment({ owner, repo, comment_id: oldest.id, body });
    const removed = await removeDuplicates(options, after.slice(1));
    return { status: 'updated', id: oldest.id, url: oldest.html_url, removedDuplicates: removed };
}
/** Every comment starting with the marker, oldest first (all pages, 100 per page). */
async function findMarked(options) {
    const { client, owner, repo, issueNumber, marker } = options;
    const all = (await client.paginate(client.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issueNumber,
        per_page: 100,
    }));
    // Start-of-body match: a human quoting the comment ("> <!-- ...") is not ours.
    return all
        .filter((c) => typeof c.body === 'string' && c.body.trimStart().startsWith(marker))
        .sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id);
}
async function removeDuplicates(options, duplicates) {
    const { client, owner, repo } = options;
    let removed = 0;
    for (const dup of duplicates) {
        try {
            await client.rest.issues.deleteComment({ owner, repo, comment_id: dup.id });
            removed++;
        }
        catch (error) {
            // A concurrent run may have deleted it first.
            if (httpStatusOf(error) !== 404)
                throw error;
        }
    }
    return removed;
}

;// CONCATENATED MODULE: ./packages/github-report/src/run-url.ts
/** The workflow run page (where the job summary is shown), or undefined outside a run. */
function runUrl(context) {
    if (!context.runId || !context.owner || !context.repo)
        return undefined;
    return `${context.serverUrl.replace(/\/+$/, '')}/${context.owner}/${context.repo}/actions/runs/${context.runId}`;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./packages/github-report/src/sarif-limits.ts
// GitHub rejects a SARIF delivery above its limits only after the 202, while processing, and
// then nothing is shown. So the limits are enforced before the upload: results and locations are
// trimmed (least severe first, which is what GitHub would hide anyway) and runs are spread over
// several uploads, each with a warning saying what happened.

const SARIF_UPLOAD_LIMITS = {
    runsPerFile: 20,
    resultsPerRun: 25_000,
    locationsPerResult: 1_000,
    threadFlowLocationsPerResult: 10_000,
    rulesPerRun: 25_000,
    /** GitHub's limit is 10 MB gzipped; keep a margin for the JSON envelope. */
    gzippedBytes: 10_000_000,
};
/**
 * Copies the log, fills `runs[].automationDetails.id` from `category` where absent (the API has no
 * category field), keeps (tool, category) pairs unique, and enforces the limits.
 * Throws an Error with a clear message when the log has no `runs` array.
 */
function prepareSarifUploads(sarif, category, limits = {}) {
    const max = { ...SARIF_UPLOAD_LIMITS, ...limits };
    const warnings = [];
    const log = obj(sarif);
    if (!log || !Array.isArray(log.runs)) {
        throw new Error('the SARIF log has no "runs" array, so there is nothing GitHub code scanning could read');
    }
    // Copy-on-write: runs (and the results the trims touch) are copied, the rest is shared with
    // the caller's log, which is never modified.
    const { runs: inputRuns, ...base } = log;
    const runs = inputRuns.map((r) => ({ ...(obj(r) ?? {}) }));
    assignCategories(runs, category, warnings);
    for (const run of runs)
        trimRun(run, max, warnings);
    // Pack runs into files: at most runsPerFile each, and within the gzipped size. JSON never
    // grows under gzip by more than a few bytes, so only a file whose text is over the limit
    // needs compressing to find out whether it fits.
    // Each run is serialised once; a file's text is the envelope around the joined runs (`runs`
    // is the envelope's last member).
    const envelope = JSON.stringify({ ...base, runs: [] }).slice(0, -2);
    const text = (parts) => `${envelope}${parts.join(',')}]}`;
    const files = [];
    let current = [];
    let currentBytes = Buffer.byteLength(envelope) + 2;
    const flush = () => {
        if (current.length === 0)
            return;
        const json = text(current.map((c) => c.json));
        files.push({
            sarif: { ...base, runs: current.map((c) => c.run) },
            gzipped: (0,external_node_zlib_.gzipSync)(json),
            categories: current.map((c) => categoryOf(c.run)),
        });
        current = [];
        currentBytes = Buffer.byteLength(envelope) + 2;
    };
    const fits = (parts, bytes) => bytes + 1024 <= max.gzippedBytes || (0,external_node_zlib_.gzipSync)(text(parts)).length <= max.gzippedBytes;
    for (const run of runs) {
        if (current.length >= max.runsPerFile)
            flush();
        let json = JSON.stringify(run);
        let runBytes = Buffer.byteLength(json) + 1;
        if (current.length > 0 && !fits([...current.map((c) => c.json), json], currentBytes + runBytes))
            flush();
        if (current.length === 0 && !fits([json], currentBytes + runBytes)) {
            shrinkToSize(base, run, max, warnings);
            json = JSON.stringify(run);
            runBytes = Buffer.byteLength(json) + 1;
        }
        current.push({ run, json });
        currentBytes += runBytes;
    }
    flush();
    if (files.length > 1) {
        const why = runs.length > max.runsPerFile
            ? `${runs.length} runs (GitHub accepts ${max.runsPerFile} per upload)`
            : 'more than 10 MB gzipped';
        warnings.push(`The SARIF has ${why}; it is uploaded in ${files.length} parts, each run keeping its own category.`);
    }
    return { files, warnings };
}
function assignCategories(runs, category, warnings) {
    const seen = new Map();
    for (const run of runs) {
        const details = { ...(obj(run.automationDetails) ?? {}) };
        if (typeof details.id !== 'string' && category)
            details.id = `${category.replace(/\/+$/, '')}/`;
        if (typeof details.id === 'string')
            run.automationDetails = details;
        // GitHub refuses "multiple runs with the same category" for one tool in one delivery, and
        // across deliveries the later one replaces the earlier: make the pairs unique.
        const key = `${toolName(run)}\u0000${categoryOf(run)}`;
        const n = (seen.get(key) ?? 0) + 1;
        seen.set(key, n);
        if (n > 1) {
            const id = `${categoryOf(run).replace(/\/+$/, '') || 'run'}-${n}/`;
            warnings.push(`Two runs of ${toolName(run)} share the category "${categoryOf(run)}"; the run number ${n} is uploaded as "${id}".`);
            run.automationDetails = { ...details, id };
        }
    }
}
function trimRun(run, max, warnings) {
    const tool = toolName(run);
    const results = Array.isArray(run.results) ? run.results : undefined;
    if (!results) {
        // codeql-action refuses a run without results ("Missing 'results' array in run").
        run.results = [];
        return;
    }
    let trimmedLocations = 0;
    let trimmedSteps = 0;
    const trimmed = results.map((r) => {
        const result = obj(r);
        if (!result)
            return r;
        let copy;
        if (Array.isArray(result.locations) && result.locations.length > max.locationsPerResult) {
            copy = { ...result, locations: result.locations.slice(0, max.locationsPerResult) };
            trimmedLocations++;
        }
        const flows = arr(result.codeFlows);
        const tooLong = (t) => arr(obj(t)?.locations).length > max.threadFlowLocationsPerResult;
        if (flows.some((f) => arr(obj(f)?.threadFlows).some(tooLong))) {
            copy = {
                ...(copy ?? result),
                codeFlows: flows.map((f) => {
                    const flow = obj(f);
                    if (!flow)
                        return f;
                    return {
                        ...flow,
                        threadFlows: arr(flow.threadFlows).map((t) => {
                            if (!tooLong(t))
                                return t;
                            trimmedSteps++;
                            const thread = obj(t) ?? {};
                            return {
                                ...thread,
                                locations: arr(thread.locations).slice(0, max.threadFlowLocationsPerResult),
                            };
                        }),
                    };
                }),
            };
        }
        return copy ?? r;
    });
    if (trimmedLocations + trimmedSteps > 0)
        run.results = trimmed;
    if (trimmedLocations > 0) {
        warnings.push(`${trimmedLocations} result(s) of ${tool} had more than ${max.locationsPerResult} locations; the extra locations were left out.`);
    }
    if (trimmedSteps > 0) {
        warnings.push(`${trimmedSteps} code flow(s) of ${tool} had more than ${max.threadFlowLocationsPerResult} steps; they were shortened.`);
    }
    if (results.length > max.resultsPerRun) {
        run.results = keepMostSevere(run, run.results, max.resultsPerRun);
        warnings.push(`${tool} reported ${results.length} results in one run; GitHub accepts ${max.resultsPerRun}, so the ${results.length - max.resultsPerRun} least severe were not uploaded (the job summary lists all).`);
    }
    const rules = arr(obj(obj(run.tool)?.driver)?.rules);
    if (rules.length > max.rulesPerRun) {
        warnings.push(`${tool} declares ${rules.length} rules; GitHub accepts ${max.rulesPerRun} per run and may reject the upload.`);
    }
}
// A single run over the size limit: drop its least severe results until it fits.
function shrinkToSize(base, run, max, warnings) {
    const results = arr(run.results);
    let lo = 0;
    let hi = results.length;
    const fits = (n) => gz({ ...base, runs: [{ ...run, results: keepMostSevere(run, results, n) }] }).length <=
        max.gzippedBytes;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (fits(mid))
            lo = mid;
        else
            hi = mid - 1;
    }
    run.results = keepMostSevere(run, results, lo);
    warnings.push(`One run of ${toolName(run)} is over GitHub's 10 MB (gzipped) limit on its own; ${results.length - lo} of its ${results.length} least severe results were not uploaded.`);
}
/** The `keep` most severe results, in their original order. */
function keepMostSevere(run, results, keep) {
    if (results.length <= keep)
        return results;
    const severityByRule = ruleSeverities(run);
    const ranked = results.map((r, i) => ({ i, s: severity(obj(r), severityByRule) }));
    ranked.sort((a, b) => b.s - a.s || a.i - b.i);
    const kept = new Set(ranked.slice(0, keep).map((x) => x.i));
    return results.filter((_, i) => kept.has(i));
}
const LEVEL_SCORE = { error: 7, warning: 4, note: 1, none: 0 };
function ruleSeverities(run) {
    const map = new Map();
    for (const r of arr(obj(obj(run.tool)?.driver)?.rules)) {
        const rule = obj(r);
        if (!rule || typeof rule.id !== 'string')
            continue;
        const security = securitySeverity(obj(rule.properties)?.['security-severity']);
        const level = obj(rule.defaultConfiguration)?.level;
        map.set(rule.id, {
            ...(Number.isFinite(security) ? { security } : {}),
            ...(typeof level === 'string' ? { level } : {}),
        });
    }
    return map;
}
// GitHub prioritises by security-severity where present, else by level (default `warning`).
function severity(result, rules) {
    if (!result)
        return -1;
    const rule = typeof result.ruleId === 'string' ? rules.get(result.ruleId) : undefined;
    const own = securitySeverity(obj(result.properties)?.['security-severity']);
    if (Number.isFinite(own))
        return own;
    if (rule?.security !== undefined)
        return rule.security;
    const level = typeof result.level === 'string' ? result.level : (rule?.level ?? 'warning');
    return LEVEL_SCORE[level] ?? 4;
}
// SARIF writers put `security-severity` as a string ("8.1") though some emit a number.
function securitySeverity(value) {
    if (typeof value === 'number')
        return value;
    return typeof value === 'string' ? Number.parseFloat(value) : Number.NaN;
}
function gz(value) {
    return (0,external_node_zlib_.gzipSync)(JSON.stringify(value));
}
function categoryOf(run) {
    const id = obj(run.automationDetails)?.id;
    return typeof id === 'string' ? id : '';
}
function toolName(run) {
    const name = obj(obj(run.tool)?.driver)?.name;
    return typeof name === 'string' ? name : 'the tool';
}
function obj(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? value
        : undefined;
}
function arr(value) {
    return Array.isArray(value) ? value : [];
}

;// CONCATENATED MODULE: ./packages/github-report/src/summary.ts
// The job summary: GitHub drops a step summary above 1 MiB entirely, so sections are cut from
// the end (the most important come first) and the summary says what was cut.


/** GitHub's hard limit per step summary. */
const SUMMARY_LIMIT_BYTES = 1_048_576;
/**
 * What we write at most: content a few bytes under 1 MiB has been observed to be dropped too
 * (actions/runner#4337), so a margin of ~48 KiB is kept.
 */
const SUMMARY_BUDGET_BYTES = 1_000_000;
function buildSummary(report, options = {}) {
    const limit = options.limitBytes ?? SUMMARY_BUDGET_BYTES;
    let head = `## ${report.headline}\n\n`;
    if (options.notes && options.notes.length > 0)
        head += `${options.notes.map((n) => `> ${n}`).join('\n>\n')}\n\n`;
    const blocks = report.sections.map((s) => `${renderSection(s, '###')}\n`);
    const whole = head + blocks.join('');
    if (utf8Bytes(whole) <= limit)
        return { markdown: whole, bytes: utf8Bytes(whole), truncatedSections: 0, omittedTitles: [] };
    const notice = (cut) => {
        const titles = cut
            .slice(0, 20)
            .map((t) => `"${t.slice(0, 80)}"`)
            .join(', ');
        const more = cut.length > 20 ? ` and ${cut.length - 20} more` : '';
        return (`\n---\n\n> ⚠️ **Summary cut:** GitHub limits a step summary to 1 MiB, so ${cut.length} section(s) were cut: ${titles}${more}.` +
            (options.fullReportHint ? `\n> ${options.fullReportHint}` : '') +
            '\n');
    };
    // Room for the notice: cut sections are a suffix of the list, so the notice naming the 20
    // longest titles (and the largest "more" count) is never shorter than the real one.
    const longest = report.sections
        .map((s) => s.title)
        .sort((a, b) => utf8Bytes(b.slice(0, 80)) - utf8Bytes(a.slice(0, 80)));
    const reserve = utf8Bytes(notice(longest));
    let out = cutMarkdown(head, limit - reserve, '', utf8Bytes);
    const omitted = [];
    let truncated = 0;
    for (const [i, block] of blocks.entries()) {
        const title = report.sections[i]?.title ?? '';
        const room = limit - reserve - utf8Bytes(out);
        if (omitted.length === 0 && utf8Bytes(block) <= room) {
            out += block;
            continue;
        }
        // The first section that does not fit is cut short if a useful part of it fits.
        if (omitted.length === 0 && truncated === 0 && room > 2048) {
            out += `${cutMarkdown(block, room - 64, '', utf8Bytes)}\n\n*(section cut short)*\n\n`;
            truncated++;
            omitted.push(title);
            continue;
        }
        omitted.push(title);
    }
    out += notice(omitted);
    return {
        markdown: out,
        bytes: utf8Bytes(out),
        truncatedSections: omitted.length,
        omittedTitles: omitted,
    };
}

;// CONCATENATED MODULE: ./packages/github-report/src/publish.ts
// Everything an action shows on GitHub, in one call. Each channel degrades on its own: a fork PR
// or a read-only token turns the comment and the upload into warnings and summary lines, never
// into a failed job; the action decides what an upload failure means for its verdict.









const COMMENT_EVENTS = new Set(['pull_request', 'pull_request_target']);
const AUTO_UPLOAD_EVENTS = new Set([
    'push',
    'pull_request',
    'pull_request_target',
    'schedule',
    'workflow_dispatch',
]);
async function publishReport(report, options) {
    const { logger, context, reporting } = options;
    const warnings = [];
    const notes = [];
    const warn = (message) => {
        warnings.push(message);
        notes.push(`⚠️ ${message}`);
        logger.warning(message);
    };
    const token = reporting.githubToken?.trim() || undefined;
    let client = options.client;
    const getClient = () => (client ??= token ? createGitHubClient({ token, baseUrl: context.apiUrl, logger }) : undefined);
    const more = runUrl(context);
    const comment = await publishComment();
    const upload = await publishUpload();
    // Publishing warnings above are annotations too: they take their slots first.
    let annotations = {
        emitted: 0,
        dropped: 0,
        droppedByLevel: { error: 0, warning: 0, notice: 0 },
    };
    if (reporting.annotations && report.annotations && report.annotations.length > 0) {
        annotations = emitAnnotations(report.annotations, logger, {
            perLevel: { warning: Math.max(0, ANNOTATION_LIMITS.perLevelPerStep - warnings.length) },
            total: Math.max(0, ANNOTATION_LIMITS.perJob - warnings.length),
        });
        if (annotations.dropped > 0) {
            notes.push(`ℹ️ ${annotations.emitted} of ${report.annotations.length} findings are annotated on the code (GitHub shows 10 per level per step and 50 per job, most severe first).`);
        }
    }
    if (upload.status === 'uploaded') {
        notes.push(`✅ Uploaded to code scanning for \`${upload.ref ?? ''}\` (${listed(upload.categories ?? [])}).`);
    }
    const summary = buildSummary(report, { notes });
    try {
        await options.appendSummary(summary.markdown);
    }
    catch (error) {
        const message = `Could not write the job summary: ${(0,src/* getErrorMessage */.u1)(error)}`;
        warnings.push(message);
        logger.warning(message);
    }
    return {
        annotations: { emitted: annotations.emitted, dropped: annotations.dropped },
        summary: { bytes: summary.bytes, truncatedSections: summary.truncatedSections },
        comment,
        upload,
        warnings,
    };
    async function publishComment() {
        if (!reporting.comment)
            return { status: 'skipped', reason: 'comment is off' };
        if (!COMMENT_EVENTS.has(context.eventName)) {
            return {
                status: 'skipped',
                reason: `not a pull request event (${context.eventName || 'local run'})`,
            };
        }
        const number = context.pullRequestNumber;
        if (number === undefined)
            return { status: 'skipped', reason: 'the event payload has no pull request number' };
        const c = getClient();
        if (!c)
            return { status: 'skipped', reason: 'no github-token' };
        const marker = commentMarker(report.action, report.category);
        const { body, truncated } = capCommentBody(report.comment ?? renderCommentBody(report, more), marker, more);
        try {
            const result = await upsertComment({
                client: c,
                owner: context.owner,
                repo: context.repo,
                issueNumber: number,
                marker,
                body,
                logger,
            });
            return { status: result.status, url: result.url, truncated };
        }
        catch (error) {
            if (isResourceNotAccessible(error)) {
                warn(`Could not comment on pull request #${number}: the token may not write comments (a pull request from a fork, a read-only token, or no \`pull-requests: write\` permission). The report is in the job summary.`);
                return { status: 'forbidden', reason: describeHttpError(error) };
            }
            warn(`Could not comment on pull request #${number} (${describeHttpError(error)}). The report is in the job summary.`);
            return { status: 'failed', reason: describeHttpError(error) };
        }
    }
    async function publishUpload() {
        const mode = options.upload?.upload ?? 'false';
        if (report.sarif === undefined)
            return { status: 'skipped', sarifIds: [], reason: 'no SARIF to upload' };
        if (mode === 'false')
            return { status: 'skipped', sarifIds: [], reason: 'upload is off' };
        const c = getClient();
        const skipOrFail = (reason) => {
            if (mode === 'true') {
                warn(`Code scanning upload failed: ${reason}.`);
                return { status: 'failed', sarifIds: [], reason };
            }
            logger.info(`Code scanning upload skipped: ${reason}.`);
            return { status: 'skipped', sarifIds: [], reason };
        };
        if (!c)
            return skipOrFail('no github-token was given');
        if (mode === 'auto') {
            if (!AUTO_UPLOAD_EVENTS.has(context.eventName)) {
                return skipOrFail(`upload: auto uploads on push, pull_request, pull_request_target, schedule and workflow_dispatch, not on ${context.eventName || 'local runs'}`);
            }
            if (context.eventName === 'pull_request' && context.pullRequest?.fromFork) {
                notes.push('ℹ️ Not uploaded to code scanning: a pull request from a fork gets a read-only token.');
                return skipOrFail('a pull request from a fork gets a read-only token');
            }
        }
        const target = selectUploadTarget(context, options.checkoutSha);
        if ('skip' in target)
            return skipOrFail(target.skip);
        if (target.note)
            warn(`Code scanning: ${target.note}; uploading to ${target.ref}.`);
        const category = options.upload?.category ??
            (report.category ? `${report.action}/${report.category}` : report.action);
        let prepared;
        try {
            prepared = prepareSarifUploads(report.sarif, category);
        }
        catch (error) {
            const reason = `the SARIF cannot be uploaded: ${(0,src/* getErrorMessage */.u1)(error)}`;
            warn(`Code scanning upload failed: ${reason}.`);
            return { status: 'failed', sarifIds: [], reason };
        }
        for (const w of prepared.warnings)
            warn(w);
        const where = {
            ref: target.ref,
            commitSha: target.commitSha,
            categories: prepared.files.flatMap((f) => f.categories),
        };
        const sarifIds = [];
        for (const file of prepared.files) {
            try {
                const { id } = await uploadSarif(c, {
                    owner: context.owner,
                    repo: context.repo,
                    ref: target.ref,
                    commitSha: target.commitSha,
                    gzipped: file.gzipped,
                    ...(context.workspace ? { checkoutPath: context.workspace } : {}),
                });
                sarifIds.push(id);
                logger.info(`Uploaded SARIF (${file.gzipped.length} bytes gzipped) to code scanning: ${id}`);
            }
            catch (error) {
                const reason = describeHttpError(error);
                if (isResourceNotAccessible(error)) {
                    warn('Could not upload to code scanning: the token may not write security events (a pull request from a fork, a read-only token, or no `security-events: write` permission).');
                    return { status: 'forbidden', sarifIds, reason, ...where };
                }
                if (isCodeScanningUnavailable(error)) {
                    warn(`Could not upload to code scanning: it is not available for ${context.owner}/${context.repo} (${reason}). Enable code scanning (GitHub Code Security for private repositories) or set \`upload: false\`.`);
                    return { status: 'forbidden', sarifIds, reason, ...where };
                }
                warn(`Code scanning upload failed (${reason}).`);
                return {
                    status: 'failed',
                    sarifIds,
                    reason: `code scanning upload failed: ${reason}`,
                    ...where,
                };
            }
        }
        if (options.waitForProcessing === false)
            return { status: 'uploaded', sarifIds, ...where };
        const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
        const processing = [];
        const errors = [];
        for (const id of sarifIds) {
            const outcome = await waitForSarifProcessing(c, { owner: context.owner, repo: context.repo, id }, {
                sleep,
                logger,
                ...(options.processingPolls !== undefined ? { polls: options.processingPolls } : {}),
                ...(options.processingDelayMs !== undefined
                    ? { firstDelayMs: options.processingDelayMs }
                    : {}),
            });
            processing.push(outcome.status);
            errors.push(...outcome.errors);
            if (outcome.status === 'pending') {
                warn(`Timed out waiting for code scanning to process SARIF ${id}; it may still appear later.`);
            }
        }
        if (processing.includes('failed')) {
            const reason = `GitHub could not process the SARIF: ${errors.join('; ') || 'no details given'}`;
            warn(`Code scanning: ${reason}.`);
            return { status: 'failed', sarifIds, reason, errors, processing, ...where };
        }
        return { status: 'uploaded', sarifIds, processing, ...where };
    }
}
function listed(categories) {
    const shown = categories
        .slice(0, 5)
        .map((c) => `\`${c}\``)
        .join(', ');
    return categories.length > 5 ? `${shown} and ${categories.length - 5} more categories` : shown;
}

;// CONCATENATED MODULE: ./packages/github-report/src/index.ts












/***/ })

};
