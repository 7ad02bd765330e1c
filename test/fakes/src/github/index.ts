export { startGitHubFake, FAKE_TOKEN, FAKE_READONLY_TOKEN } from './server.js';
export type { GitHubFake, GitHubFakeOptions, RecordedRequest } from './server.js';
export { FaultQueue } from './faults.js';
export type { GitHubFault, FaultRule } from './faults.js';
export { GitHubFakeState } from './state.js';
export type {
  StoredComment,
  SarifUpload,
  StoredPull,
  PullRequestFile,
  TokenAccess,
  TokenInfo,
  SarifOutcome,
  CodeScanningAvailability,
  ProcessingStatus,
} from './state.js';
export { SARIF_LIMITS, processSarif } from './sarif-processing.js';
