// The SARIF toolkit without the ASFF converter (which loads the Security Hub SDK): what the gate
// needs on every run. `index.ts` adds ASFF.
export * from './types.js';
export * from './errors.js';
export * from './severity.js';
export * from './location.js';
export * from './fingerprint.js';
export * from './add-fingerprints.js';
export * from './filters.js';
export * from './allowlist.js';
export * from './baseline.js';
export * from './finding.js';
export * from './evaluate.js';
export * from './evaluate-files.js';
export * from './load.js';
export * from './validate.js';
export * from './json-position.js';
export * from './stream/sarif-stream-parser.js';
export * from './stream/evaluate-stream.js';
