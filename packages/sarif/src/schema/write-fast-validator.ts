// Rewrites fast-validator.generated.ts (run after changing the schema or upgrading ajv):
//   pnpm tsx packages/sarif/src/schema/write-fast-validator.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fastValidatorSource } from './fast-validator-source.js';

const target = join(import.meta.dirname, 'fast-validator.generated.ts');
writeFileSync(target, fastValidatorSource());
console.log(`wrote ${target}`);
