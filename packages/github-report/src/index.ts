// Public API of github-report. The signatures are the contract the actions build on; the
// implementations live in one module per concern.
export type {
  Annotation,
  AnnotationLevel,
  ClientOptions,
  GitHubClient,
  PublishOptions,
  PublishResult,
  Report,
} from './types.js';
export { createGitHubClient } from './client.js';
export { publishReport } from './publish.js';
export {
  emitAnnotations,
  sortAnnotations,
  ANNOTATION_LIMITS,
  type AnnotationOutcome,
} from './annotations.js';
export {
  buildSummary,
  SUMMARY_LIMIT_BYTES,
  SUMMARY_BUDGET_BYTES,
  type SummaryOptions,
  type SummaryOutcome,
} from './summary.js';
export {
  commentMarker,
  capCommentBody,
  renderCommentBody,
  upsertComment,
  COMMENT_LIMIT_CHARS,
  type UpsertCommentOptions,
  type UpsertCommentResult,
} from './comment.js';
export {
  selectUploadTarget,
  uploadSarif,
  waitForSarifProcessing,
  type UploadTarget,
  type ProcessingOutcome,
} from './code-scanning.js';
export { prepareSarifUploads, SARIF_UPLOAD_LIMITS, type PreparedSarif } from './sarif-limits.js';
export {
  isResourceNotAccessible,
  isCodeScanningUnavailable,
  httpStatusOf,
  describeHttpError,
} from './http-errors.js';
export { runUrl } from './run-url.js';
export { renderSection, COLLAPSE_AFTER_LINES } from './sections.js';
