export const id = 455;
export const ids = [455];
export const modules = {

/***/ 2455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cli: () => (/* binding */ cli)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 8 modules
var src = __webpack_require__(2376);
// EXTERNAL MODULE: ./packages/action-kit/src/actions-runtime.ts
var actions_runtime = __webpack_require__(6066);
// EXTERNAL MODULE: ./packages/github-report/src/index.ts + 11 modules
var github_report_src = __webpack_require__(6729);
;// CONCATENATED MODULE: ./actions/terraform-test/src/diagnostic-text.ts
/**
 * Text renderings that follow terraform's own human output (`format.DiagnosticPlain`, the
 * progress and conclusion lines of `views/test.go`), so the action log reads like a local run.
 */
/** `Success! 1 passed, 0 failed.` / `Executed 0 tests, 2 skipped.`, as terraform prints it. */
function conclusionLine(s) {
    const skipped = s.skipped > 0 ? `, ${s.skipped} skipped.` : '.';
    if (s.status === 'pending' || s.status === 'skip')
        return `Executed 0 tests${skipped}`;
    const word = s.status === 'pass' ? 'Success!' : 'Failure!';
    return `${word} ${s.passed} passed, ${s.failed + s.errored} failed${skipped}`;
}
/** The human view prints `error` as `fail`; only the JSON status tells them apart. */
function humanStatus(status) {
    return status === 'error' ? 'fail' : status;
}
function fileLine(path, progress, status) {
    if (progress === 'starting')
        return `${path}... in progress`;
    if (progress === 'teardown')
        return `${path}... tearing down`;
    return `${path}... ${humanStatus(status ?? 'pending')}`;
}
function runLine(name, status) {
    return `  run ${goQuote(name)}... ${humanStatus(status)}`;
}
/** Go's %q for the plain names terraform allows in run blocks. */
function goQuote(s) {
    return JSON.stringify(s);
}
/** Terraform wraps at the stream width minus one: 78 columns off a terminal, so 77. */
const WRAP = 77;
/** The plain diagnostic block (no colour, no frame), lines without the trailing newline. */
function renderDiagnostic(d, width = WRAP) {
    const out = ['', `${d.severity === 'warning' ? 'Warning' : 'Error'}: ${d.summary}`, ''];
    if (d.range && d.snippet) {
        if (d.address)
            out.push(`  with ${d.address},`);
        const context = d.snippet.context ? `, in ${d.snippet.context}` : '';
        out.push(`  on ${d.range.filename} line ${d.range.start.line}${context}:`);
        d.snippet.code.split('\n').forEach((code, i) => {
            out.push(`${String(d.snippet.start_line + i).padStart(4)}: ${code}`);
        });
        const extra = snippetExtras(d);
        if (extra.length > 0) {
            out.push('    ├────────────────');
            for (const line of extra)
                out.push(line === '' ? '    │' : `    │ ${line}`);
            // Since 1.12 terraform ends an assertion diff with an empty line of its own.
            if (d.snippet.test_assertion_expr && !d.snippet.test_assertion_expr.show_verbose)
                out.push('');
        }
        out.push('');
    }
    else if (d.range) {
        out.push(`  on ${d.range.filename} line ${d.range.start.line}:`, '');
    }
    if (d.detail)
        out.push(...wrap(d.detail, width));
    return out;
}
/** Value lines and assertion diffs that terraform prints under the snippet. */
function snippetExtras(d) {
    const lines = [];
    const expr = d.snippet?.test_assertion_expr;
    if (expr && (expr.lhs !== undefined || expr.rhs !== undefined)) {
        if (expr.warning)
            lines.push(`Warning: ${expr.warning}`);
        lines.push('Diff:', '--- actual', '+++ expected', ...lineDiff(expr.lhs ?? '', expr.rhs ?? ''));
        if (expr.show_verbose && d.snippet?.values?.length)
            lines.push('');
        if (!expr.show_verbose)
            return lines;
    }
    else if (d.difference) {
        lines.push('Diff:', '--- actual', '+++ expected', ...lineDiff(JSON.stringify(d.difference.before, null, 2) ?? 'null', JSON.stringify(d.difference.after, null, 2) ?? 'null'));
    }
    for (const v of [...(d.snippet?.values ?? [])].sort((a, b) => a.traversal < b.traversal ? -1 : 1)) {
        lines.push(`${v.traversal} ${v.statement}`);
    }
    return lines;
}
/** A line diff (LCS) of two small JSON texts, `- ` for actual and `+ ` for expected. */
function lineDiff(actual, expected) {
    const a = actual.split('\n').slice(0, 200);
    const b = expected.split('\n').slice(0, 200);
    const lcs = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
    for (let i = a.length - 1; i >= 0; i--) {
        for (let j = b.length - 1; j >= 0; j--) {
            lcs[i][j] =
                a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    const out = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        if (i < a.length && j < b.length && a[i] === b[j]) {
            out.push(`  ${a[i]}`);
            i++;
            j++;
        }
        else if (j >= b.length || (i < a.length && lcs[i + 1][j] >= lcs[i][j + 1])) {
            out.push(`- ${a[i]}`);
            i++;
        }
        else {
            out.push(`+ ${b[j]}`);
            j++;
        }
    }
    return out;
}
/** Word wrap like terraform's: each paragraph line separately, indented lines left alone. */
function wrap(text, width) {
    const out = [];
    for (const line of text.split('\n')) {
        if (line.length <= width || /^\s/.test(line)) {
            out.push(line);
            continue;
        }
        let current = '';
        for (const word of line.split(' ')) {
            if (current === '')
                current = word;
            else if (current.length + 1 + word.length <= width)
                current += ` ${word}`;
            else {
                out.push(current);
                current = word;
            }
        }
        out.push(current);
    }
    return out;
}

;// CONCATENATED MODULE: ./actions/terraform-test/src/module-outcome.ts
function allRuns(m) {
    return m.test ? m.test.stream.files.flatMap((f) => f.runs) : [];
}
function countRuns(runs) {
    const c = { passed: 0, failed: 0, errored: 0, skipped: 0, pending: 0 };
    for (const r of runs) {
        if (r.status === 'pass')
            c.passed++;
        else if (r.status === 'fail')
            c.failed++;
        else if (r.status === 'error')
            c.errored++;
        else if (r.status === 'skip')
            c.skipped++;
        else
            c.pending++;
    }
    return c;
}
/** The run block a run came from, for its command and assertion count. */
function blockOf(m, run) {
    return m.runBlocks[run.file]?.find((b) => b.name === run.name);
}
/** A path inside the module as seen from the repository root. */
function repoPath(dir, file) {
    if (dir === '.' || dir === '')
        return file.replace(/\\/g, '/');
    return `${dir}/${file.replace(/\\/g, '/')}`.replace(/\/\.\//g, '/');
}

;// CONCATENATED MODULE: ./actions/terraform-test/src/annotations.ts


/**
 * One annotation per distinct diagnostic, at its range in the repository. Ranges in fake files
 * (`<value for var.x>` for -var values, `<input-variable>`) cannot be shown on a diff, so those
 * keep their text but lose the location.
 */
function moduleAnnotations(m) {
    const out = [];
    const seen = new Set();
    const add = (d, origin) => {
        const a = toAnnotation(m.dir, d, origin);
        const key = `${a.level}|${a.file}|${a.startLine}|${a.title}|${a.message}`;
        if (seen.has(key))
            return;
        seen.add(key);
        out.push(a);
    };
    for (const d of m.validate?.diagnostics ?? [])
        add(d, { phase: 'validate' });
    if (m.test) {
        for (const d of m.test.stream.diagnostics)
            add(d, { phase: 'config' });
        for (const f of m.test.stream.files) {
            for (const r of f.runs)
                for (const d of r.diagnostics)
                    add(d, { file: f.path, run: r.name, phase: 'test' });
            const teardown = new Set(f.teardownDiagnostics);
            for (const d of f.diagnostics)
                add(d, { file: f.path, phase: teardown.has(d) ? 'teardown' : 'test' });
        }
    }
    if (m.leftovers.length > 0) {
        const list = m.leftovers.map((r) => `${r.address}${r.deposedKey ? ` (deposed ${r.deposedKey})` : ''}${r.id ? ` id=${r.id}` : ''}`);
        out.push({
            level: 'error',
            title: `Resources left in state (${m.dir})`,
            message: `${m.tool === 'tofu' ? 'OpenTofu' : 'Terraform'} could not destroy ${m.leftovers.length} test resource(s); delete them manually:\n${list.join('\n')}`,
            rank: 2,
        });
    }
    return out;
}
function toAnnotation(dir, d, origin) {
    const where = [];
    if (origin.run)
        where.push(`run "${origin.run}"`);
    if (origin.file)
        where.push(`in ${repoPath(dir, origin.file)}`);
    if (origin.phase === 'teardown')
        where.push('(while destroying test resources)');
    if (origin.phase === 'validate')
        where.push(`(validate ${dir})`);
    const extras = snippetExtras(d);
    const lines = [d.detail.trim(), ...(extras.length > 0 ? ['', ...extras] : [])];
    if (d.address)
        lines.push(`Resource: ${d.address}`);
    if (where.length > 0)
        lines.push(`${lines.length > 0 ? '\n' : ''}${where.join(' ')}`);
    const a = {
        level: d.severity === 'warning' ? 'warning' : 'error',
        title: d.summary || (d.severity === 'warning' ? 'Warning' : 'Error'),
        message: lines.join('\n').trim() || d.summary,
        // Assertion failures first, then other errors; within GitHub's cap these matter most.
        rank: d.summary === 'Test assertion failed' ? 3 : d.severity === 'error' ? 2 : 0,
    };
    const range = d.range;
    if (range && !isPseudoFile(range.filename)) {
        a.file = repoPath(dir, range.filename);
        a.startLine = Math.max(1, range.start.line);
        a.endLine = Math.max(a.startLine, range.end.line);
        if (range.start.line === range.end.line && range.start.column > 0) {
            a.startColumn = range.start.column;
            // terraform's end column is exclusive; GitHub's is inclusive.
            a.endColumn = Math.max(range.start.column, range.end.column - 1);
        }
    }
    return a;
}
/** `<value for var.x>`, `<input-variable>` and friends: text, not a file in the repository. */
function isPseudoFile(name) {
    return name === '' || name.startsWith('<');
}

;// CONCATENATED MODULE: ./actions/terraform-test/src/binary.ts



const findOnPath = (name, env) => {
    const exts = process.platform === 'win32' ? ['', ...(env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';')] : [''];
    const candidates = (0,external_node_path_.isAbsolute)(name) || name.includes('/') || name.includes('\\')
        ? [name]
        : (env.PATH ?? env.Path ?? '')
            .split(external_node_path_.delimiter)
            .filter(Boolean)
            .map((d) => (0,external_node_path_.join)(d, name));
    for (const base of candidates) {
        for (const ext of exts) {
            const file = base + ext;
            try {
                if (!(0,external_node_fs_.statSync)(file).isFile())
                    continue;
                if (process.platform !== 'win32')
                    (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.X_OK);
                return file;
            }
            catch {
                // not there or not executable: try the next one
            }
        }
    }
    return undefined;
};
const SETUP_HINT = 'Install one first, e.g. with `uses: hashicorp/setup-terraform@<sha>` (with terraform_wrapper: false) or `uses: opentofu/setup-opentofu@<sha>` (with tofu_wrapper: false), or set the `binary` input to its path.';
/**
 * `binary` input: `terraform`, `tofu` or a path. Without it, terraform wins over tofu when both
 * are on PATH, as most workflows that install tofu do not also install terraform.
 */
function resolveBinary(input, env, lookup = findOnPath) {
    if (input !== undefined) {
        const path = lookup(input, env);
        if (!path) {
            throw new src/* ConfigurationError */.j1(`Input 'binary' is '${input}', but no such executable was found${input.includes('/') ? '' : ' on PATH'}.`, {
                hint: SETUP_HINT,
            });
        }
        return { path, tool: toolOf(input) };
    }
    for (const name of ['terraform', 'tofu']) {
        const path = lookup(name, env);
        if (path)
            return { path, tool: name };
    }
    throw new src/* ConfigurationError */.j1('Neither terraform nor tofu was found on PATH.', {
        hint: SETUP_HINT,
    });
}
function toolOf(name) {
    return /tofu/i.test((0,external_node_path_.basename)(name)) ? 'tofu' : 'terraform';
}
/** `terraform version -json` (1.x) / `tofu version -json`; text as a fallback. */
async function detectVersion(runner, bin, cwd, env) {
    const result = await runner.run(bin.path, ['version', '-json'], { cwd, env });
    let version;
    let tool = bin.tool;
    try {
        const doc = JSON.parse(result.stdout);
        const v = doc.tofu_version ?? doc.terraform_version;
        if (typeof v === 'string')
            version = v;
        if (typeof doc.tofu_version === 'string')
            tool = 'tofu';
    }
    catch {
        const m = /(Terraform|OpenTofu) v?(\d+\.\d+\.\d+[^\s]*)/.exec(`${result.stdout}\n${result.stderr}`);
        if (m) {
            version = m[2];
            tool = m[1] === 'OpenTofu' ? 'tofu' : 'terraform';
        }
    }
    return { tool, version };
}
function capabilities(v) {
    if (v.tool === 'tofu' || v.version === undefined)
        return { junitXml: false, parallelism: false };
    return { junitXml: atLeast(v.version, 1, 11), parallelism: atLeast(v.version, 1, 12) };
}
/** True when `version` ≥ major.minor; pre-releases of that minor count (1.11.0-alpha has the flag). */
function atLeast(version, major, minor) {
    const m = /^v?(\d+)\.(\d+)/.exec(version);
    if (!m)
        return false;
    const [maj, min] = [Number(m[1]), Number(m[2])];
    return maj > major || (maj === major && min >= minor);
}

;// CONCATENATED MODULE: ./actions/terraform-test/src/changed-files.ts
/** GitHub's list-pull-request-files endpoint stops at 3,000 files. */
const API_FILE_CAP = 3000;
/**
 * The files a pull request touches (both names of a rename), or undefined when the list is
 * incomplete: then every module must be tested, never fewer.
 */
async function listPullRequestFiles(client, ctx) {
    if (ctx.pullRequestNumber === undefined)
        return undefined;
    const files = await client.paginate(client.rest.pulls.listFiles, {
        owner: ctx.owner,
        repo: ctx.repo,
        pull_number: ctx.pullRequestNumber,
        per_page: 100,
    });
    if (files.length >= API_FILE_CAP)
        return undefined;
    return files.flatMap((f) => f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./actions/terraform-test/src/command-runner.ts



const STDERR_KEEP = 64 * 1024;
/** Splits a byte stream into lines without breaking UTF-8 sequences across chunks. */
class LineSplitter {
    onLine;
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    rest = '';
    constructor(onLine) {
        this.onLine = onLine;
    }
    write(chunk) {
        const text = this.rest + (typeof chunk === 'string' ? chunk : this.decoder.write(chunk));
        let start = 0;
        for (let nl = text.indexOf('\n', start); nl !== -1; nl = text.indexOf('\n', start)) {
            this.onLine(text.slice(start, nl));
            start = nl + 1;
        }
        this.rest = text.slice(start);
    }
    end() {
        const text = this.rest + this.decoder.end();
        this.rest = '';
        if (text !== '')
            this.onLine(text);
    }
}
/** The real runner: node:child_process spawn, stdout streamed line by line. */
function spawnRunner() {
    return {
        run(command, args, options) {
            return new Promise((resolve, reject) => {
                const child = (0,external_node_child_process_.spawn)(command, [...args], {
                    cwd: options.cwd,
                    env: options.env,
                    shell: false,
                    windowsHide: true,
                    stdio: ['ignore', 'pipe', 'pipe'],
                });
                const chunks = [];
                let stderr = '';
                const out = options.onStdoutLine ? new LineSplitter(options.onStdoutLine) : undefined;
                const err = new LineSplitter((line) => {
                    stderr = (stderr + line + '\n').slice(-STDERR_KEEP);
                    options.onStderrLine?.(line);
                });
                child.stdout.on('data', (chunk) => (out ? out.write(chunk) : chunks.push(chunk)));
                child.stderr.on('data', (chunk) => err.write(chunk));
                // ENOENT / EACCES: the binary vanished or is not executable; the user can fix that.
                child.on('error', (error) => reject(new src/* ConfigurationError */.j1(`Could not start ${command}: ${error.message}`, {
                    hint: 'Check the binary input and that the file is executable.',
                })));
                child.on('close', (code, signal) => {
                    out?.end();
                    err.end();
                    resolve({
                        exitCode: code ?? (signal ? 128 + signalNumber(signal) : 1),
                        stdout: out ? '' : Buffer.concat(chunks).toString('utf8'),
                        stderr,
                    });
                });
            });
        },
    };
}
function signalNumber(signal) {
    return { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 }[signal] ?? 1;
}

;// CONCATENATED MODULE: ./actions/terraform-test/src/inputs.ts

/** Input names, shared by inputs.ts, action.yml, README and tests. */
const Inputs = {
    workingDirectory: 'working-directory',
    discover: 'discover',
    changedOnly: 'changed-only',
    testDirectory: 'test-directory',
    filter: 'filter',
    var: 'var',
    varFile: 'var-file',
    binary: 'binary',
    init: 'init',
    validate: 'validate',
    initArgs: 'init-args',
    parallelism: 'parallelism',
    failOnNoTests: 'fail-on-no-tests',
    junitOutput: 'junit-output',
    sarifOutput: 'sarif-output',
};
const DEFAULT_TEST_DIRECTORY = 'tests';
function readInputs(p) {
    const workingDirectories = p.multiline(Inputs.workingDirectory);
    const testDirectory = p
        .withDefault(Inputs.testDirectory, DEFAULT_TEST_DIRECTORY)
        .replace(/\\/g, '/')
        .replace(/\/+$/, '');
    if (testDirectory.startsWith('/') || testDirectory.split('/').includes('..')) {
        throw new src/* ConfigurationError */.j1(`Input '${Inputs.testDirectory}' must be a path below the module directory, got '${testDirectory}'.`, {
            hint: 'terraform rejects absolute and ".." test directories; use e.g. "tests" or "tests/unit".',
        });
    }
    const vars = p.multiline(Inputs.var).map((item) => {
        const eq = item.indexOf('=');
        if (eq <= 0) {
            throw new src/* ConfigurationError */.j1(`Input '${Inputs.var}' expects one NAME=VALUE per line, got '${item.slice(0, 40)}'.`);
        }
        return { name: item.slice(0, eq).trim(), value: item.slice(eq + 1) };
    });
    return {
        workingDirectories: workingDirectories.length > 0 ? workingDirectories : ['.'],
        discover: p.boolean(Inputs.discover, false),
        changedOnly: p.boolean(Inputs.changedOnly, false),
        testDirectory,
        filters: p.multiline(Inputs.filter),
        vars,
        varFiles: p.multiline(Inputs.varFile),
        binary: p.string(Inputs.binary),
        init: p.boolean(Inputs.init, true),
        validate: p.boolean(Inputs.validate, true),
        initArgs: (p.string(Inputs.initArgs) ?? '').split(/\s+/).filter((a) => a !== ''),
        parallelism: p.integer(Inputs.parallelism, { min: 1, max: 1000 }),
        failOnNoTests: p.boolean(Inputs.failOnNoTests, true),
        junitOutput: p.string(Inputs.junitOutput),
        sarifOutput: p.string(Inputs.sarifOutput),
        reporting: (0,src/* readReportingInputs */.yu)(p),
    };
}

;// CONCATENATED MODULE: ./actions/terraform-test/src/junit.ts


/**
 * JUnit XML in the shape terraform ≥ 1.11 writes with `-junit-xml` (internal/command/junit):
 * one <testsuite> per test file, one <testcase> per run block, the same messages and CDATA
 * bodies, so CI tools see the same report whichever wrote it. Used for OpenTofu, older
 * terraform, and whenever terraform did not write its own file (config errors, crashes).
 */
function junitForModule(m, options) {
    const suites = [];
    const prefix = (file) => (options.prefixModule ? repoPath(m.dir, file) : file);
    const stepError = m.init && !m.init.ok
        ? ['init', m.init]
        : m.validate && !m.validate.ok
            ? ['validate', m.validate]
            : undefined;
    if (stepError) {
        // A module that never reached `test` still shows up as a failing suite, not as nothing.
        const [step, outcome] = stepError;
        const body = outcome.diagnostics.length > 0
            ? diagnosticsText(outcome.diagnostics)
            : `\n${outcome.outputTail.join('\n')}\n`;
        const name = options.prefixModule ? m.dir : '.';
        suites.push(`  <testsuite name="${attr(name)}" tests="1" skipped="0" failures="0" errors="1">\n` +
            `    <testcase name="${attr(`${m.tool} ${step}`)}" classname="${attr(name)}">\n` +
            `      <error message="${attr(`${m.tool} ${step} failed (exit code ${outcome.exitCode})`)}">${cdata(body)}</error>\n` +
            `    </testcase>\n  </testsuite>`);
    }
    for (const file of m.test?.stream.files ?? [])
        suites.push(suiteXml(m, file, prefix(file.path), m.test.stream.interrupted));
    return suites;
}
function junitDocument(suites) {
    return `<?xml version="1.0" encoding="UTF-8"?><testsuites>\n${suites.map((s) => `${s}\n`).join('')}</testsuites>`;
}
function suiteXml(m, file, name, interrupted) {
    const skipped = file.runs.filter((r) => r.status === 'skip').length;
    const failures = file.runs.filter((r) => r.status === 'fail').length;
    // terraform's own file shows nothing of a failed destroy; here it is a failing testcase, so
    // JUnit consumers fail the build as the action does.
    const cleanup = cleanupCase(m, file, name);
    const errors = file.runs.filter((r) => r.status === 'error').length + (cleanup ? 1 : 0);
    const tests = file.runs.length + (cleanup ? 1 : 0);
    const lines = [
        `  <testsuite name="${attr(name)}" tests="${tests}" skipped="${skipped}" failures="${failures}" errors="${errors}">`,
    ];
    const fileErrors = file.diagnostics.filter((d) => d.severity === 'error' && !file.teardownDiagnostics.includes(d));
    let previousError;
    for (const run of file.runs) {
        lines.push(...caseXml(m, run, name, { interrupted, previousError, fileErrors: fileErrors.length > 0 }));
        if (run.status === 'error' && previousError === undefined)
            previousError = run.name;
    }
    if (cleanup)
        lines.push(...cleanup);
    if (fileErrors.length > 0 && file.runs.some((r) => r.status === 'skip')) {
        lines.push(`    <system-err>${cdata(diagnosticsText(fileErrors))}</system-err>`);
    }
    lines.push('  </testsuite>');
    return lines.join('\n');
}
function cleanupCase(m, file, classname) {
    if (file.teardownDiagnostics.length === 0 && file.leftovers.length === 0)
        return undefined;
    const tool = m.tool === 'tofu' ? 'OpenTofu' : 'Terraform';
    const list = file.leftovers.map((r) => `  - ${r.address}${r.deposedKey ? ` (${r.deposedKey})` : ''}${r.id ? ` [id: ${r.id}]` : ''}`);
    const message = file.leftovers.length > 0
        ? `${tool} left ${file.leftovers.length} resource(s) in state: ${file.leftovers.map((r) => r.address).join(', ')}`
        : `${tool} failed to destroy the test resources`;
    const body = [
        file.teardownDiagnostics.length > 0 ? diagnosticsText(file.teardownDiagnostics) : '',
        list.length > 0 ? `\nThey need to be cleaned up manually:\n${list.join('\n')}\n` : '',
    ].join('');
    return [
        `    <testcase name="(destroy test resources)" classname="${attr(classname)}">`,
        `      <error message="${attr(message)}">${cdata(body)}</error>`,
        '    </testcase>',
    ];
}
function caseXml(m, run, classname, ctx) {
    let open = `    <testcase name="${attr(run.name)}" classname="${attr(classname)}"`;
    if (run.durationMs !== undefined && run.status !== 'skip' && run.status !== 'pending')
        open += ` time="${run.durationMs / 1000}"`;
    if (run.startedAt !== undefined && run.status !== 'skip' && run.status !== 'pending')
        open += ` timestamp="${run.startedAt.replace(/\.\d+(?=Z|[+-])/, '')}"`;
    open += '>';
    const children = [];
    if (run.status === 'skip') {
        if (ctx.interrupted) {
            children.push(`<skipped message="Testcase skipped due to an interrupt">${cdata(`${m.tool === 'tofu' ? 'OpenTofu' : 'Terraform'} received an interrupt and stopped gracefully. This caused all remaining testcases to be skipped`)}</skipped>`);
        }
        else if (ctx.previousError !== undefined) {
            children.push(`<skipped message="Testcase skipped due to a previous testcase error">${cdata(`Previous testcase "${ctx.previousError}" ended in error, which caused the remaining tests in the file to be skipped`)}</skipped>`);
        }
        else if (ctx.fileErrors) {
            children.push('<skipped message="Testcase skipped due to file-level errors"></skipped>');
        }
        else {
            children.push('<skipped></skipped>');
        }
    }
    else if (run.status === 'fail') {
        const failed = run.diagnostics.filter((d) => d.severity === 'error' && d.summary === 'Test assertion failed');
        const shown = failed.length > 0 ? failed : run.diagnostics.filter((d) => d.severity === 'error');
        const total = blockOf(m, run)?.asserts;
        const n = failed.length;
        const first = shown[0]?.detail ?? 'the run failed';
        const message = failed.length === 0
            ? first
            : `${n} of ${total !== undefined && total >= n ? total : n} assertions failed${n > 1 ? ', including' : ''}: ${first}`;
        children.push(`<failure message="${attr(message)}">${shown.length > 0 ? cdata(diagnosticsText(shown)) : ''}</failure>`);
        const rest = run.diagnostics.filter((d) => !shown.includes(d));
        if (rest.length > 0)
            children.push(`<system-err>${cdata(diagnosticsText(rest))}</system-err>`);
    }
    else if (run.status === 'error') {
        const errors = run.diagnostics.filter((d) => d.severity === 'error');
        children.push(`<error message="Encountered an error">${errors.length > 0 ? cdata(diagnosticsText(errors)) : ''}</error>`);
        const warnings = run.diagnostics.filter((d) => d.severity !== 'error');
        if (warnings.length > 0)
            children.push(`<system-err>${cdata(diagnosticsText(warnings))}</system-err>`);
    }
    else if (run.diagnostics.length > 0) {
        children.push(`<system-err>${cdata(diagnosticsText(run.diagnostics))}</system-err>`);
    }
    if (children.length === 0)
        return [`${open}</testcase>`];
    return [open, ...children.map((c) => `      ${c}`), '    </testcase>'];
}
const JUNIT_WIDTH = 80;
function diagnosticsText(diags) {
    // terraform's JUnit writer renders diagnostics 80 columns wide.
    return `${diags.map((d) => renderDiagnostic(d, JUNIT_WIDTH).join('\n')).join('\n')}\n`;
}
/** Attribute text escaped the way Go's xml.EscapeText does (terraform's writer). */
function attr(text) {
    return text.replace(/[&<>"'\t\n\r]/g, (c) => ESC[c]).replace(INVALID_XML, '\uFFFD');
}
const ESC = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&#34;',
    "'": '&#39;',
    '\t': '&#x9;',
    '\n': '&#xA;',
    '\r': '&#xD;',
};
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** CDATA that survives `]]>` and control characters in diagnostic text. */
function cdata(text) {
    return `<![CDATA[${text.replace(INVALID_XML, '\uFFFD').split(']]>').join(']]]]><![CDATA[>')}]]>`;
}
/**
 * The <testsuite> elements of a file terraform wrote with -junit-xml. With several modules their
 * suite names (test file paths relative to each module) would collide, so names and classnames
 * get the module directory in front.
 */
function terraformJunitSuites(xml, dir) {
    if (!xml.includes('<testsuites'))
        return undefined;
    if (/<testsuites\s*\/>/.test(xml))
        return [];
    const suites = xml.match(/ *<testsuite\b[\s\S]*?<\/testsuite>/g);
    if (!suites)
        return xml.includes('<testsuite') ? undefined : [];
    if (dir === undefined || dir === '.')
        return suites;
    const prefix = attr(`${dir}/`);
    return suites.map((s) => s
        .replace(/(<testsuite\b[^>]*?\sname=")/, `$1${prefix}`)
        .replace(/(<testcase\b[^>]*?\sclassname=")/g, `$1${prefix}`));
}

;// CONCATENATED MODULE: ./actions/terraform-test/src/sarif.ts



const RULES = [
    {
        id: 'terraform-test/assertion-failed',
        name: 'TestAssertionFailed',
        short: 'A run block assertion evaluated to false',
        full: 'An `assert` condition in a terraform test file was false; its error_message explains the expectation.',
        level: 'error',
    },
    {
        id: 'terraform-test/missing-expected-failure',
        name: 'MissingExpectedFailure',
        short: 'A checkable object listed in expect_failures did not fail',
        full: 'The run listed an object in `expect_failures`, but it passed its validation or condition.',
        level: 'error',
    },
    {
        id: 'terraform-test/run-error',
        name: 'TestRunError',
        short: 'A run block could not be executed',
        full: 'Planning, applying or evaluating the run failed with an error other than a failed assertion.',
        level: 'error',
    },
];
/**
 * SARIF 2.1.0 with failed assertions (and run errors) as results at the condition's location,
 * so code scanning shows them on the test file. Only located diagnostics become results:
 * code scanning rejects results without a physical location.
 */
function testSarif(modules, toolVersion, tool) {
    const results = [];
    for (const m of modules) {
        for (const f of m.test?.stream.files ?? []) {
            for (const r of f.runs) {
                if (r.status !== 'fail' && r.status !== 'error')
                    continue;
                for (const d of r.diagnostics) {
                    if (d.severity !== 'error' || !d.range || isPseudoFile(d.range.filename))
                        continue;
                    results.push(result(m.dir, d, f.path, r.name));
                }
            }
        }
    }
    const name = tool === 'tofu' ? 'tofu test' : 'terraform test';
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name,
                        ...(toolVersion ? { version: toolVersion } : {}),
                        informationUri: tool === 'tofu'
                            ? 'https://opentofu.org/docs/cli/commands/test/'
                            : 'https://developer.hashicorp.com/terraform/cli/commands/test',
                        rules: RULES.map((r) => ({
                            id: r.id,
                            name: r.name,
                            shortDescription: { text: r.short },
                            fullDescription: { text: r.full },
                            defaultConfiguration: { level: r.level },
                            properties: { tags: ['terraform', 'test'] },
                        })),
                    },
                },
                results,
            },
        ],
    };
}
function ruleFor(d) {
    if (d.summary === 'Test assertion failed')
        return RULES[0];
    if (d.summary === 'Missing expected failure')
        return RULES[1];
    return RULES[2];
}
function result(dir, d, file, run) {
    const rule = ruleFor(d);
    const range = d.range;
    const extras = snippetExtras(d);
    const text = [
        `${d.summary}: ${d.detail.trim() || d.summary}`,
        ...extras,
        `(run "${run}" in ${repoPath(dir, file)})`,
    ].join('\n');
    const region = {
        startLine: Math.max(1, range.start.line),
        startColumn: Math.max(1, range.start.column),
        endLine: Math.max(1, range.end.line),
        endColumn: Math.max(1, range.end.column),
    };
    if (d.snippet?.code)
        region.snippet = { text: d.snippet.code };
    return {
        ruleId: rule.id,
        ruleIndex: RULES.indexOf(rule),
        level: rule.level,
        message: { text },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: {
                        uri: encodeURI(repoPath(dir, range.filename)),
                        uriBaseId: '%SRCROOT%',
                    },
                    region,
                },
            },
        ],
        partialFingerprints: {
            'terraformTest/v1': `${repoPath(dir, file)}:${run}:${d.summary}:${range.start.line}`,
        },
        properties: { run, testFile: repoPath(dir, file) },
    };
}

;// CONCATENATED MODULE: ./actions/terraform-test/src/reports.ts




/**
 * The JUnit report: terraform's own file for modules where it wrote one (≥ 1.11), our
 * equivalent for the rest, merged into one <testsuites>.
 */
function buildJunit(modules) {
    const several = modules.length > 1;
    const suites = [];
    let fromTerraform = 0;
    for (const m of modules) {
        // terraform's file says nothing about a failed destroy; ours does, so ours wins then.
        const cleanupFailed = m.test?.stream.files.some((f) => f.teardownDiagnostics.length > 0 || f.leftovers.length > 0) ?? false;
        const own = m.test?.junitFile && !cleanupFailed
            ? terraformJunitSuites((0,external_node_fs_.readFileSync)(m.test.junitFile, 'utf8'), several ? m.dir : undefined)
            : undefined;
        if (own !== undefined) {
            fromTerraform++;
            suites.push(...own);
        }
        else {
            suites.push(...junitForModule(m, { prefixModule: several }));
        }
    }
    // A single module whose file terraform wrote is passed through byte for byte.
    if (modules.length === 1 && fromTerraform === 1)
        return { xml: (0,external_node_fs_.readFileSync)(modules[0].test.junitFile, 'utf8'), fromTerraform };
    return { xml: junitDocument(suites), fromTerraform };
}
function writeText(workspace, path, text) {
    const abs = (0,external_node_path_.resolve)(workspace, path);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(abs), { recursive: true });
    (0,external_node_fs_.writeFileSync)(abs, text);
    return abs;
}
function writeSarif(workspace, path, modules) {
    const tool = modules[0]?.tool ?? 'terraform';
    return writeText(workspace, path, `${JSON.stringify(testSarif(modules, modules[0]?.version, tool), null, 2)}\n`);
}
/** The leftover list as JSON, for a cleanup step or a human with the AWS console open. */
function writeLeftovers(workDir, modules) {
    const items = modules.flatMap((m) => m.leftovers.map((r) => ({ module: m.dir, ...r })));
    if (items.length === 0)
        return undefined;
    const path = (0,external_node_path_.join)(workDir, 'leftover-resources.json');
    (0,external_node_fs_.mkdirSync)(workDir, { recursive: true });
    (0,external_node_fs_.writeFileSync)(path, `${JSON.stringify({
        note: 'Resources created by terraform test that were not destroyed. Delete them manually.',
        resources: items.map((r) => ({
            module: r.module,
            file: r.file,
            run: r.run ?? null,
            address: r.address,
            id: r.id ?? null,
            deposed_key: r.deposedKey ?? null,
            reason: r.reason,
        })),
    }, null, 2)}\n`);
    return path;
}

;// CONCATENATED MODULE: ./actions/terraform-test/src/summary.ts


const STATUS_ICON = {
    pass: '✅ pass',
    fail: '❌ fail',
    error: '💥 error',
    skip: '⏭️ skip',
    pending: '⏳ not run',
};
/** Max rows of the runs table; the rest is counted, the JUnit file has everything. */
const MAX_ROWS = 500;
const MAX_FAILURE_DETAILS = 30;
function headline(input) {
    const { totals: t, verdicts } = input;
    const failed = verdicts.filter((v) => v.status === 'fail');
    const mods = verdicts.length === 1 ? '' : ` in ${verdicts.length} modules`;
    const counts = [
        `${t.passed} passed`,
        `${t.failed} failed`,
        `${t.errored} errored`,
        `${t.skipped} skipped`,
    ].join(', ');
    if (failed.length === 0)
        return `✅ ${input.toolLabel}: ${counts}${mods}`;
    const why = failed.length === 1 ? failed[0].reasons.join('; ') : `${failed.length} modules failed`;
    return `❌ ${input.toolLabel}: ${counts}${mods} (${why})`;
}
function buildReport(input, action, category) {
    const sections = [];
    if (input.replayNote)
        sections.push({ title: 'Replayed output', markdown: `> [!NOTE]\n> ${input.replayNote}` });
    const failures = failureSection(input);
    if (failures)
        sections.push({ title: 'Failures', markdown: failures });
    const leftovers = input.modules.flatMap((m) => m.leftovers.map((r) => ({ m, r })));
    if (leftovers.length > 0)
        sections.push({
            title: 'Resources left in state',
            markdown: leftoverSection(leftovers, input),
        });
    sections.push({ title: 'Runs', markdown: runsTable(input.modules) });
    if (input.modules.length > 1 || input.verdicts.some((v) => v.status === 'fail')) {
        sections.push({ title: 'Modules', markdown: modulesTable(input) });
    }
    const report = { action, headline: headline(input), sections };
    if (category !== undefined)
        report.category = category;
    return report;
}
function runsTable(modules) {
    const rows = [
        '| File | Run | Command | Status | Duration |',
        '| --- | --- | --- | --- | ---: |',
    ];
    let shown = 0;
    let total = 0;
    for (const m of modules) {
        for (const r of allRuns(m)) {
            total++;
            if (shown >= MAX_ROWS)
                continue;
            shown++;
            const block = blockOf(m, r);
            const command = r.command ?? block?.command ?? '—';
            rows.push(`| \`${cell(repoPath(m.dir, r.file))}\` | ${cell(r.name)} | ${command} | ${STATUS_ICON[r.status]} | ${duration(r.durationMs)} |`);
        }
    }
    if (total === 0)
        return '_No run blocks were executed._';
    if (total > shown)
        rows.push('', `_${total - shown} more runs not shown; see the JUnit report._`);
    return rows.join('\n');
}
function failureSection(input) {
    const parts = [];
    let details = 0;
    for (const v of input.verdicts) {
        if (v.status !== 'fail')
            continue;
        const m = input.modules.find((x) => x.dir === v.dir);
        parts.push(`**\`${m.dir}\`**: ${v.reasons.join('; ')}.`);
        for (const step of [
            m.init && !m.init.ok ? ['init', m.init] : undefined,
            m.validate && !m.validate.ok ? ['validate', m.validate] : undefined,
        ]) {
            if (!step)
                continue;
            const [name, outcome] = step;
            const text = outcome.diagnostics.length > 0
                ? outcome.diagnostics.flatMap((d) => renderDiagnostic(d)).join('\n')
                : outcome.outputTail.join('\n');
            if (text.trim())
                parts.push(`<details><summary>${m.tool} ${name} output</summary>\n\n${fence(text.trim())}\n</details>`);
        }
        for (const d of m.test?.stream.diagnostics ?? []) {
            if (d.severity === 'error' && details++ < MAX_FAILURE_DETAILS)
                parts.push(fence(renderDiagnostic(d).join('\n').trim()));
        }
        for (const r of allRuns(m)) {
            if (r.status !== 'fail' && r.status !== 'error')
                continue;
            const errors = r.diagnostics.filter((d) => d.severity === 'error');
            if (details++ >= MAX_FAILURE_DETAILS)
                continue;
            const label = `${STATUS_ICON[r.status]} \`${cell(repoPath(m.dir, r.file))}\` run **${cell(r.name)}**`;
            parts.push(errors.length > 0
                ? `${label}\n\n${fence(errors
                    .flatMap((d) => renderDiagnostic(d))
                    .join('\n')
                    .trim())}`
                : label);
        }
        for (const f of m.test?.stream.files ?? []) {
            if (f.teardownDiagnostics.length > 0 && details++ < MAX_FAILURE_DETAILS) {
                parts.push(`While destroying the resources of \`${cell(repoPath(m.dir, f.path))}\`:\n\n${fence(f.teardownDiagnostics
                    .flatMap((d) => renderDiagnostic(d))
                    .join('\n')
                    .trim())}`);
            }
        }
        if (m.test && m.test.stream.droppedDiagnostics > 0) {
            parts.push(`_${m.test.stream.droppedDiagnostics} further diagnostics were not kept (memory cap); see the log._`);
        }
        if (m.test && m.test.stream.textLines.length > 0 && m.test.stream.summary === undefined) {
            parts.push(`Output that was not JSON:\n\n${fence(m.test.stream.textLines.slice(-40).join('\n'))}`);
        }
    }
    if (details > MAX_FAILURE_DETAILS)
        parts.push(`_${details - MAX_FAILURE_DETAILS} more failures not shown; see the annotations and the JUnit report._`);
    return parts.length > 0 ? parts.join('\n\n') : undefined;
}
function leftoverSection(items, input) {
    const rows = [
        'These objects were created by the tests and could not be destroyed. Delete them by hand (or import and destroy them):',
        '',
        '| Address | ID | Deposed key | Left by | Why |',
        '| --- | --- | --- | --- | --- |',
    ];
    for (const { m, r } of items) {
        const by = `\`${cell(repoPath(m.dir, r.file))}\`${r.run ? ` / ${cell(r.run)}` : ''}`;
        const why = r.reason === 'cleanup'
            ? 'destroy failed'
            : r.reason === 'interrupt'
                ? 'interrupted'
                : 'was being created when interrupted';
        rows.push(`| \`${cell(r.address)}\` | ${r.id ? `\`${cell(r.id)}\`` : '_not reported_'} | ${r.deposedKey ? `\`${cell(r.deposedKey)}\`` : ''} | ${by} | ${why} |`);
    }
    if (input.leftoversFile)
        rows.push('', `The same list is in \`${input.leftoversFile}\`.`);
    return rows.join('\n');
}
function modulesTable(input) {
    const rows = ['| Module | Init | Validate | Runs | Result |', '| --- | --- | --- | --- | --- |'];
    for (const v of input.verdicts) {
        const m = input.modules.find((x) => x.dir === v.dir);
        const step = (s) => (s === undefined ? '—' : s.ok ? '✅' : '❌');
        const c = countRuns(allRuns(m));
        const runs = m.test
            ? `${c.passed}/${c.passed + c.failed + c.errored + c.skipped + c.pending} passed`
            : '—';
        rows.push(`| \`${cell(m.dir)}\` | ${step(m.init)} | ${step(m.validate)} | ${runs} | ${v.status === 'pass' ? '✅ pass' : `❌ ${cell(v.reasons.join('; '))}`} |`);
    }
    return rows.join('\n');
}
function duration(ms) {
    if (ms === undefined || ms < 0)
        return '—';
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const m = Math.floor(ms / 60_000);
    return `${m}m ${Math.round((ms % 60_000) / 1000)}s`;
}
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function fence(text) {
    const ticks = text.includes('```') ? '~~~~' : '```';
    return `${ticks}\n${text}\n${ticks}`;
}

;// CONCATENATED MODULE: ./actions/terraform-test/src/modules.ts



/** Directories never searched: VCS data, provider/module caches, JS dependencies. */
const SKIP_DIRS = new Set(['.git', '.terraform', 'node_modules', '.github']);
const MAX_DIRS = 50_000;
const TEST_FILE = /\.(tftest|tofutest)\.(hcl|json)$/;
/**
 * Expands `working-directory` (directories or globs relative to the workspace) and, with
 * `discover`, replaces each matched directory by every module below it that has tests: a
 * directory with `*.tftest.hcl` / `*.tofutest.hcl` files, or the parent of a `<test-directory>`
 * holding them.
 */
function selectModules(options) {
    const { workspace } = options;
    const found = new Set();
    const unmatched = [];
    let tree;
    for (const raw of options.patterns) {
        const pattern = normalize(raw);
        let dirs;
        if (!/[*?[{]/.test(pattern)) {
            const abs = (0,external_node_path_.resolve)(workspace, pattern);
            const rel = toPosix((0,external_node_path_.relative)(workspace, abs)) || '.';
            if (rel.startsWith('..')) {
                throw new src/* ConfigurationError */.j1(`Input 'working-directory' entry '${raw}' is outside the repository (${workspace}).`);
            }
            if (!isDir(abs)) {
                throw new src/* ConfigurationError */.j1(`Input 'working-directory' entry '${raw}' does not exist or is not a directory (looked at ${abs}).`, {
                    hint: 'Paths are relative to the repository root (GITHUB_WORKSPACE).',
                });
            }
            dirs = [rel];
        }
        else {
            tree ??= walk(workspace, '.');
            const re = globToRegExp(pattern);
            dirs = tree.filter((d) => d !== '.' && re.test(d));
        }
        if (dirs.length === 0)
            unmatched.push(raw);
        for (const d of dirs) {
            if (options.discover)
                for (const m of discoverModules(workspace, d, options.testDirectory))
                    found.add(m);
            else
                found.add(d);
        }
    }
    return { modules: [...found].sort(), unmatched };
}
/** Every module at or below `dir` (relative to the workspace) that has test files. */
function discoverModules(workspace, dir, testDirectory) {
    const out = new Set();
    const testDir = normalize(testDirectory);
    for (const d of walk(workspace, dir)) {
        const entries = listFiles((0,external_node_path_.join)(workspace, d));
        if (!entries.some((f) => TEST_FILE.test(f)))
            continue;
        if (d === testDir || d.endsWith(`/${testDir}`)) {
            const parent = d === testDir ? '.' : d.slice(0, -testDir.length - 1);
            if (parent === dir || parent.startsWith(dir === '.' ? '' : `${dir}/`) || dir === '.') {
                out.add(parent);
                continue;
            }
        }
        out.add(d);
    }
    return [...out].sort();
}
/** Keeps the modules with a changed file inside them. */
function filterChanged(modules, changedFiles) {
    const files = changedFiles.map(normalize);
    return modules.filter((m) => m === '.' ? files.length > 0 : files.some((f) => f === m || f.startsWith(`${m}/`)));
}
/** Relative directory paths (POSIX) under `dir`, including `dir` itself, breadth-first. */
function walk(workspace, dir) {
    const out = [];
    const queue = [dir];
    while (queue.length > 0 && out.length < MAX_DIRS) {
        const d = queue.shift();
        out.push(d);
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(workspace, d), { withFileTypes: true });
        }
        catch {
            continue;
        }
        for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
            if (e.isDirectory() && !SKIP_DIRS.has(e.name))
                queue.push(d === '.' ? e.name : `${d}/${e.name}`);
        }
    }
    return out;
}
function listFiles(absDir) {
    try {
        return (0,external_node_fs_.readdirSync)(absDir, { withFileTypes: true })
            .filter((e) => e.isFile())
            .map((e) => e.name);
    }
    catch {
        return [];
    }
}
/** Test files of a module as terraform finds them: in the root and in the test directory. */
function testFilesOf(absModule, testDirectory) {
    const root = listFiles(absModule).filter((f) => TEST_FILE.test(f));
    const tests = listFiles(join(absModule, testDirectory))
        .filter((f) => TEST_FILE.test(f))
        .map((f) => posix.join(normalize(testDirectory), f));
    return [...root, ...tests].sort();
}
function isDir(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
function normalize(p) {
    const s = toPosix(p.trim())
        .replace(/^\.\/+/, '')
        .replace(/\/+$/, '');
    return s === '' ? '.' : s;
}
function toPosix(p) {
    return p.split(external_node_path_.sep).join('/').replace(/\\/g, '/');
}
/** `*` within a segment, `**` across segments, `?`, `{a,b}` and `[...]`; matched against whole paths. */
function globToRegExp(glob) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*') {
            if (glob[i + 1] === '*') {
                const slash = glob[i + 2] === '/';
                re += slash ? '(?:.*/)?' : '.*';
                i += slash ? 2 : 1;
            }
            else
                re += '[^/]*';
        }
        else if (c === '?')
            re += '[^/]';
        else if (c === '{') {
            const end = glob.indexOf('}', i);
            if (end === -1)
                re += '\\{';
            else {
                re += `(?:${glob
                    .slice(i + 1, end)
                    .split(',')
                    .map(modules_escape)
                    .join('|')})`;
                i = end;
            }
        }
        else if (c === '[') {
            const end = glob.indexOf(']', i);
            if (end === -1)
                re += '\\[';
            else {
                re += `[${glob
                    .slice(i + 1, end)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\')}]`;
                i = end;
            }
        }
        else
            re += modules_escape(c);
    }
    return new RegExp(`^${re}$`);
}
function modules_escape(s) {
    return s.replace(/[.+^$()|\\/]/g, '\\$&');
}

;// CONCATENATED MODULE: ./actions/terraform-test/src/progress-log.ts

/** A run still planning/applying is reported again after this long, so CI logs show life. */
const HEARTBEAT_MS = 30_000;
/**
 * Writes the live log of one module's test stream: terraform's own progress lines, one log group
 * per test file (a new group opens when the stream moves to another file, which also covers
 * OpenTofu printing each file once it finished), diagnostics in terraform's plain layout.
 */
class ProgressLog {
    logger;
    moduleLabel;
    openFile;
    tool = 'terraform';
    heartbeats = new Map();
    constructor(logger, 
    /** Prefix for group titles when several modules run, e.g. `modules/vpc`. */
    moduleLabel) {
        this.logger = logger;
        this.moduleLabel = moduleLabel;
    }
    write(event) {
        switch (event.kind) {
            case 'version':
                this.tool = event.tool;
                this.logger.info(`${event.tool === 'tofu' ? 'OpenTofu' : 'Terraform'} ${event.version}`);
                return;
            case 'abstract':
                this.logger.info(event.message);
                return;
            case 'file':
                this.enter(event.path);
                this.logger.info(fileLine(event.path, event.progress, event.status));
                return;
            case 'run':
                this.enter(event.file);
                if (event.progress === 'complete' && event.status)
                    this.logger.info(runLine(event.run, event.status));
                else if (event.progress === 'running' && event.elapsedMs !== undefined)
                    this.heartbeat(event.file, event.run, event.elapsedMs);
                return;
            case 'diagnostic':
                if (event.file !== undefined)
                    this.enter(event.file);
                else
                    this.leave();
                this.logger.info(renderDiagnostic(event.diagnostic).join('\n'));
                return;
            case 'cleanup':
                this.enter(event.file);
                this.logger.info(leftoverText(this.tool, event.file, event.run, event.resources).join('\n'));
                return;
            case 'interrupt':
                if (event.resources.length > 0) {
                    this.logger.info([
                        `${this.toolName()} was interrupted while executing ${event.file ?? 'the tests'}, and may not have performed the expected cleanup operations:`,
                        ...event.resources.map(bullet),
                    ].join('\n'));
                }
                return;
            case 'summary':
                this.leave();
                this.logger.info('');
                this.logger.info(conclusionLine(event.summary));
                return;
            case 'log':
                this.logger.info(event.message.replace(/\n+$/, ''));
                return;
            case 'text':
                this.logger.info(event.line);
                return;
            case 'verbose':
            case 'ignored':
                return;
        }
    }
    /** Closes the open group (end of stream). */
    finish() {
        this.leave();
    }
    heartbeat(file, run, elapsedMs) {
        const key = `${file}\u0000${run}`;
        const last = this.heartbeats.get(key) ?? 0;
        if (elapsedMs - last < HEARTBEAT_MS)
            return;
        this.heartbeats.set(key, elapsedMs);
        this.logger.info(`  run "${run}"... still running (${Math.round(elapsedMs / 1000)}s)`);
    }
    enter(file) {
        if (this.openFile === file)
            return;
        this.leave();
        this.openFile = file;
        this.logger.startGroup(this.moduleLabel ? `${this.moduleLabel}: ${file}` : file);
    }
    leave() {
        if (this.openFile === undefined)
            return;
        this.openFile = undefined;
        this.logger.endGroup();
    }
    toolName() {
        return this.tool === 'tofu' ? 'OpenTofu' : 'Terraform';
    }
}
function leftoverText(tool, file, run, resources) {
    const where = run === undefined ? file : `${file}/${run}`;
    // Worded and wrapped as terraform's human view prints it.
    return [
        ...wrap(`${tool === 'tofu' ? 'OpenTofu' : 'Terraform'} left the following resources in state after executing ${where}, and they need to be cleaned up manually:`, 77),
        ...resources.map(bullet),
    ];
}
function bullet(r) {
    const deposed = r.deposedKey ? ` (${r.deposedKey})` : '';
    const id = r.id ? ` [id: ${r.id}]` : '';
    return `  - ${r.address}${deposed}${id}`;
}

;// CONCATENATED MODULE: ./actions/terraform-test/src/state-ids.ts
/**
 * address -> remote ID from a state file (format v4), e.g. OpenTofu's `errored_test.tfstate`
 * written when a test's destroy failed. Terraform's stream names leftovers only by address.
 */
function idsFromState(text) {
    const ids = new Map();
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        return ids;
    }
    if (!isRecord(doc) || !Array.isArray(doc.resources))
        return ids;
    for (const r of doc.resources) {
        if (!isRecord(r) || typeof r.type !== 'string' || typeof r.name !== 'string')
            continue;
        const base = `${typeof r.module === 'string' ? `${r.module}.` : ''}${r.mode === 'data' ? 'data.' : ''}${r.type}.${r.name}`;
        for (const inst of Array.isArray(r.instances) ? r.instances : []) {
            if (!isRecord(inst))
                continue;
            const key = inst.index_key;
            const address = typeof key === 'string'
                ? `${base}[${JSON.stringify(key)}]`
                : typeof key === 'number'
                    ? `${base}[${key}]`
                    : base;
            const attrs = isRecord(inst.attributes) ? inst.attributes : {};
            const id = typeof attrs.id === 'string'
                ? attrs.id
                : typeof attrs.arn === 'string'
                    ? attrs.arn
                    : undefined;
            if (id !== undefined)
                ids.set(address, id);
        }
    }
    return ids;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./actions/terraform-test/src/model.ts
const STATUS_ORDER = {
    pending: 0,
    skip: 1,
    pass: 2,
    fail: 3,
    error: 4,
};
/** Terraform's precedence (pending < skip < pass < fail < error): the worst status wins. */
function mergeStatus(a, b) {
    return STATUS_ORDER[a] >= STATUS_ORDER[b] ? a : b;
}

;// CONCATENATED MODULE: ./actions/terraform-test/src/stream-parser.ts

/** Caps that keep memory bounded whatever the stream length (100k-line streams are normal). */
const MAX_TEXT_LINES = 200;
const MAX_DIAGNOSTICS_PER_OWNER = 200;
const MAX_DIAGNOSTICS_TOTAL = 5_000;
const MAX_IDS = 10_000;
const STATUSES = new Set(['pending', 'skip', 'pass', 'fail', 'error']);
/**
 * Incremental parser of `terraform test -json` / `tofu test -json`: feed it lines as they
 * arrive, get back one event per line for the live log, and `result()` at the end.
 *
 * Keys on `type` and the payload, never on `@message` or key order (real streams keep Go struct
 * order in nested objects, upstream fixtures have them sorted). Unknown types and fields are
 * ignored because UI minor versions add them. OpenTofu has no `progress` (every test_file /
 * test_run message is a completion) and prints a file's runs after the file line.
 */
class TestStreamParser {
    tool;
    version;
    ui;
    files = new Map();
    summary;
    diagnostics = [];
    textLines = [];
    interrupted = false;
    lineCount = 0;
    keptDiagnostics = 0;
    droppedDiagnostics = 0;
    /** The file whose `test_cleanup` was the last event: diagnostics after it are destroy errors. */
    cleanupOf;
    /** address -> id from -verbose `test_state` messages, to name leftover objects by their ID. */
    ids = new Map();
    push(rawLine) {
        const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
        if (line.trim() === '')
            return undefined;
        this.lineCount++;
        const plan = this.skimPlan(line);
        if (plan)
            return plan;
        let msg;
        if (line.startsWith('{')) {
            try {
                msg = JSON.parse(line);
            }
            catch {
                msg = undefined;
            }
        }
        if (!stream_parser_isRecord(msg)) {
            if (this.textLines.length < MAX_TEXT_LINES)
                this.textLines.push(line);
            return { kind: 'text', line };
        }
        // OpenTofu logs some notes without a type ("Writing state to file: errored_test.tfstate").
        if (typeof msg.type !== 'string')
            return { kind: 'log', message: str(msg['@message']) ?? '' };
        const event = this.handle(msg, msg.type);
        if (event.kind !== 'diagnostic' && event.kind !== 'cleanup' && event.kind !== 'log')
            this.cleanupOf = undefined;
        return event;
    }
    handle(msg, type) {
        // Only progress messages need the time; Date.parse on every line is a measurable cost.
        const ts = type === 'test_run' || type === 'test_file' ? timestampOf(msg['@timestamp']) : undefined;
        const testFile = str(msg['@testfile']);
        const testRun = str(msg['@testrun']);
        const message = str(msg['@message']) ?? '';
        switch (type) {
            case 'version': {
                const tool = typeof msg.tofu === 'string' || msg['@module'] === 'tofu.ui' ? 'tofu' : 'terraform';
                this.tool = tool;
                this.version = str(msg.tofu) ?? str(msg.terraform);
                this.ui = str(msg.ui);
                return { kind: 'version', tool, version: this.version ?? '', ui: this.ui };
            }
            case 'test_abstract': {
                const abstract = stream_parser_isRecord(msg.test_abstract) ? msg.test_abstract : {};
                const files = {};
                for (const [path, runs] of Object.entries(abstract)) {
                    const names = Array.isArray(runs)
                        ? runs.filter((r) => typeof r === 'string')
                        : [];
                    files[path] = names;
                    const state = this.file(path);
                    for (const name of names)
                        this.run(state, name);
                }
                return { kind: 'abstract', files, message };
            }
            case 'test_file': {
                const payload = stream_parser_isRecord(msg.test_file) ? msg.test_file : {};
                const path = str(payload.path) ?? testFile ?? '';
                const status = statusOf(payload.status);
                // OpenTofu sends only {path, status}: a completion.
                const progress = oneOf(payload.progress, ['starting', 'teardown', 'complete']) ?? 'complete';
                const state = this.file(path);
                if (progress === 'starting') {
                    state.phase = 'running';
                    state.startedAt = ts;
                }
                else if (progress === 'teardown') {
                    state.phase = 'teardown';
                }
                else {
                    state.phase = 'complete';
                    if (status)
                        state.result.status = status;
                    if (ts !== undefined && state.startedAt !== undefined)
                        state.result.durationMs = ts - state.startedAt;
                }
                if (ts !== undefined)
                    state.lastAt = ts;
                return { kind: 'file', path, progress, status };
            }
            case 'test_run': {
                const payload = stream_parser_isRecord(msg.test_run) ? msg.test_run : {};
                const file = str(payload.path) ?? testFile ?? '';
                const name = str(payload.run) ?? testRun ?? '';
                const status = statusOf(payload.status);
                const progress = oneOf(payload.progress, ['starting', 'running', 'teardown', 'complete']) ??
                    'complete';
                const elapsedMs = typeof payload.elapsed === 'number' ? payload.elapsed : undefined;
                const state = this.file(file);
                const run = this.run(state, name);
                if (progress === 'starting') {
                    if (ts !== undefined)
                        state.runStarts.set(name, ts);
                    if (run.startedAt === undefined && typeof msg['@timestamp'] === 'string')
                        run.startedAt = msg['@timestamp'];
                }
                else if (progress === 'running') {
                    if (elapsedMs !== undefined)
                        state.runElapsed.set(name, elapsedMs);
                }
                else if (progress === 'complete') {
                    if (status)
                        run.status = status;
                    run.durationMs = this.duration(state, name, ts, payload.progress !== undefined);
                    state.runElapsed.delete(name);
                    if (run.startedAt === undefined && status !== 'skip' && payload.progress !== undefined) {
                        const start = state.runStarts.get(name) ?? state.lastAt;
                        if (start !== undefined)
                            run.startedAt = new Date(start).toISOString();
                    }
                    if (ts !== undefined)
                        state.lastAt = ts;
                }
                return { kind: 'run', file, run: name, progress, status, elapsedMs };
            }
            case 'test_plan':
            case 'test_state': {
                if (testFile === undefined || testRun === undefined)
                    return { kind: 'ignored', type };
                const run = this.run(this.file(testFile), testRun);
                run.command = type === 'test_plan' ? 'plan' : 'apply';
                if (type === 'test_state')
                    this.collectIds(msg.test_state);
                return {
                    kind: 'verbose',
                    file: testFile,
                    run: testRun,
                    what: type === 'test_plan' ? 'plan' : 'state',
                };
            }
            case 'diagnostic': {
                const diagnostic = toDiagnostic(msg.diagnostic);
                if (!diagnostic)
                    return { kind: 'ignored', type };
                let teardown = false;
                if (!this.keepDiagnostic())
                    return { kind: 'diagnostic', file: testFile, run: testRun, diagnostic, teardown: false };
                if (testFile === undefined) {
                    pushCapped(this.diagnostics, diagnostic);
                }
                else {
                    const state = this.file(testFile);
                    teardown = state.phase === 'teardown' || this.cleanupOf === testFile;
                    if (teardown) {
                        pushCapped(state.result.teardownDiagnostics, diagnostic);
                        pushCapped(state.result.diagnostics, diagnostic);
                    }
                    else if (testRun !== undefined) {
                        pushCapped(this.run(state, testRun).diagnostics, diagnostic);
                    }
                    else {
                        pushCapped(state.result.diagnostics, diagnostic);
                    }
                }
                return { kind: 'diagnostic', file: testFile, run: testRun, diagnostic, teardown };
            }
            case 'test_cleanup': {
                const payload = stream_parser_isRecord(msg.test_cleanup) ? msg.test_cleanup : {};
                const file = testFile ?? '';
                const resources = objects(payload.failed_resources).map((r) => this.leftover(file, testRun, str(r.instance) ?? '?', str(r.deposed_key), 'cleanup'));
                const state = this.file(file);
                for (const r of resources)
                    pushCapped(state.result.leftovers, r);
                this.cleanupOf = file;
                return { kind: 'cleanup', file, run: testRun, resources };
            }
            case 'test_interrupt': {
                this.interrupted = true;
                const payload = stream_parser_isRecord(msg.test_interrupt) ? msg.test_interrupt : {};
                const file = testFile ?? '';
                const resources = [];
                for (const r of objects(payload.state)) {
                    resources.push(this.leftover(file, undefined, str(r.instance) ?? '?', str(r.deposed_key), 'interrupt'));
                }
                if (stream_parser_isRecord(payload.states)) {
                    for (const [key, list] of Object.entries(payload.states)) {
                        for (const r of objects(list)) {
                            resources.push(this.leftover(file, key, str(r.instance) ?? '?', str(r.deposed_key), 'interrupt'));
                        }
                    }
                }
                if (Array.isArray(payload.planned)) {
                    for (const a of payload.planned) {
                        if (typeof a === 'string')
                            resources.push(this.leftover(file, testRun, a, undefined, 'planned'));
                    }
                }
                if (testFile !== undefined) {
                    const state = this.file(testFile);
                    for (const r of resources)
                        pushCapped(state.result.leftovers, r);
                }
                return { kind: 'interrupt', file: testFile, run: testRun, resources };
            }
            case 'test_summary': {
                const p = stream_parser_isRecord(msg.test_summary) ? msg.test_summary : {};
                const summary = {
                    status: statusOf(p.status) ?? 'error',
                    passed: num(p.passed),
                    failed: num(p.failed),
                    errored: num(p.errored),
                    skipped: num(p.skipped),
                };
                this.summary = summary;
                return { kind: 'summary', summary, message };
            }
            case 'log': {
                if (/Interrupt received|Two interrupts received/i.test(message))
                    this.interrupted = true;
                return { kind: 'log', message };
            }
            default:
                return { kind: 'ignored', type };
        }
    }
    /**
     * `-verbose` plan lines carry the whole plan plus provider schemas (often megabytes) and we
     * need only their file and run. hclog sorts top-level keys, so `type` comes last and the
     * `@testfile` / `@testrun` strings come before the payload: read those, skip the rest.
     */
    skimPlan(line) {
        if (line.length < 1024 || !line.endsWith('"type":"test_plan"}'))
            return undefined;
        const head = line.slice(0, 2048);
        const file = /"@testfile":("(?:[^"\\]|\\.)*")/.exec(head)?.[1];
        const run = /"@testrun":("(?:[^"\\]|\\.)*")/.exec(head)?.[1];
        if (file === undefined || run === undefined)
            return undefined;
        this.cleanupOf = undefined;
        const testFile = JSON.parse(file);
        const testRun = JSON.parse(run);
        this.run(this.file(testFile), testRun).command = 'plan';
        return { kind: 'verbose', file: testFile, run: testRun, what: 'plan' };
    }
    /** Keeps memory bounded on pathological streams; the drop count is reported instead. */
    keepDiagnostic() {
        if (this.keptDiagnostics < MAX_DIAGNOSTICS_TOTAL) {
            this.keptDiagnostics++;
            return true;
        }
        this.droppedDiagnostics++;
        return false;
    }
    duration(state, run, ts, hasProgress) {
        // OpenTofu prints runs after the whole file finished, so timestamps say nothing about runs.
        if (!hasProgress)
            return undefined;
        const start = state.runStarts.get(run);
        if (ts !== undefined && start !== undefined)
            return ts - start;
        // 1.6-dev logs have no `starting` line: runs are sequential, so the previous event marks the start.
        if (ts !== undefined && state.lastAt !== undefined)
            return ts - state.lastAt;
        return state.runElapsed.get(run);
    }
    file(path) {
        let state = this.files.get(path);
        if (!state) {
            state = {
                result: {
                    path,
                    status: 'pending',
                    runs: [],
                    diagnostics: [],
                    teardownDiagnostics: [],
                    leftovers: [],
                },
                runs: new Map(),
                phase: 'pending',
                startedAt: undefined,
                lastAt: undefined,
                runStarts: new Map(),
                runElapsed: new Map(),
            };
            this.files.set(path, state);
        }
        return state;
    }
    run(state, name) {
        let run = state.runs.get(name);
        if (!run) {
            run = { file: state.result.path, name, status: 'pending', diagnostics: [] };
            state.runs.set(name, run);
            state.result.runs.push(run);
        }
        return run;
    }
    leftover(file, run, address, deposedKey, reason) {
        const r = { file, address, reason };
        if (run !== undefined)
            r.run = run;
        // OpenTofu writes "" for objects that are not deposed.
        if (deposedKey)
            r.deposedKey = deposedKey;
        const id = this.ids.get(address);
        if (id !== undefined)
            r.id = id;
        return r;
    }
    collectIds(state) {
        const visit = (module, depth) => {
            if (!stream_parser_isRecord(module) || depth > 20)
                return;
            for (const r of objects(module.resources)) {
                const address = str(r.address);
                const values = stream_parser_isRecord(r.values) ? r.values : undefined;
                const id = values ? (str(values.id) ?? str(values.arn)) : undefined;
                if (address && id && (this.ids.size < MAX_IDS || this.ids.has(address)))
                    this.ids.set(address, id);
            }
            for (const child of objects(module.child_modules))
                visit(child, depth + 1);
        };
        if (stream_parser_isRecord(state))
            visit(state.root_module, 0);
    }
    result() {
        const files = [...this.files.values()].map((f) => f.result);
        for (const f of files) {
            // A file that never reported its own status (tofu crash, dev logs) takes its runs' worst.
            if (f.status === 'pending')
                f.status = f.runs.reduce((s, r) => mergeStatus(s, r.status), 'pending');
        }
        return {
            tool: this.tool,
            version: this.version,
            uiVersion: this.ui,
            files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
            summary: this.summary,
            diagnostics: this.diagnostics,
            interrupted: this.interrupted,
            textLines: this.textLines,
            lineCount: this.lineCount,
            droppedDiagnostics: this.droppedDiagnostics,
        };
    }
}
/** Parses a whole recorded stream at once (tests, CLI replays). */
function parseTestStream(text) {
    const parser = new TestStreamParser();
    for (const line of text.split('\n'))
        parser.push(line);
    return parser.result();
}
/** Validates the shape of a diagnostic object just enough to report it safely. */
function toDiagnostic(value) {
    if (!stream_parser_isRecord(value))
        return undefined;
    const d = {
        severity: value.severity === 'warning' ? 'warning' : 'error',
        summary: str(value.summary) ?? '',
        detail: str(value.detail) ?? '',
    };
    const address = str(value.address);
    if (address !== undefined)
        d.address = address;
    const range = value.range;
    if (stream_parser_isRecord(range) &&
        typeof range.filename === 'string' &&
        stream_parser_isRecord(range.start) &&
        stream_parser_isRecord(range.end)) {
        d.range = { filename: range.filename, start: pos(range.start), end: pos(range.end) };
    }
    const snippet = value.snippet;
    if (stream_parser_isRecord(snippet) && typeof snippet.code === 'string') {
        d.snippet = {
            context: typeof snippet.context === 'string' ? snippet.context : null,
            code: snippet.code,
            start_line: num(snippet.start_line),
            values: objects(snippet.values).map((v) => ({
                traversal: str(v.traversal) ?? '',
                statement: str(v.statement) ?? '',
            })),
        };
        if (typeof snippet.highlight_start_offset === 'number')
            d.snippet.highlight_start_offset = snippet.highlight_start_offset;
        if (typeof snippet.highlight_end_offset === 'number')
            d.snippet.highlight_end_offset = snippet.highlight_end_offset;
        if (stream_parser_isRecord(snippet.test_assertion_expr)) {
            const e = snippet.test_assertion_expr;
            d.snippet.test_assertion_expr = {
                lhs: str(e.lhs),
                rhs: str(e.rhs),
                warning: str(e.warning),
                show_verbose: e.show_verbose === true,
            };
        }
    }
    if (stream_parser_isRecord(value.difference))
        d.difference = { before: value.difference.before, after: value.difference.after };
    return d;
}
function timestampOf(value) {
    if (typeof value !== 'string')
        return undefined;
    const at = Date.parse(value);
    return Number.isNaN(at) ? undefined : at;
}
function pushCapped(list, item) {
    if (list.length < MAX_DIAGNOSTICS_PER_OWNER)
        list.push(item);
}
function pos(p) {
    return { line: num(p.line), column: num(p.column), byte: num(p.byte) };
}
function statusOf(value) {
    return typeof value === 'string' && STATUSES.has(value)
        ? value
        : undefined;
}
function oneOf(value, values) {
    return typeof value === 'string' && values.includes(value)
        ? value
        : undefined;
}
function stream_parser_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function objects(value) {
    return Array.isArray(value) ? value.filter(stream_parser_isRecord) : [];
}
function str(value) {
    return typeof value === 'string' ? value : undefined;
}
function num(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

;// CONCATENATED MODULE: ./actions/terraform-test/src/test-file-scan.ts
/**
 * Reads the `run` blocks of a `.tftest.hcl` / `.tofutest.hcl` (or `.tftest.json`) file. This is a
 * deliberately small scanner, not an HCL parser: comments and string contents are blanked first
 * so braces and keywords inside them cannot confuse the block matching.
 */
function scanTestFile(path, text) {
    if (path.endsWith('.json'))
        return scanJson(text);
    const clean = blank(text);
    const out = [];
    const header = /(^|[\s}])run\s+"([^"\n]*)"\s*\{/g;
    let depth = 0;
    let scanned = 0;
    for (let m = header.exec(clean); m; m = header.exec(clean)) {
        const start = m.index + m[1].length;
        depth = depthAt(clean, scanned, start, depth);
        scanned = start;
        if (depth !== 0)
            continue;
        const labelStart = clean.indexOf('"', start) + 1;
        const name = text.slice(labelStart, labelStart + m[2].length);
        const open = m.index + m[0].length - 1;
        const close = matchingBrace(clean, open);
        const body = clean.slice(open + 1, close);
        const command = /(^|\s)command\s*=\s*(plan|apply)\b/.exec(body)?.[2] === 'plan' ? 'plan' : 'apply';
        const moduleBlock = /(^|\s)module\s*\{[^}]*?(^|\s)source\s*=\s*"/m.exec(body);
        let moduleSource;
        if (moduleBlock) {
            const q = open + 1 + moduleBlock.index + moduleBlock[0].length;
            moduleSource = text.slice(q, clean.indexOf('"', q));
        }
        out.push({
            name,
            command,
            asserts: (body.match(/(^|\s)assert\s*\{/g) ?? []).length,
            expectFailures: /(^|\s)expect_failures\s*=/.test(body),
            moduleSource,
            line: text.slice(0, start).split('\n').length,
        });
        header.lastIndex = close + 1;
        depth = 0;
        scanned = close + 1;
    }
    return out;
}
function depthAt(clean, from, to, depth) {
    let d = depth;
    for (let i = from; i < to; i++) {
        if (clean[i] === '{')
            d++;
        else if (clean[i] === '}')
            d = Math.max(0, d - 1);
    }
    return d;
}
function matchingBrace(clean, open) {
    let d = 0;
    for (let i = open; i < clean.length; i++) {
        if (clean[i] === '{')
            d++;
        else if (clean[i] === '}' && --d === 0)
            return i;
    }
    return clean.length;
}
/** Replaces comment text and string contents with spaces, keeping length and newlines. */
function blank(text) {
    const out = text.split('');
    let i = 0;
    const space = (from, to) => {
        for (let k = from; k < to && k < out.length; k++)
            if (out[k] !== '\n')
                out[k] = ' ';
    };
    while (i < text.length) {
        const c = text[i];
        const next = text[i + 1];
        if (c === '#' || (c === '/' && next === '/')) {
            const end = text.indexOf('\n', i);
            const stop = end === -1 ? text.length : end;
            space(i, stop);
            i = stop;
        }
        else if (c === '/' && next === '*') {
            const end = text.indexOf('*/', i + 2);
            const stop = end === -1 ? text.length : end + 2;
            space(i, stop);
            i = stop;
        }
        else if (c === '"') {
            let j = i + 1;
            while (j < text.length && text[j] !== '"' && text[j] !== '\n')
                j += text[j] === '\\' ? 2 : 1;
            space(i + 1, j);
            i = j + 1;
        }
        else if (c === '<' && next === '<') {
            const m = /^<<-?([A-Za-z_][A-Za-z0-9_]*)\r?\n/.exec(text.slice(i, i + 80));
            if (!m) {
                i += 2;
                continue;
            }
            const terminator = new RegExp(`^\\s*${m[1]}\\s*$`, 'm');
            const rest = text.slice(i + m[0].length);
            const t = terminator.exec(rest);
            const stop = t ? i + m[0].length + t.index + t[0].length : text.length;
            space(i, stop);
            i = stop;
        }
        else {
            i++;
        }
    }
    return out.join('');
}
function scanJson(text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        return [];
    }
    if (typeof doc !== 'object' || doc === null)
        return [];
    const runs = doc.run;
    const entries = [];
    const collect = (value) => {
        if (Array.isArray(value))
            value.forEach(collect);
        else if (typeof value === 'object' && value !== null) {
            for (const [name, body] of Object.entries(value))
                entries.push([name, Array.isArray(body) ? body[0] : body]);
        }
    };
    collect(runs);
    return entries.map(([name, body]) => {
        const b = (typeof body === 'object' && body !== null ? body : {});
        const assert = b.assert;
        const mod = (Array.isArray(b.module) ? b.module[0] : b.module);
        return {
            name,
            command: b.command === 'plan' ? 'plan' : 'apply',
            asserts: Array.isArray(assert) ? assert.length : assert ? 1 : 0,
            expectFailures: Array.isArray(b.expect_failures) && b.expect_failures.length > 0,
            moduleSource: typeof mod?.source === 'string' ? mod.source : undefined,
            line: 0,
        };
    });
}

;// CONCATENATED MODULE: ./actions/terraform-test/src/terraform-test.ts









const TAIL = 60;
/** Selects the modules, then runs init → validate → test in each, one after the other. */
async function runTerraformTest(inputs, ctx, deps) {
    const { logger } = ctx;
    const binary = resolveBinary(inputs.binary, ctx.env, deps.lookup);
    const env = childEnv(ctx);
    const version = await detectVersion(deps.runner, binary, ctx.workspace, env);
    logger.info(`Using ${version.tool === 'tofu' ? 'OpenTofu' : 'Terraform'} ${version.version ?? '(unknown version)'} at ${binary.path}`);
    const selection = selectModules({
        workspace: ctx.workspace,
        patterns: inputs.workingDirectories,
        discover: inputs.discover,
        testDirectory: inputs.testDirectory,
    });
    for (const u of selection.unmatched)
        logger.warning(`working-directory pattern '${u}' matched no directory.`);
    let modules = selection.modules;
    let emptyReason = modules.length === 0 ? 'none-found' : undefined;
    if (inputs.changedOnly && modules.length > 0) {
        if (!ctx.isPullRequest) {
            logger.info('changed-only applies to pull requests; testing every selected module.');
        }
        else {
            const changed = await deps.changedFiles();
            if (changed === undefined) {
                logger.warning('changed-only: could not list the files of this pull request; testing every selected module.');
            }
            else {
                const kept = filterChanged(modules, changed);
                logger.info(`changed-only: ${kept.length} of ${modules.length} module(s) have changes (${changed.length} changed file(s)).`);
                modules = kept;
                if (modules.length === 0)
                    emptyReason = 'none-changed';
            }
        }
    }
    logger.info(`Modules: ${modules.length === 0 ? '(none)' : modules.join(', ')}`);
    (0,external_node_fs_.mkdirSync)(ctx.workDir, { recursive: true });
    const outcomes = [];
    for (const [index, dir] of modules.entries()) {
        outcomes.push(await runModule(inputs, ctx, deps.runner, binary, version, env, dir, index, modules.length > 1));
    }
    return { binary, version, modules: outcomes, emptyReason };
}
function childEnv(ctx) {
    // One provider cache for every module: each provider is downloaded once per job. Modules
    // run one after the other, which the cache needs (it is not safe for concurrent inits).
    const cache = ctx.env.TF_PLUGIN_CACHE_DIR ||
        (0,external_node_path_.join)(ctx.env.RUNNER_TEMP || ctx.workDir, 'terraform-plugin-cache');
    (0,external_node_fs_.mkdirSync)(cache, { recursive: true });
    return {
        ...ctx.env,
        TF_PLUGIN_CACHE_DIR: cache,
        TF_IN_AUTOMATION: '1',
        TF_INPUT: '0',
        CHECKPOINT_DISABLE: '1',
    };
}
async function runModule(inputs, ctx, runner, binary, version, env, dir, index, several) {
    const { logger } = ctx;
    const cwd = (0,external_node_path_.resolve)(ctx.workspace, dir);
    const tool = version.tool;
    const caps = capabilities(version);
    const outcome = {
        dir,
        tool,
        version: version.version,
        init: undefined,
        validate: undefined,
        test: undefined,
        runBlocks: {},
        leftovers: [],
    };
    const show = (args) => `$ ${tool} ${args.map((a) => (a.startsWith('-var=') ? `-var=${a.slice(5).split('=')[0]}=***` : a)).join(' ')}`;
    if (inputs.init) {
        const args = ['init', '-input=false', '-no-color', ...inputs.initArgs];
        logger.startGroup(`${tool} init (${dir})`);
        const tail = [];
        const keep = (line) => {
            logger.info(line);
            tail.push(line);
            if (tail.length > TAIL)
                tail.shift();
        };
        try {
            logger.info(show(args));
            const r = await runner.run(binary.path, args, {
                cwd,
                env,
                onStdoutLine: keep,
                onStderrLine: keep,
            });
            outcome.init = {
                exitCode: r.exitCode,
                ok: r.exitCode === 0,
                diagnostics: [],
                outputTail: tail,
            };
        }
        finally {
            logger.endGroup();
        }
        if (!outcome.init.ok) {
            logger.error(`${tool} init failed in ${dir} (exit code ${outcome.init.exitCode}).`);
            return outcome;
        }
    }
    if (inputs.validate) {
        const args = ['validate', '-json', '-no-color', `-test-directory=${inputs.testDirectory}`];
        logger.startGroup(`${tool} validate (${dir})`);
        try {
            logger.info(show(args));
            const r = await runner.run(binary.path, args, { cwd, env });
            outcome.validate = parseValidate(r.exitCode, r.stdout, r.stderr);
            for (const d of outcome.validate.diagnostics)
                logger.info(renderDiagnostic(d).join('\n'));
            logger.info(outcome.validate.ok
                ? 'Success! The configuration is valid.'
                : `${tool} validate failed (exit code ${r.exitCode}).`);
            if (!outcome.validate.ok && outcome.validate.diagnostics.length === 0)
                for (const l of outcome.validate.outputTail)
                    logger.info(l);
        }
        finally {
            logger.endGroup();
        }
        if (!outcome.validate.ok)
            return outcome;
    }
    const args = ['test', '-json', '-no-color'];
    args.push(`-test-directory=${inputs.testDirectory}`);
    for (const f of inputs.filters)
        args.push(`-filter=${f}`);
    for (const v of inputs.vars)
        args.push(`-var=${v.name}=${v.value}`);
    for (const f of inputs.varFiles)
        args.push(`-var-file=${varFilePath(f, cwd, ctx.workspace)}`);
    if (inputs.parallelism !== undefined) {
        if (caps.parallelism)
            args.push(`-parallelism=${inputs.parallelism}`);
        else
            logger.info(`parallelism is ignored: ${tool} ${version.version ?? ''} has no test -parallelism flag (terraform 1.12+).`);
    }
    let junitFile;
    if (inputs.junitOutput !== undefined && caps.junitXml) {
        junitFile = (0,external_node_path_.join)(ctx.workDir, `junit-${index}.xml`);
        (0,external_node_fs_.rmSync)(junitFile, { force: true });
        args.push(`-junit-xml=${junitFile}`);
    }
    const parser = new TestStreamParser();
    const progress = new ProgressLog(logger, several ? dir : undefined);
    logger.info(show(args));
    const feed = (line) => {
        const event = parser.push(line);
        if (event)
            progress.write(event);
    };
    let exitCode;
    try {
        const r = await runner.run(binary.path, args, {
            cwd,
            env,
            onStdoutLine: feed,
            onStderrLine: feed,
        });
        exitCode = r.exitCode;
    }
    finally {
        progress.finish();
    }
    const stream = parser.result();
    outcome.test = {
        exitCode,
        stream,
        junitFile: junitFile && (0,external_node_fs_.existsSync)(junitFile) ? junitFile : undefined,
    };
    outcome.runBlocks = readRunBlocks(cwd, stream.files.map((f) => f.path));
    outcome.leftovers = stream.files.flatMap((f) => f.leftovers);
    if (outcome.leftovers.length > 0) {
        // OpenTofu writes what it could not destroy to errored_test.tfstate: the IDs live there.
        const stateFile = (0,external_node_path_.join)(cwd, 'errored_test.tfstate');
        if ((0,external_node_fs_.existsSync)(stateFile)) {
            const ids = idsFromState((0,external_node_fs_.readFileSync)(stateFile, 'utf8'));
            for (const r of outcome.leftovers)
                r.id ??= ids.get(r.address);
        }
    }
    return outcome;
}
function varFilePath(file, cwd, workspace) {
    // terraform resolves -var-file against the module; accept repository-relative paths too.
    if ((0,external_node_path_.isAbsolute)(file) || (0,external_node_fs_.existsSync)((0,external_node_path_.join)(cwd, file)))
        return file;
    const fromRoot = (0,external_node_path_.resolve)(workspace, file);
    return (0,external_node_fs_.existsSync)(fromRoot) ? fromRoot : file;
}
function readRunBlocks(cwd, files) {
    const out = {};
    for (const f of files) {
        try {
            out[f] = scanTestFile(f, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(cwd, f), 'utf8'));
        }
        catch {
            // a file terraform named but we cannot read: no command/assert info, nothing else lost
        }
    }
    return out;
}
/** `validate -json` prints one document; some early errors are still plain text. */
function parseValidate(exitCode, stdout, stderr) {
    const tail = `${stdout}\n${stderr}`
        .split('\n')
        .filter((l) => l.trim() !== '')
        .slice(-TAIL);
    let doc;
    try {
        doc = JSON.parse(stdout);
    }
    catch {
        return { exitCode, ok: false, diagnostics: [], outputTail: tail };
    }
    const record = typeof doc === 'object' && doc !== null ? doc : {};
    const diagnostics = (Array.isArray(record.diagnostics) ? record.diagnostics : [])
        .map(toDiagnostic)
        .filter((d) => d !== undefined);
    const ok = exitCode === 0 && record.valid === true;
    return { exitCode, ok, diagnostics, outputTail: tail };
}

;// CONCATENATED MODULE: ./actions/terraform-test/src/verdict.ts

/**
 * Fails closed. Terraform's exit code is necessary but not sufficient: zero tests exit 0, an
 * all-skipped suite exits 0, a run killed before its summary says nothing, and a failed destroy
 * exits 1 with "N passed, 0 failed". Every one of those is a failure here unless the user opted
 * out of the zero-tests rule.
 */
function judgeModule(m, options) {
    const reasons = [];
    const tool = m.tool === 'tofu' ? 'tofu' : 'terraform';
    if (m.init && !m.init.ok)
        reasons.push(`${tool} init failed (exit code ${m.init.exitCode})`);
    if (m.validate && !m.validate.ok) {
        const errors = m.validate.diagnostics.filter((d) => d.severity === 'error').length;
        reasons.push(errors > 0
            ? `${tool} validate found ${errors} error${errors === 1 ? '' : 's'}`
            : `${tool} validate failed (exit code ${m.validate.exitCode})`);
    }
    if (m.test) {
        const { stream, exitCode } = m.test;
        const runs = allRuns(m);
        const c = countRuns(runs);
        const executed = c.passed + c.failed + c.errored;
        if (c.failed > 0)
            reasons.push(`${c.failed} run${c.failed === 1 ? '' : 's'} failed`);
        if (c.errored > 0)
            reasons.push(`${c.errored} run${c.errored === 1 ? '' : 's'} errored`);
        const configErrors = stream.diagnostics.filter((d) => d.severity === 'error').length;
        if (configErrors > 0 && executed === 0) {
            reasons.push(`${tool} test stopped on ${configErrors} configuration error${configErrors === 1 ? '' : 's'}`);
        }
        if (runs.length === 0) {
            if (options.failOnNoTests && configErrors === 0)
                reasons.push('no tests were found (0 run blocks); set fail-on-no-tests: false to allow this');
        }
        else if (executed === 0) {
            reasons.push(`all ${runs.length} run${runs.length === 1 ? ' was' : 's were'} skipped, nothing was tested`);
        }
        const leftovers = m.leftovers.length;
        const teardownErrors = stream.files.reduce((n, f) => n + f.teardownDiagnostics.filter((d) => d.severity === 'error').length, 0);
        const silentFileErrors = stream.files.filter((f) => (f.status === 'error' || f.status === 'fail') &&
            f.runs.every((r) => r.status === 'pass' || r.status === 'skip'));
        if (leftovers > 0) {
            reasons.push(`cleanup failed: ${leftovers} resource${leftovers === 1 ? ' was' : 's were'} left in state`);
        }
        else if (teardownErrors > 0) {
            reasons.push(`cleanup failed with ${teardownErrors} error${teardownErrors === 1 ? '' : 's'} while destroying test resources`);
        }
        else if (silentFileErrors.length > 0) {
            reasons.push(`${silentFileErrors.map((f) => f.path).join(', ')} ended in ${silentFileErrors[0].status} although every run passed (file-level or teardown error)`);
        }
        if (stream.interrupted)
            reasons.push(`${tool} test was interrupted${c.skipped > 0 ? ` (${c.skipped} run${c.skipped === 1 ? '' : 's'} skipped)` : ''}`);
        if (stream.summary === undefined) {
            reasons.push(`${tool} test ended without a summary (exit code ${exitCode}); the output is incomplete`);
        }
        else if (stream.summary.status !== 'pass' &&
            stream.summary.status !== 'pending' &&
            stream.summary.status !== 'skip' &&
            reasons.length === 0) {
            reasons.push(`${tool} test reported status ${stream.summary.status}`);
        }
        if (exitCode !== 0 && reasons.length === 0)
            reasons.push(`${tool} test exited with code ${exitCode}`);
    }
    else if (reasons.length === 0) {
        reasons.push(`${tool} test did not run`);
    }
    return { dir: m.dir, status: reasons.length === 0 ? 'pass' : 'fail', reasons };
}

;// CONCATENATED MODULE: ./actions/terraform-test/src/main.ts















const ACTION_NAME = 'terraform-test';
/** The action's boundary: the runner passes nothing, the CLI and tests pass their runtime. */
async function run(rt = (0,actions_runtime/* actionsRuntime */.I)(), deps = {}) {
    return (0,src/* runAction */.Cs)(ACTION_NAME, rt, async () => {
        const inputs = readInputs(new src/* InputParser */.YF(rt.readInput));
        if (inputs.reporting.githubToken)
            rt.logger.mask(inputs.reporting.githubToken);
        const context = (0,src/* readGitHubContext */.L7)(rt.env);
        const workspace = (0,external_node_path_.resolve)(context.workspace);
        const workDir = (0,external_node_path_.join)(rt.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'terraform-test');
        const token = inputs.reporting.githubToken;
        const changedFiles = deps.changedFiles ??
            (async () => {
                if (!token)
                    return undefined;
                try {
                    return await listPullRequestFiles((0,github_report_src/* createGitHubClient */.LX)({ token, baseUrl: context.apiUrl, logger: rt.logger }), context);
                }
                catch (error) {
                    rt.logger.warning(`Could not list the pull request's files: ${(0,src/* getErrorMessage */.u1)(error)}`);
                    return undefined;
                }
            });
        const result = await runTerraformTest(inputs, {
            workspace,
            env: rt.env,
            logger: rt.logger,
            workDir,
            isPullRequest: context.pullRequest !== undefined,
        }, { runner: deps.runner ?? spawnRunner(), lookup: deps.lookup ?? findOnPath, changedFiles });
        const { modules } = result;
        const verdicts = modules.map((m) => judgeModule(m, { failOnNoTests: inputs.failOnNoTests }));
        const totals = countRuns(modules.flatMap(allRuns));
        const toolLabel = result.version.tool === 'tofu' ? 'tofu test' : 'terraform test';
        let junitPath = '';
        if (inputs.junitOutput !== undefined) {
            const { xml, fromTerraform } = buildJunit(modules);
            junitPath = writeText(workspace, inputs.junitOutput, xml);
            rt.logger.info(`JUnit report: ${junitPath}${fromTerraform > 0 ? ` (${fromTerraform} module(s) as written by terraform -junit-xml)` : ''}`);
        }
        let sarifPath = '';
        if (inputs.sarifOutput !== undefined) {
            sarifPath = writeSarif(workspace, inputs.sarifOutput, modules);
            rt.logger.info(`SARIF report: ${sarifPath}`);
        }
        const leftoversFile = writeLeftovers(workDir, modules);
        if (leftoversFile)
            rt.logger.error(`Resources were left in state after the tests; the list is in ${leftoversFile}.`);
        const summaryInput = {
            modules,
            verdicts,
            totals,
            toolLabel,
            leftoversFile,
            ...(deps.replayNote ? { replayNote: deps.replayNote } : {}),
        };
        const category = inputs.workingDirectories.join(',') === '.' && !inputs.discover
            ? undefined
            : inputs.workingDirectories.join(',');
        const report = buildReport(summaryInput, ACTION_NAME, category);
        if (inputs.reporting.annotations)
            report.annotations = modules.flatMap(moduleAnnotations);
        await publish(report, rt, inputs.reporting, context, deps.publish ?? github_report_src/* publishReport */.S3);
        const failed = verdicts.filter((v) => v.status === 'fail');
        let verdict;
        if (modules.length === 0) {
            verdict =
                result.emptyReason === 'none-changed'
                    ? { status: 'skipped', reason: 'no module with tests changed in this pull request' }
                    : inputs.failOnNoTests
                        ? {
                            status: 'fail',
                            reason: `no module found for working-directory ${inputs.workingDirectories.join(', ')}${inputs.discover ? ' (discover: no test files below it)' : ''}`,
                        }
                        : { status: 'pass' };
        }
        else if (failed.length > 0) {
            verdict = {
                status: 'fail',
                reason: failed.map((v) => `${v.dir}: ${v.reasons.join('; ')}`).join(' | '),
            };
        }
        else {
            verdict = { status: 'pass' };
        }
        return {
            verdict,
            outputs: {
                passed: totals.passed,
                failed: totals.failed,
                errored: totals.errored,
                skipped: totals.skipped,
                result: verdict.status === 'fail' ? 'fail' : 'pass',
                'junit-path': junitPath,
                'sarif-path': sarifPath,
                modules: JSON.stringify(result.modules.map((m) => m.dir)),
            },
        };
    });
}
/**
 * Reporting never decides the verdict: if publishing fails (API down, token without rights),
 * the summary and annotations are still written through the runtime and the gate stands.
 */
async function publish(report, rt, reporting, context, publishFn) {
    try {
        // publishReport logs its own warnings (fork PR, read-only token).
        await publishFn(report, {
            reporting,
            context,
            logger: rt.logger,
            appendSummary: (md) => rt.appendSummary(md),
        });
    }
    catch (error) {
        rt.logger.warning(`Could not publish the report through GitHub: ${(0,src/* getErrorMessage */.u1)(error)}. Writing summary and annotations directly.`);
        await rt.appendSummary([
            `## ${report.headline}`,
            ...report.sections.map((s) => `### ${s.title}\n\n${s.markdown}`),
        ].join('\n\n'));
        for (const a of report.annotations ?? [])
            annotate(rt, a);
    }
}
function annotate(rt, a) {
    const { level, message, rank: _rank, ...props } = a;
    if (level === 'error')
        rt.logger.error(message, props);
    else if (level === 'warning')
        rt.logger.warning(message, props);
    else
        rt.logger.notice(message, props);
}

;// CONCATENATED MODULE: ./actions/terraform-test/src/cli.ts







const cli = {
    name: ACTION_NAME,
    description: 'Run terraform test / tofu test in each module and report runs, assertions and leftovers',
    // `devsecops-gates terraform-test demo` runs just this action's demo.
    run: (argv, io) => argv[0] === 'demo'
        ? demo(io)
        : (0,src/* runActionCli */.av)(argv, io, run, (path, text) => (0,promises_.writeFile)(path, text)),
    demo,
};
const REPLAY_NOTE = 'Demo: this is REPLAYED recorded terraform output (actions/terraform-test/samples), not a live terraform run.';
/**
 * Runs the action on the samples with the test stand-in as `terraform`, so it works without
 * terraform installed. Expected: the walkthrough module passes and its broken variant fails on
 * the `my-repo-` assertion; exit 0 means the action behaved exactly so.
 */
async function demo(io) {
    const samples = findSamples(io.cwd);
    if (!samples) {
        io.stderr('terraform-test demo: actions/terraform-test/samples not found (run it from a checkout of the repository).\n');
        return 1;
    }
    const standIn = (0,external_node_path_.resolve)(samples, '..', 'test', 'bin');
    const temp = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'terraform-test-demo-'));
    io.stdout(`${REPLAY_NOTE}\n\n`);
    const env = {
        PATH: [standIn, (0,external_node_path_.dirname)(process.execPath), io.env.PATH ?? ''].join(external_node_path_.delimiter),
        HOME: io.env.HOME,
        GITHUB_WORKSPACE: samples,
        RUNNER_TEMP: temp,
        TF_REPLAY: (0,external_node_path_.join)(samples, 'replay.json'),
    };
    const flags = (0,src/* parseFlags */.bQ)([
        '--working-directory',
        'modules/*',
        '--binary',
        (0,external_node_path_.join)(standIn, 'terraform'),
        '--junit-output',
        (0,external_node_path_.join)(temp, 'terraform-test.junit.xml'),
        '--sarif-output',
        (0,external_node_path_.join)(temp, 'terraform-test.sarif'),
        '--comment',
        'false',
    ]);
    const rt = (0,src/* cliRuntime */.Fv)(flags, { ...io, env });
    const outcome = await run(rt, { replayNote: REPLAY_NOTE });
    io.stdout(`${rt.summary.join('\n')}\n\nOutputs: ${JSON.stringify(rt.outputs, null, 2)}\n`);
    const expected = outcome?.verdict.status === 'fail' &&
        rt.outputs.passed === '7' &&
        rt.outputs.failed === '1' &&
        rt.outputs.modules === '["modules/repo","modules/repo-broken"]';
    io.stdout(`\nterraform-test demo: ${expected ? 'failed the broken module as expected' : 'UNEXPECTED outcome'}\n`);
    return expected ? 0 : (0,src/* exitCodeOf */.FO)(outcome, rt) || 1;
}
function findSamples(cwd) {
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    const candidates = [
        (0,external_node_path_.resolve)(here, '..', 'samples'), // src/cli.ts under tsx
        (0,external_node_path_.resolve)(here, '..', '..', 'actions', 'terraform-test', 'samples'), // dist/cli/index.js
        (0,external_node_path_.resolve)(cwd, 'actions', 'terraform-test', 'samples'),
    ];
    return candidates.find((c) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(c, 'replay.json')));
}


/***/ })

};
