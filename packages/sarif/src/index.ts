// Public API of @devsecops-gates/sarif.
export * from './core.js';
export * from './asff/index.js';
