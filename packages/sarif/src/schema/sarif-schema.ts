import schemaJson from './sarif-schema-2.1.0.json' with { type: 'json' };

/** The schema as the gate validates it (codeql-action's copy without its nested `anyOf` bug). */
export function sarifSchema(): Record<string, unknown> {
  const schema = schemaJson as unknown as {
    definitions: { region: { properties: Record<string, unknown> } };
  } & Record<string, unknown>;
  // The codeql-action copy nests `anyOf` inside region.properties (a schema bug that its
  // `jsonschema` validator ignores). Drop it so ajv compiles the schema and behaves the same.
  const copy = structuredClone(schema);
  delete copy.definitions.region.properties.anyOf;
  return copy;
}
