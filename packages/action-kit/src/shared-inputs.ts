import type { InputParser } from './inputs.js';

/** Severities every gate speaks, most severe first. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'note'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Code-scanning upload: `auto` uploads when the run can (token, event), and never fails on a 403. */
export type UploadMode = 'true' | 'false' | 'auto';

/** Inputs every action that reports to GitHub shares. */
export interface ReportingInputs {
  githubToken: string | undefined;
  /** Upsert one PR comment on pull_request events. */
  comment: boolean;
  /** Emit workflow-command annotations. */
  annotations: boolean;
}

export function readReportingInputs(p: InputParser): ReportingInputs {
  return {
    githubToken: p.string('github-token'),
    comment: p.boolean('comment', true),
    annotations: p.boolean('annotations', true),
  };
}

export interface UploadInputs {
  upload: UploadMode;
  /** Code-scanning category (`runs[].automationDetails.id` prefix). */
  category: string | undefined;
}

export function readUploadInputs(p: InputParser, fallback: UploadMode = 'auto'): UploadInputs {
  return {
    upload: p.oneOf('upload', ['true', 'false', 'auto'] as const, fallback),
    category: p.string('category'),
  };
}

/**
 * A severity floor such as `fail-on: high` (fail on high or critical). `none` disables it.
 * Returns `undefined` when the input is not given.
 */
export function readSeverityFloor(p: InputParser, name = 'fail-on'): Severity | 'none' | undefined {
  return p.oneOf(name, [...SEVERITIES, 'none'] as const);
}
