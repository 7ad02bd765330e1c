export * from './template/index.js';
export * from './extract/index.js';
export * from './validate/index.js';
