#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2376:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  j1: () => (/* reexport */ ConfigurationError),
  YF: () => (/* reexport */ InputParser),
  oC: () => (/* reexport */ SEVERITIES),
  Fv: () => (/* reexport */ cliRuntime),
  FO: () => (/* reexport */ exitCodeOf),
  u1: () => (/* reexport */ getErrorMessage),
  bQ: () => (/* reexport */ parseFlags),
  Wr: () => (/* reexport */ processIo),
  d1: () => (/* reexport */ readAwsInputs),
  L7: () => (/* reexport */ readGitHubContext),
  yu: () => (/* reexport */ readReportingInputs),
  qo: () => (/* reexport */ readSeverityFloor),
  J8: () => (/* reexport */ readUploadInputs),
  Cs: () => (/* reexport */ runAction),
  av: () => (/* reexport */ runActionCli)
});

// UNUSED EXPORTS: ConsoleLogger, RecordingLogger, isConfigurationError, recordingRuntime, withGroup, wrapError

;// CONCATENATED MODULE: ./packages/action-kit/src/errors.ts
/**
 * A problem the user can fix by changing the workflow or the files it points at
 * (a bad input, a missing file, a malformed document). Reported without a stack trace.
 */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
    /** What the user should do about it, appended to the message when reported. */
    hint;
    constructor(message, options) {
        super(message, options?.cause === undefined ? undefined : { cause: options.cause });
        this.hint = options?.hint;
    }
}
function isConfigurationError(error) {
    return error instanceof ConfigurationError;
}
/** The message of anything thrown, never `undefined` and never `[object Object]`. */
function getErrorMessage(error) {
    if (error instanceof ConfigurationError && error.hint)
        return `${error.message} ${error.hint}`;
    if (error instanceof Error)
        return error.message || error.name;
    if (typeof error === 'string')
        return error;
    try {
        const json = JSON.stringify(error);
        return json === undefined ? String(error) : json;
    }
    catch {
        return String(error);
    }
}
function wrapError(error) {
    return error instanceof Error ? error : new Error(getErrorMessage(error));
}

;// CONCATENATED MODULE: ./packages/action-kit/src/inputs.ts

const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
/**
 * Typed parsers over an InputReader. Every error names the input, and every name read is
 * remembered so tests can compare what an action reads with what its action.yml declares.
 */
class InputParser {
    read;
    names = new Set();
    constructor(read) {
        this.read = read;
    }
    /** The trimmed value, or `undefined` when empty. */
    string(name) {
        this.names.add(name);
        const value = this.read(name)?.trim();
        return value ? value : undefined;
    }
    required(name) {
        const value = this.string(name);
        if (value === undefined)
            throw new ConfigurationError(`Input required and not supplied: ${name}`);
        return value;
    }
    withDefault(name, fallback) {
        return this.string(name) ?? fallback;
    }
    /** YAML 1.2 core-schema booleans, as `@actions/core`'s getBooleanInput accepts. */
    boolean(name, fallback) {
        const value = this.string(name);
        if (value === undefined)
            return fallback;
        if (TRUE.has(value))
            return true;
        if (FALSE.has(value))
            return false;
        throw new ConfigurationError(`Input '${name}' must be true or false, got '${value}'.`);
    }
    integer(name, options) {
        const value = this.string(name);
        if (value === undefined)
            return options.fallback;
        if (!/^[+-]?\d+$/.test(value)) {
            throw new ConfigurationError(`Input '${name}' must be a whole number, got '${value}'.`);
        }
        const n = Number(value);
        const { min, max } = options;
        if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
            throw new ConfigurationError(`Input '${name}' must be ${rangeText(min, max)}, got ${value}.`);
        }
        return n;
    }
    /**
     * A count limit: a non-negative integer, or empty / `unlimited` / `-1` for no limit
     * (returned as `undefined`).
     */
    limit(name, fallback) {
        const value = this.string(name);
        if (value === undefined)
            return fallback;
        if (/^(unlimited|none|-1)$/i.test(value))
            return undefined;
        return this.integer(name, { min: 0 });
    }
    oneOf(name, values, fallback) {
        const value = this.string(name);
        if (value === undefined)
            return fallback;
        const match = values.find((v) => v.toLowerCase() === value.toLowerCase());
        if (match === undefined) {
            throw new ConfigurationError(`Input '${name}' must be one of ${values.map((v) => `'${v}'`).join(', ')}, got '${value}'.`);
        }
        return match;
    }
    /** Items separated by newlines or commas; blank items and `#` comment lines dropped. */
    list(name) {
        return splitItems(this.string(name), /[\n,]/);
    }
    /** Items one per line (commas kept, for values such as globs with braces). */
    multiline(name) {
        return splitItems(this.string(name), /\n/);
    }
    /** `KEY=VALUE` pairs, one per line or comma-separated. */
    keyValues(name) {
        const out = {};
        for (const item of this.list(name)) {
            const eq = item.indexOf('=');
            if (eq <= 0) {
                throw new ConfigurationError(`Input '${name}' expects KEY=VALUE items, got '${item}'.`);
            }
            out[item.slice(0, eq).trim()] = item.slice(eq + 1).trim();
        }
        return out;
    }
}
function splitItems(value, separator) {
    if (value === undefined)
        return [];
    return value
        .split(separator)
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('#'));
}
function rangeText(min, max) {
    if (min !== undefined && max !== undefined)
        return `between ${min} and ${max}`;
    if (min !== undefined)
        return `at least ${min}`;
    if (max !== undefined)
        return `at most ${max}`;
    return 'a number';
}

;// CONCATENATED MODULE: ./packages/action-kit/src/shared-inputs.ts
/** Severities every gate speaks, most severe first. */
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'note'];
function readReportingInputs(p) {
    return {
        githubToken: p.string('github-token'),
        comment: p.boolean('comment', true),
        annotations: p.boolean('annotations', true),
    };
}
function readUploadInputs(p, fallback = 'auto') {
    return {
        upload: p.oneOf('upload', ['true', 'false', 'auto'], fallback),
        category: p.string('category'),
    };
}
/**
 * A severity floor such as `fail-on: high` (fail on high or critical). `none` disables it.
 * Returns `undefined` when the input is not given.
 */
function readSeverityFloor(p, name = 'fail-on') {
    return p.oneOf(name, [...SEVERITIES, 'none']);
}

;// CONCATENATED MODULE: ./packages/action-kit/src/aws-inputs.ts
function readAwsInputs(p) {
    return {
        region: p.string('aws-region'),
        roleToAssume: p.string('role-to-assume'),
        audience: p.withDefault('audience', 'sts.amazonaws.com'),
        roleSessionName: p.withDefault('role-session-name', 'devsecops-gates'),
        roleDurationSeconds: p.integer('role-duration-seconds', {
            min: 900,
            max: 43200,
            fallback: 3600,
        }),
        stsEndpoint: p.string('sts-endpoint'),
        allowedAccountIds: p.list('allowed-account-ids'),
        webIdentityTokenFile: p.string('web-identity-token-file'),
        exportCredentials: p.boolean('export-credentials', false),
        onMissingCredentials: p.oneOf('on-missing-credentials', ['fail', 'skip'], 'fail'),
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./packages/action-kit/src/github-context.ts


function readGitHubContext(env, cwd = process.cwd()) {
    const eventPath = env.GITHUB_EVENT_PATH;
    let payload = {};
    if (eventPath) {
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
        }
        catch (error) {
            throw new ConfigurationError(`Could not read the event payload at GITHUB_EVENT_PATH=${eventPath}: ${getErrorMessage(error)}`);
        }
    }
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const pr = asRecord(payload.pull_request);
    const head = asRecord(pr?.head);
    const base = asRecord(pr?.base);
    const headRepo = asRecord(head?.repo);
    const baseRepo = asRecord(base?.repo);
    const number = typeof payload.number === 'number' ? payload.number : pr?.number;
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        owner,
        repo,
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        runId: env.GITHUB_RUN_ID ?? '',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        workflow: env.GITHUB_WORKFLOW ?? '',
        job: env.GITHUB_JOB ?? '',
        workspace: env.GITHUB_WORKSPACE ?? cwd,
        onRunner: env.GITHUB_ACTIONS === 'true',
        pullRequestNumber: pr ? number : undefined,
        pullRequest: pr
            ? {
                headSha: str(head?.sha),
                headRef: str(head?.ref),
                baseSha: str(base?.sha),
                baseRef: str(base?.ref),
                // A PR from a fork whose repository was since deleted has `head.repo: null`; it is
                // still a fork PR (read-only token, no OIDC), so only a matching name counts as same-repo.
                fromFork: headRepo?.full_name === undefined || headRepo.full_name !== baseRepo?.full_name,
            }
            : undefined,
    };
}
function asRecord(value) {
    return value !== null && typeof value === 'object'
        ? value
        : undefined;
}
function str(value) {
    return typeof value === 'string' ? value : '';
}

;// CONCATENATED MODULE: ./packages/action-kit/src/run-action.ts

/**
 * The one failure boundary. Runs the action body, writes its outputs, and turns a failing verdict
 * or any thrown error into a single failure message that names the action. Configuration errors
 * are reported without a stack; unexpected ones with the stack at debug level.
 */
async function runAction(actionName, runtime, body) {
    try {
        const outcome = await body();
        for (const [name, value] of Object.entries(outcome.outputs))
            runtime.setOutput(name, value);
        const { verdict } = outcome;
        if (verdict.status === 'fail')
            runtime.setFailed(`${actionName}: ${verdict.reason}`);
        else if (verdict.status === 'skipped')
            runtime.logger.notice(`${actionName} skipped: ${verdict.reason}`);
        return outcome;
    }
    catch (error) {
        if (isConfigurationError(error)) {
            runtime.setFailed(`${actionName}: ${getErrorMessage(error)}`);
        }
        else {
            if (error instanceof Error && error.stack)
                runtime.logger.debug(error.stack);
            runtime.setFailed(`${actionName} failed unexpectedly: ${getErrorMessage(error)}`);
        }
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/action-kit/src/logger.ts
async function withGroup(logger, name, fn) {
    logger.startGroup(name);
    try {
        return await fn();
    }
    finally {
        logger.endGroup();
    }
}
/** A Logger that keeps what it was told, for tests. */
class RecordingLogger {
    entries = [];
    masked = [];
    debug(message) {
        this.entries.push({ level: 'debug', message });
    }
    info(message) {
        this.entries.push({ level: 'info', message });
    }
    notice(message, properties) {
        this.push('notice', message, properties);
    }
    warning(message, properties) {
        this.push('warning', message, properties);
    }
    error(message, properties) {
        this.push('error', message, properties);
    }
    startGroup(name) {
        this.entries.push({ level: 'group', message: name });
    }
    endGroup() {
        this.entries.push({ level: 'endgroup', message: '' });
    }
    mask(secret) {
        this.masked.push(secret);
        this.entries.push({ level: 'mask', message: '***' });
    }
    messages(level) {
        return this.entries
            .filter((e) => level === undefined || e.level === level)
            .map((e) => e.message);
    }
    push(level, message, properties) {
        this.entries.push(properties ? { level, message, properties } : { level, message });
    }
}
/** A Logger for terminals (the CLI): plain lines on stderr, annotations as `file:line: level: msg`. */
class ConsoleLogger {
    write;
    verbose;
    depth = 0;
    secrets = new Set();
    constructor(write = (line) => process.stderr.write(`${line}\n`), verbose = false) {
        this.write = write;
        this.verbose = verbose;
    }
    debug(message) {
        if (this.verbose)
            this.line(`debug: ${message}`);
    }
    info(message) {
        this.line(message);
    }
    notice(message, properties) {
        this.line(`${where(properties)}notice: ${message}`);
    }
    warning(message, properties) {
        this.line(`${where(properties)}warning: ${message}`);
    }
    error(message, properties) {
        this.line(`${where(properties)}error: ${message}`);
    }
    startGroup(name) {
        this.line(`▸ ${name}`);
        this.depth++;
    }
    endGroup() {
        this.depth = Math.max(0, this.depth - 1);
    }
    mask(secret) {
        if (secret)
            this.secrets.add(secret);
    }
    line(text) {
        let out = text;
        for (const s of this.secrets)
            out = out.split(s).join('***');
        this.write(`${'  '.repeat(this.depth)}${out}`);
    }
}
function where(p) {
    if (!p?.file)
        return '';
    return `${p.file}${p.startLine ? `:${p.startLine}` : ''}${p.startColumn ? `:${p.startColumn}` : ''}: `;
}

;// CONCATENATED MODULE: ./packages/action-kit/src/cli-runtime.ts


const processIo = () => ({
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
});
/**
 * Parses `--input-name value`, `--input-name=value` and bare `--flag` (= `true`) into action
 * inputs, so CLI flags are exactly the action's input names. A repeated flag joins its values
 * with newlines, which is how multiline inputs are written in a workflow.
 */
function parseFlags(argv) {
    const inputs = {};
    const positionals = [];
    const out = {
        inputs,
        json: false,
        summaryFile: undefined,
        verbose: false,
        help: false,
        positionals,
    };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (!arg.startsWith('--')) {
            positionals.push(arg);
            continue;
        }
        const eq = arg.indexOf('=');
        const name = arg.slice(2, eq === -1 ? undefined : eq);
        let value;
        if (eq !== -1)
            value = arg.slice(eq + 1);
        else if (i + 1 < argv.length && !argv[i + 1].startsWith('--'))
            value = argv[++i];
        else
            value = 'true';
        if (name === 'json')
            out.json = value !== 'false';
        else if (name === 'summary-file')
            out.summaryFile = value;
        else if (name === 'verbose')
            out.verbose = value !== 'false';
        else if (name === 'help')
            out.help = true;
        else if (name === '')
            throw new ConfigurationError(`Unexpected argument '${arg}'.`);
        else
            inputs[name] = name in inputs ? `${inputs[name]}\n${value}` : value;
    }
    return out;
}
/** A runtime for terminal runs: logs to stderr, collects outputs and summary for printing. */
function cliRuntime(flags, io) {
    const rt = {
        logger: new ConsoleLogger((line) => io.stderr(`${line}\n`), flags.verbose),
        readInput: (name) => flags.inputs[name] ?? '',
        env: io.env,
        outputs: {},
        summary: [],
        failures: [],
        setOutput: (name, value) => {
            rt.outputs[name] = String(value);
        },
        appendSummary: (markdown) => {
            rt.summary.push(markdown);
            return Promise.resolve();
        },
        exportVariable: () => {
            // Nothing comes after a CLI run to read exported variables.
        },
        setFailed: (message) => {
            rt.failures.push(message);
            rt.logger.error(message);
        },
    };
    return rt;
}
/** The CLI exit code for an outcome: 0 pass or skipped, 1 a failing verdict or an error. */
function exitCodeOf(outcome, rt) {
    if (outcome === undefined || rt.failures.length > 0)
        return 1;
    return outcome.verdict.status === 'fail' ? 1 : 0;
}
/**
 * The usual CLI of an action: flags are its inputs, the summary Markdown goes to stdout (or
 * `--summary-file`), `--json` prints the outputs as one JSON object instead.
 */
async function runActionCli(argv, io, run, writeFile) {
    const flags = parseFlags(argv);
    const rt = cliRuntime(flags, io);
    const outcome = await run(rt);
    const summary = rt.summary.join('\n');
    if (flags.summaryFile)
        await writeFile(flags.summaryFile, summary);
    if (flags.json)
        io.stdout(`${JSON.stringify(rt.outputs, null, 2)}\n`);
    else if (!flags.summaryFile)
        io.stdout(`${summary}\n`);
    return exitCodeOf(outcome, rt);
}

;// CONCATENATED MODULE: ./packages/action-kit/src/index.ts











/***/ }),

/***/ 953:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 8 modules
var src = __nccwpck_require__(2376);
;// CONCATENATED MODULE: ./packages/cli/src/commands.ts
/** Every action's CLI, in the order `demo` runs them. Loaded lazily so `--help` stays fast. */
const commands = {
    'sarif-severity-gate': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(321), __nccwpck_require__.e(871), __nccwpck_require__.e(699), __nccwpck_require__.e(186), __nccwpck_require__.e(487)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1487))).cli,
    'terraform-test': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(321), __nccwpck_require__.e(186), __nccwpck_require__.e(455)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2455))).cli,
    'cfn-policy-validate': async () => (await Promise.all(/* import() */[__nccwpck_require__.e(321), __nccwpck_require__.e(133), __nccwpck_require__.e(871), __nccwpck_require__.e(726), __nccwpck_require__.e(725), __nccwpck_require__.e(186), __nccwpck_require__.e(97), __nccwpck_require__.e(106)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5725))).cli,
};

;// CONCATENATED MODULE: ./packages/cli/src/cli.ts


const USAGE = `Usage: devsecops-gates <command> [--input-name value ...] [--json] [--summary-file F]

Runs the devsecops-gates GitHub Actions locally with the same code. Flags are the action's
inputs (see actions/<name>/README.md). Commands:
`;
async function main(argv, io) {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === 'help') {
        io.stdout(`${USAGE}${Object.keys(commands)
            .map((c) => `  ${c}`)
            .join('\n')}\n  demo\n`);
        return command === undefined ? 1 : 0;
    }
    try {
        if (command === 'demo')
            return await demo(io);
        const load = commands[command];
        if (!load) {
            io.stderr(`Unknown command '${command}'. Run 'devsecops-gates --help' for the list.\n`);
            return 1;
        }
        return await (await load()).run(rest, io);
    }
    catch (error) {
        io.stderr(`devsecops-gates ${command}: ${(0,src/* getErrorMessage */.u1)(error)}\n`);
        return 1;
    }
}
/** Runs every action on its bundled samples; the exit code says whether each behaved as expected. */
async function demo(io) {
    let failed = 0;
    for (const [name, load] of Object.entries(commands)) {
        const cli = await load();
        if (!cli.demo)
            continue;
        io.stdout(`\n==================== ${name} ====================\n`);
        const code = await cli.demo(io);
        if (code !== 0)
            failed++;
    }
    io.stdout(`\ndemo: ${failed === 0 ? 'every action ran as expected' : `${failed} action(s) misbehaved`}\n`);
    return failed === 0 ? 0 : 1;
}


/***/ }),

/***/ 8677:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _devsecops_gates_action_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2376);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(953);


process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i)(process.argv.slice(2), (0,_devsecops_gates_action_kit__WEBPACK_IMPORTED_MODULE_0__/* .processIo */ .Wr)());

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(8677);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
