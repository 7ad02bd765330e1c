export * from './clients.js';
export * from './caller-identity.js';
export * from './lookups.js';
