// Finds the actions in the repo and checks each `action.yml` against the metadata schema and
// this repo's conventions (node24, bundle path). Actions still being written (no action.yml
// yet) are listed as pending rather than failing, so the check goes green as they land.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { parseDocument } from 'yaml';
import { actionMetadataSchema } from './action-metadata-schema.js';

export interface ActionInputSpec {
  description: string;
  required?: boolean;
  default?: string | number | boolean;
  deprecationMessage?: string;
}

export interface ActionMetadata {
  name: string;
  description: string;
  author?: string;
  inputs?: Record<string, ActionInputSpec>;
  outputs?: Record<string, { description: string; value?: string }>;
  runs: { using: string; main?: string; pre?: string; post?: string; [key: string]: unknown };
  branding?: { icon?: string; color?: string };
}

export interface ActionDir {
  name: string;
  dir: string;
  /** `undefined` while the action has no action.yml yet. */
  actionYml: string | undefined;
}

export function listActions(root: string): ActionDir[] {
  const actionsDir = join(root, 'actions');
  if (!existsSync(actionsDir)) return [];
  return readdirSync(actionsDir)
    .filter((name) => statSync(join(actionsDir, name)).isDirectory())
    .sort()
    .map((name) => {
      const dir = join(actionsDir, name);
      const yml = join(dir, 'action.yml');
      return { name, dir, actionYml: existsSync(yml) ? yml : undefined };
    });
}

export interface LoadedMetadata {
  metadata: ActionMetadata | undefined;
  problems: string[];
}

const ajv = new Ajv({
  allErrors: true,
  strict: true,
  strictRequired: false,
  allowUnionTypes: true,
});
const validate = ajv.compile(actionMetadataSchema);

function describe(error: ErrorObject): string {
  const at =
    error.instancePath === '' ? '(top level)' : error.instancePath.slice(1).replace(/\//g, '.');
  const extra =
    error.keyword === 'additionalProperties'
      ? ` '${String((error.params as { additionalProperty: string }).additionalProperty)}'`
      : error.keyword === 'enum'
        ? `: ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`
        : '';
  return `${at}: ${error.message ?? error.keyword}${extra}`;
}

/** Parses and schema-validates one action.yml; problems name the file and the path in it. */
export function loadActionMetadata(path: string, relPath = path): LoadedMetadata {
  const doc = parseDocument(readFileSync(path, 'utf8'), { uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      metadata: undefined,
      problems: doc.errors.map((e) => `${relPath}: YAML: ${e.message}`),
    };
  }
  const data: unknown = doc.toJS();
  if (validate(data)) return { metadata: data, problems: [] };
  // oneOf over `runs` reports every branch; keep the messages for the branch `using` selects.
  const errors = (validate.errors ?? []).filter(
    (e) => !(e.keyword === 'oneOf' && e.instancePath === '/runs'),
  );
  const using = (data as { runs?: { using?: unknown } } | null)?.runs?.using;
  const branch = using === 'composite' ? 1 : using === 'docker' ? 2 : 0;
  const relevant = errors.filter((e) => {
    const m = /^#\/properties\/runs\/oneOf\/(\d+)\//.exec(e.schemaPath);
    return !m || Number(m[1]) === branch;
  });
  const list = relevant.length > 0 ? relevant : errors;
  return {
    metadata: undefined,
    problems: [...new Set(list.map((e) => `${relPath}: ${describe(e)}`))],
  };
}

/**
 * This repo's rules on top of the schema: JavaScript actions on node24 whose `main` is the
 * committed bundle `../../dist/<name>/index.js`.
 */
export function conventionProblems(
  action: string,
  metadata: ActionMetadata,
  relPath: string,
): string[] {
  const problems: string[] = [];
  if (metadata.runs.using !== 'node24') {
    problems.push(`${relPath}: runs.using must be node24, got '${metadata.runs.using}'`);
  }
  const expected = `../../dist/${action}/index.js`;
  if (metadata.runs.main !== expected) {
    problems.push(
      `${relPath}: runs.main must be '${expected}', got '${String(metadata.runs.main)}'`,
    );
  }
  for (const [name, spec] of Object.entries(metadata.inputs ?? {})) {
    if (spec.required === true && spec.default !== undefined) {
      problems.push(`${relPath}: input '${name}' is required and has a default; drop one of them`);
    }
  }
  return problems;
}
