// Runner-level harness: run a bundled action (or the CLI) as GitHub's runner would and read
// back what the step did. See README.md beside this file.
export {
  runBundledAction,
  runCli,
  REPO_ROOT,
  DEFAULT_GITHUB_TOKEN,
  type ActionRunResult,
  type CliOptions,
  type ProcessOptions,
  type ProcessResult,
  type RunActionOptions,
} from './run-bundled-action.js';
export {
  parseWorkflowCommands,
  parseCommandLine,
  annotationsOf,
  maskedValuesOf,
  unescapeData,
  unescapeProperty,
  type Annotation,
  type AnnotationLevel,
  type WorkflowCommand,
} from './workflow-commands.js';
export {
  parseKeyValueFile,
  parseEnvFile,
  parsePathFile,
  keyValuesToRecord,
  FileCommandError,
} from './file-commands.js';
export {
  findSecretLeaks,
  searchableSecrets,
  SecretLeakError,
  MIN_SECRET_LENGTH,
  type SecretLeak,
} from './secret-leaks.js';
export { inputEnvName, type InputValue } from './action-inputs.js';
export {
  asForkPullRequest,
  eventEnvironment,
  loadWebhookPayload,
  pullRequestEvent,
  pushEvent,
  type RunnerEvent,
  type WebhookPayloadName,
} from './events.js';
