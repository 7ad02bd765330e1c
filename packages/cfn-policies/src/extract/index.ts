export { parseAndExtract, extractFromTemplate, toComparablePolicy } from './extract.js';
export { lookupsFromMocks, LookupNotFoundError } from './lookups.js';
export { fileSystemNestedTemplates, isRemoteTemplateLocation } from './nested-stacks.js';
export type { NestedTemplate, NestedTemplateResolver } from './nested-stacks.js';
export type { ExternalLookups, CaseMocks, LookupNotFoundCode } from './lookups.js';
export { Evaluator, NO_VALUE, NAME_HINTS, EXTENDED_NAME_HINTS, cidrSubnets } from './evaluator.js';
export type { AccountConfig, EvaluationBehaviour } from './evaluator.js';
export { ARN_PATTERNS, REFERENCE_ARN_PATTERNS, arnPattern, refReturnsArn } from './arn-patterns.js';
export type { ArnPatternTable, ArnTableMode } from './arn-patterns.js';
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
