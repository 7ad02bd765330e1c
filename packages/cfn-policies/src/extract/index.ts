export { parseAndExtract, extractFromTemplate, toComparablePolicy } from './extract.js';
export { lookupsFromMocks, LookupNotFoundError } from './lookups.js';
export type { ExternalLookups, CaseMocks, LookupNotFoundCode } from './lookups.js';
export { Evaluator, NO_VALUE, NAME_HINTS } from './evaluator.js';
export type { AccountConfig, EvaluationBehaviour } from './evaluator.js';
export { ARN_PATTERNS, arnPattern, refReturnsArn } from './arn-patterns.js';
export { pyRepr, pyStr } from './py-repr.js';
export type {
  ExtractInput,
  ExtractOptions,
  ExtractionResult,
  ExtractedPolicy,
  NotChecked,
  SkippedResource,
  ParseOutput,
  ParseOutputPolicy,
  PrincipalType,
} from './types.js';
