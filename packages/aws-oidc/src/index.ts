export {
  resolveAwsCredentials,
  credentialEnvironment,
  awsOidcEnvironment,
  type AwsCredentialIdentity,
  type AwsCredentialIdentityProvider,
  type AwsCredentialsResult,
  type CredentialSource,
  type ResolveAwsCredentialsOptions,
} from './resolve-credentials.js';
export { resolveRegion, type RegionEnvironment } from './region.js';
export {
  classifyFailure,
  fullJitterDelay,
  DEFAULT_RETRY,
  type FailureKind,
  type RetryPolicy,
} from './retry.js';
export {
  decodeTokenClaims,
  explainStsFailure,
  subjectForms,
  type TokenClaims,
  type SubjectForms,
} from './trust-diagnostics.js';
export {
  githubIdTokenSource,
  fileTokenSource,
  type IdTokenRequest,
  type WebIdentityTokenSource,
  type FetchLike,
} from './web-identity-token.js';
export { resolveActionAwsCredentials, type ActionAwsContext } from './action-credentials.js';
