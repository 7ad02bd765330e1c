import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize } from 'node:path';

/** A child template found for a nested stack. */
export interface NestedTemplate {
  /** Display path of the child template (used in locations and errors). */
  file: string;
  text: string;
}

/**
 * Finds the template of a nested stack (`AWS::CloudFormation::Stack` `TemplateURL`, SAM
 * `AWS::Serverless::Application` `Location`) given its location string and the parent's file.
 * Returns undefined when there is no such local file.
 */
export type NestedTemplateResolver = (
  location: string,
  parentFile: string,
) => Promise<NestedTemplate | undefined>;

/** `https://...`, `s3://...`: templates we cannot read without fetching them. */
export function isRemoteTemplateLocation(location: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(location);
}

/**
 * The default resolver: a local path relative to the parent template's directory (as
 * `aws cloudformation package` and `sam build` expect them), read from the file system.
 */
export const fileSystemNestedTemplates: NestedTemplateResolver = async (location, parentFile) => {
  if (isRemoteTemplateLocation(location)) return undefined;
  const file = normalize(isAbsolute(location) ? location : join(dirname(parentFile), location));
  try {
    return { file, text: await readFile(file, 'utf8') };
  } catch {
    return undefined;
  }
};

/** Nested stack parameters are strings; lists are passed comma-joined as CloudFormation does. */
export function nestedParameterValues(
  value: unknown,
): { values: Record<string, string | string[]> } | { problem: string } {
  if (value === undefined || value === null) return { values: {} };
  if (typeof value !== 'object' || Array.isArray(value))
    return { problem: 'Parameters must be a mapping of parameter names to values' };
  const values: Record<string, string | string[]> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v === 'string') values[key] = v;
    else if (typeof v === 'number' || typeof v === 'boolean') values[key] = String(v);
    else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) values[key] = v.join(',');
    else return { problem: `parameter ${key} does not resolve to a string` };
  }
  return { values };
}
