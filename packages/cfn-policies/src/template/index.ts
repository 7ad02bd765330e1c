export { TemplateError, isTemplateError } from './errors.js';
export type { SourceLocation, TemplateErrorKind, TemplateErrorInit } from './errors.js';
export { PositionIndex, joinPath } from './positions.js';
export type { OffsetLookup } from './positions.js';
export { parseJsonWithPositions, JsonSyntaxError } from './json-parser.js';
export { parseYamlWithPositions, YamlSyntaxError } from './yaml-loader.js';
export { loadTemplate, PARSE_ERROR_MESSAGE } from './load-template.js';
export type {
  LoadedTemplate,
  LoadTemplateInput,
  TemplateFormat,
  CfnTemplate,
  CfnResource,
} from './load-template.js';
export { checkTemplateSchema, SCHEMA_ERROR_MESSAGE } from './template-schema.js';
