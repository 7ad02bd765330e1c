export const id = 597;
export const ids = [597];
export const modules = {

/***/ 7597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cli: () => (/* binding */ cli)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/action-kit/src/index.ts + 7 modules
var src = __webpack_require__(6892);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(3070);
;// CONCATENATED MODULE: ./packages/action-kit/src/actions-runtime.ts

/** The Logger backed by `@actions/core` workflow commands. */
class ActionsLogger {
    debug(message) {
        core/* debug */.Yz(message);
    }
    info(message) {
        core/* info */.pq(message);
    }
    notice(message, properties) {
        core/* notice */.lm(message, properties);
    }
    warning(message, properties) {
        core/* warning */.$e(message, properties);
    }
    error(message, properties) {
        core/* error */.z3(message, properties);
    }
    startGroup(name) {
        core/* startGroup */.Oh(name);
    }
    endGroup() {
        core/* endGroup */.N4();
    }
    mask(secret) {
        if (secret)
            core/* setSecret */.Pq(secret);
    }
}
/** The runtime of a step on a GitHub runner. */
function actionsRuntime() {
    return {
        logger: new ActionsLogger(),
        readInput: (name) => core/* getInput */.V4(name),
        env: process.env,
        setOutput: (name, value) => core/* setOutput */.uH(name, value),
        appendSummary: async (markdown) => {
            // Outside a runner there is no summary file; the content is also in the log.
            if (!process.env.GITHUB_STEP_SUMMARY)
                return;
            await core/* summary */.z.addRaw(markdown, true).write();
        },
        exportVariable: (name, value) => core/* exportVariable */.dN(name, value),
        setFailed: (message) => core/* setFailed */.C1(message),
    };
}

;// CONCATENATED MODULE: ./actions/sarif-severity-gate/src/main.ts


const ACTION_NAME = 'sarif-severity-gate';
/** The action's boundary: the runner passes nothing, the CLI and tests pass their runtime. */
async function run(rt = actionsRuntime()) {
    return (0,src/* runAction */.Cs)(ACTION_NAME, rt, () => {
        const p = new src/* InputParser */.YF(rt.readInput);
        const sarif = p.multiline('sarif');
        rt.logger.info(`TODO: evaluate ${sarif.length} SARIF input(s)`);
        return Promise.resolve({ verdict: { status: 'pass' }, outputs: { total: 0 } });
    });
}

;// CONCATENATED MODULE: ./actions/sarif-severity-gate/src/cli.ts



const cli = {
    name: ACTION_NAME,
    description: 'Gate on SARIF findings by severity',
    run: (argv, io) => (0,src/* runActionCli */.av)(argv, io, run, (path, text) => (0,promises_.writeFile)(path, text)),
};


/***/ })

};
