import { TemplateError } from './errors.js';
import { joinPath, type PositionIndex } from './positions.js';

export const SCHEMA_ERROR_MESSAGE =
  'Unable to parse CloudFormation template.  Invalid CloudFormation schema detected.';

const LOGICAL_ID = /^[a-zA-Z0-9]+$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The reference's top-level template schema: Resources (required object of resources with a
 * string Type and object Properties, alphanumeric logical ids), Parameters (object of objects) and
 * Mappings (alphanumeric names, two levels, string or list leaves). The failing rule is kept as
 * `detail` and its template path as the location (the reference only logs it).
 */
export function checkTemplateSchema(template: unknown, positions: PositionIndex): void {
  const fail = (path: string, detail: string): never => {
    throw new TemplateError('template_schema', SCHEMA_ERROR_MESSAGE, {
      location: positions.locate(path),
      detail,
    });
  };
  if (!isObject(template)) return fail('', 'the template is not an object');
  if (!('Resources' in template)) return fail('', "'Resources' is a required property");
  const resources = template.Resources;
  if (!isObject(resources)) return fail('Resources', "'Resources' is not of type 'object'");
  for (const [id, resource] of Object.entries(resources)) {
    const path = joinPath('Resources', id);
    if (!LOGICAL_ID.test(id)) fail(path, `'${id}' does not match '^[a-zA-Z0-9]+$'`);
    if (!isObject(resource)) fail(path, `resource '${id}' is not of type 'object'`);
    const r = resource as Record<string, unknown>;
    if (!('Type' in r)) fail(path, "'Type' is a required property");
    if (typeof r.Type !== 'string') fail(joinPath(path, 'Type'), "'Type' is not of type 'string'");
    if ('Properties' in r && !isObject(r.Properties)) {
      fail(joinPath(path, 'Properties'), "'Properties' is not of type 'object'");
    }
  }
  if ('Parameters' in template) {
    const parameters = template.Parameters;
    if (!isObject(parameters)) return fail('Parameters', "'Parameters' is not of type 'object'");
    for (const [name, p] of Object.entries(parameters)) {
      if (!isObject(p))
        fail(joinPath('Parameters', name), `parameter '${name}' is not of type 'object'`);
    }
  }
  if ('Mappings' in template) {
    const mappings = template.Mappings;
    if (!isObject(mappings)) return fail('Mappings', "'Mappings' is not of type 'object'");
    for (const [name, level1] of Object.entries(mappings)) {
      const p1 = joinPath('Mappings', name);
      if (!LOGICAL_ID.test(name)) fail(p1, `'${name}' does not match '^[a-zA-Z0-9]+$'`);
      if (!isObject(level1)) fail(p1, `mapping '${name}' is not of type 'object'`);
      for (const [k1, level2] of Object.entries(level1 as Record<string, unknown>)) {
        const p2 = joinPath(p1, k1);
        if (!isObject(level2)) fail(p2, `mapping key '${k1}' is not of type 'object'`);
        for (const [k2, leaf] of Object.entries(level2 as Record<string, unknown>)) {
          if (typeof leaf !== 'string' && !Array.isArray(leaf)) {
            fail(joinPath(p2, k2), `mapping value '${k2}' must be a string or a list`);
          }
        }
      }
    }
  }
}
