import { TemplateError } from './errors.js';
import { JsonSyntaxError, parseJsonWithPositions } from './json-parser.js';
import { PositionIndex, type OffsetLookup } from './positions.js';
import { checkTemplateSchema } from './template-schema.js';
import { YamlSyntaxError, parseYamlWithPositions } from './yaml-loader.js';

export type TemplateFormat = 'json' | 'yaml';

export type CfnTemplate = Record<string, unknown> & { Resources: Record<string, CfnResource> };

export interface CfnResource {
  Type: string;
  Properties?: Record<string, unknown>;
  Condition?: unknown;
  DependsOn?: unknown;
  Metadata?: unknown;
  [key: string]: unknown;
}

export interface LoadedTemplate {
  file: string;
  /** Which syntax actually parsed the text. */
  format: TemplateFormat;
  template: CfnTemplate;
  positions: PositionIndex;
}

export const PARSE_ERROR_MESSAGE =
  'Unable to parse CloudFormation template.  Invalid YAML or JSON detected.';

export interface LoadTemplateInput {
  text: string;
  file: string;
  /** Default: JSON first, then YAML (as the reference). `yaml` skips the JSON attempt. */
  format?: TemplateFormat;
}

/**
 * Parses JSON or YAML template text into plain values (short-form tags become `Fn::X` objects),
 * keeps the position of every node, and checks the top-level shape as the reference does.
 * Throws TemplateError (`template_parse` / `template_schema`) naming file:line:col.
 */
export function loadTemplate(input: LoadTemplateInput): LoadedTemplate {
  const { text, file } = input;
  let parsed: { value: unknown; offsets: OffsetLookup } | undefined;
  let format: TemplateFormat = 'json';
  let jsonError: JsonSyntaxError | undefined;
  if (input.format !== 'yaml') {
    try {
      parsed = parseJsonWithPositions(text);
    } catch (error) {
      if (!(error instanceof JsonSyntaxError)) throw error;
      jsonError = error;
    }
  }
  if (!parsed) {
    try {
      parsed = parseYamlWithPositions(text);
      format = 'yaml';
    } catch (error) {
      if (!(error instanceof YamlSyntaxError)) throw error;
      // Text that starts like JSON is best explained by the JSON error.
      const report = jsonError && /^\s*[[{]/.test(text) ? jsonError : error;
      const positions = new PositionIndex(file, text, new Map());
      const at = positions.lineColumn(report.offset);
      throw new TemplateError('template_parse', PARSE_ERROR_MESSAGE, {
        location: { file, path: '', ...at },
        detail: `${report instanceof JsonSyntaxError ? 'JSON' : 'YAML'}: ${report.message}`,
      });
    }
  }
  const positions = new PositionIndex(file, text, parsed.offsets);
  checkTemplateSchema(parsed.value, positions);
  return { file, format, template: parsed.value as CfnTemplate, positions };
}
