// Test-only: checks values against the Security Hub Smithy model (required members, unknown
// members, types, enums, lengths, ranges, patterns) plus the ASFF limits AWS documents outside
// the model (contracts.md §7.2), so converter output is held to what BatchImportFindings accepts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface Shape {
  type: string;
  members?: Record<string, { target: string; traits?: Record<string, unknown> }>;
  member?: { target: string };
  key?: { target: string };
  value?: { target: string };
  traits?: Record<string, unknown>;
}

const NS = 'com.amazonaws.securityhub#';
const MODEL_PATH = fileURLToPath(
  new URL('../testdata/securityhub-batchimportfindings.smithy.json', import.meta.url),
);
let shapes: Record<string, Shape> | undefined;

function model(): Record<string, Shape> {
  shapes ??= (JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as { shapes: Record<string, Shape> })
    .shapes;
  return shapes;
}

const PRELUDE: Record<string, string> = {
  'smithy.api#String': 'string',
  'smithy.api#Integer': 'integer',
  'smithy.api#Long': 'long',
  'smithy.api#Double': 'double',
  'smithy.api#Boolean': 'boolean',
};

function checkLength(
  value: number,
  traits: Record<string, unknown> | undefined,
  path: string,
  errors: string[],
): void {
  const length = traits?.['smithy.api#length'] as { min?: number; max?: number } | undefined;
  if (length?.min !== undefined && value < length.min)
    errors.push(`${path}: length ${value} < min ${length.min}`);
  if (length?.max !== undefined && value > length.max)
    errors.push(`${path}: length ${value} > max ${length.max}`);
}

function validate(value: unknown, target: string, path: string, errors: string[]): void {
  const shape = model()[target] ?? (PRELUDE[target] ? { type: PRELUDE[target] } : undefined);
  if (!shape) {
    errors.push(`${path}: unknown shape ${target}`);
    return;
  }
  const traits = shape.traits;
  switch (shape.type) {
    case 'structure': {
      if (!value || typeof value !== 'object' || Array.isArray(value)) {
        errors.push(`${path}: expected object`);
        return;
      }
      const record = value as Record<string, unknown>;
      for (const [name, member] of Object.entries(shape.members ?? {})) {
        if (
          member.traits?.['smithy.api#required'] !== undefined &&
          (record[name] === undefined || record[name] === null)
        ) {
          errors.push(`${path}.${name}: required`);
        }
      }
      for (const [name, v] of Object.entries(record)) {
        if (v === undefined) continue;
        const member = shape.members?.[name];
        if (!member) errors.push(`${path}.${name}: not a member of ${target.replace(NS, '')}`);
        else validate(v, member.target, `${path}.${name}`, errors);
      }
      return;
    }
    case 'list': {
      if (!Array.isArray(value)) {
        errors.push(`${path}: expected array`);
        return;
      }
      checkLength(value.length, traits, path, errors);
      value.forEach((item, i) =>
        validate(item, shape.member?.target ?? '', `${path}[${i}]`, errors),
      );
      return;
    }
    case 'map': {
      if (!value || typeof value !== 'object' || Array.isArray(value)) {
        errors.push(`${path}: expected map`);
        return;
      }
      const entries = Object.entries(value);
      checkLength(entries.length, traits, path, errors);
      for (const [k, v] of entries) {
        validate(k, shape.key?.target ?? '', `${path}{key ${k}}`, errors);
        validate(v, shape.value?.target ?? '', `${path}.${k}`, errors);
      }
      return;
    }
    case 'string': {
      if (typeof value !== 'string') {
        errors.push(`${path}: expected string`);
        return;
      }
      checkLength(value.length, traits, path, errors);
      const pattern = traits?.['smithy.api#pattern'];
      if (typeof pattern === 'string' && !new RegExp(pattern, 'u').test(value))
        errors.push(`${path}: does not match ${pattern}`);
      return;
    }
    case 'enum': {
      const allowed = Object.values(shape.members ?? {}).map(
        (m) => m.traits?.['smithy.api#enumValue'],
      );
      if (!allowed.includes(value))
        errors.push(`${path}: ${JSON.stringify(value)} not one of ${allowed.join(', ')}`);
      return;
    }
    case 'integer':
    case 'long': {
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        errors.push(`${path}: expected integer`);
        return;
      }
      const range = traits?.['smithy.api#range'] as { min?: number; max?: number } | undefined;
      if (range?.min !== undefined && value < range.min)
        errors.push(`${path}: ${value} < ${range.min}`);
      if (range?.max !== undefined && value > range.max)
        errors.push(`${path}: ${value} > ${range.max}`);
      return;
    }
    case 'double':
      if (typeof value !== 'number' || !Number.isFinite(value))
        errors.push(`${path}: expected number`);
      return;
    case 'boolean':
      if (typeof value !== 'boolean') errors.push(`${path}: expected boolean`);
      return;
    default:
      errors.push(`${path}: unsupported shape type ${shape.type}`);
  }
}

const RFC3339 =
  /^(\d\d\d\d)-([0][1-9]|[1][0-2])-([0][1-9]|[1-2](\d)|[3][0-1])[T](?:([0-1](\d)|[2][0-3]):[0-5](\d):[0-5](\d)|23:59:60)(?:\.(\d)+)?([Z]|[+-](\d\d)(:?(\d\d))?)$/;

function maxLen(value: unknown, max: number, path: string, errors: string[], min = 1): void {
  if (typeof value === 'string' && (value.length > max || value.length < min))
    errors.push(`${path}: length ${value.length} not in ${min}..${max}`);
}

function fieldMapLimits(map: unknown, path: string, errors: string[]): void {
  if (!map || typeof map !== 'object') return;
  const entries = Object.entries(map as Record<string, unknown>);
  if (entries.length > 50) errors.push(`${path}: ${entries.length} pairs > 50`);
  for (const [k, v] of entries) {
    maxLen(k, 128, `${path}{key ${k}}`, errors);
    maxLen(v, 2048, `${path}.${k}`, errors);
  }
}

/** The documented ASFF rules the model does not carry (lengths, formats, severity presence). */
function documentedLimits(f: Record<string, unknown>, path: string, errors: string[]): void {
  if (f['SchemaVersion'] !== '2018-10-08') errors.push(`${path}.SchemaVersion: must be 2018-10-08`);
  maxLen(f['Id'], 512, `${path}.Id`, errors);
  maxLen(f['GeneratorId'], 512, `${path}.GeneratorId`, errors);
  maxLen(f['ProductArn'], 2048, `${path}.ProductArn`, errors, 12);
  maxLen(f['Title'], 256, `${path}.Title`, errors);
  maxLen(f['Description'], 1024, `${path}.Description`, errors);
  maxLen(f['Region'], 16, `${path}.Region`, errors);
  maxLen(f['ProductName'], 128, `${path}.ProductName`, errors);
  if (typeof f['AwsAccountId'] !== 'string' || !/^\d{12}$/.test(f['AwsAccountId']))
    errors.push(`${path}.AwsAccountId: must be 12 digits`);
  for (const key of ['CreatedAt', 'UpdatedAt', 'FirstObservedAt', 'LastObservedAt']) {
    if (f[key] !== undefined && (typeof f[key] !== 'string' || !RFC3339.test(f[key])))
      errors.push(`${path}.${key}: not RFC 3339`);
  }
  const severity = f['Severity'] as
    { Label?: unknown; Normalized?: unknown; Original?: unknown } | undefined;
  const fpf = f['FindingProviderFields'] as
    { Severity?: { Label?: unknown; Original?: unknown }; Types?: unknown[] } | undefined;
  if (
    severity?.Label === undefined &&
    severity?.Normalized === undefined &&
    fpf?.Severity === undefined
  ) {
    errors.push(
      `${path}: needs Severity.Label, Severity.Normalized or FindingProviderFields.Severity`,
    );
  }
  maxLen(severity?.Original, 64, `${path}.Severity.Original`, errors);
  maxLen(fpf?.Severity?.Original, 64, `${path}.FindingProviderFields.Severity.Original`, errors);
  const types = f['Types'];
  if (Array.isArray(types) && types.length > 50) errors.push(`${path}.Types: more than 50`);
  const recommendation = (f['Remediation'] as { Recommendation?: { Text?: unknown } } | undefined)
    ?.Recommendation;
  maxLen(recommendation?.Text, 512, `${path}.Remediation.Recommendation.Text`, errors);
  fieldMapLimits(f['ProductFields'], `${path}.ProductFields`, errors);
  fieldMapLimits(f['UserDefinedFields'], `${path}.UserDefinedFields`, errors);
  const resources = f['Resources'];
  if (!Array.isArray(resources) || resources.length < 1 || resources.length > 32)
    errors.push(`${path}.Resources: needs 1..32 items`);
  (Array.isArray(resources) ? resources : []).forEach((r: Record<string, unknown>, i) => {
    maxLen(r['Type'], 256, `${path}.Resources[${i}].Type`, errors);
    maxLen(r['Region'], 16, `${path}.Resources[${i}].Region`, errors);
    fieldMapLimits(
      (r['Details'] as { Other?: unknown } | undefined)?.Other,
      `${path}.Resources[${i}].Details.Other`,
      errors,
    );
  });
}

/** Problems with one finding; empty when BatchImportFindings would accept it. */
export function asffFindingProblems(finding: unknown, path = 'finding'): string[] {
  const errors: string[] = [];
  validate(finding, `${NS}AwsSecurityFinding`, path, errors);
  if (finding && typeof finding === 'object')
    documentedLimits(finding as Record<string, unknown>, path, errors);
  return errors;
}

/** Problems with a whole BatchImportFindings request body (`{"Findings": [...]}`, 1..100). */
export function batchImportRequestProblems(body: unknown): string[] {
  const errors: string[] = [];
  validate(body, `${NS}BatchImportFindingsRequest`, 'request', errors);
  const findings = (body as { Findings?: unknown } | null)?.Findings;
  if (Array.isArray(findings))
    findings.forEach((f, i) =>
      documentedLimits(f as Record<string, unknown>, `request.Findings[${i}]`, errors),
    );
  return errors;
}
