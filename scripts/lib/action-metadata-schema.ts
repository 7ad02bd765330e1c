// JSON Schema for `action.yml`, written from GitHub's "Metadata syntax for GitHub Actions"
// (docs.github.com/en/actions/reference/workflows-and-actions/metadata-syntax). The runner
// accepts some keys loosely; this schema is deliberately strict so typos (`descripton`,
// `require`) and wrong types fail `pnpm check` instead of being silently ignored on GitHub.

/** Input/output ids: "must start with a letter or `_` and contain only alphanumeric characters, `-`, or `_`". */
const ID_PATTERN = '^[A-Za-z_][A-Za-z0-9_-]*$';

const scalar = { type: ['string', 'number', 'boolean'] };

const compositeStep = {
  type: 'object',
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: ID_PATTERN },
    name: { type: 'string' },
    if: scalar,
    run: { type: 'string' },
    shell: { type: 'string' },
    'working-directory': { type: 'string' },
    uses: { type: 'string' },
    with: { type: 'object', additionalProperties: scalar },
    env: { type: 'object', additionalProperties: scalar },
    'continue-on-error': { type: ['boolean', 'string'] },
  },
  oneOf: [
    { required: ['run', 'shell'], not: { required: ['uses'] } },
    { required: ['uses'], not: { anyOf: [{ required: ['run'] }, { required: ['shell'] }] } },
  ],
};

export const actionMetadataSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://devsecops-gates.local/schemas/action-metadata.json',
  title: 'GitHub Action metadata (action.yml)',
  type: 'object',
  additionalProperties: false,
  required: ['name', 'description', 'runs'],
  properties: {
    name: { type: 'string', minLength: 1 },
    author: { type: 'string' },
    description: { type: 'string', minLength: 1 },
    inputs: {
      type: 'object',
      propertyNames: { pattern: ID_PATTERN },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['description'],
        properties: {
          description: { type: 'string', minLength: 1 },
          required: { type: 'boolean' },
          default: scalar,
          deprecationMessage: { type: 'string', minLength: 1 },
        },
      },
    },
    outputs: {
      type: 'object',
      propertyNames: { pattern: ID_PATTERN },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['description'],
        properties: {
          description: { type: 'string', minLength: 1 },
          // Only composite actions map outputs to step outputs.
          value: { type: 'string' },
        },
      },
    },
    runs: {
      type: 'object',
      required: ['using'],
      oneOf: [
        {
          title: 'JavaScript action',
          additionalProperties: false,
          required: ['using', 'main'],
          properties: {
            using: { enum: ['node20', 'node24'] },
            main: { type: 'string', minLength: 1 },
            pre: { type: 'string', minLength: 1 },
            'pre-if': { type: 'string' },
            post: { type: 'string', minLength: 1 },
            'post-if': { type: 'string' },
          },
        },
        {
          title: 'Composite action',
          additionalProperties: false,
          required: ['using', 'steps'],
          properties: {
            using: { const: 'composite' },
            steps: { type: 'array', minItems: 1, items: compositeStep },
          },
        },
        {
          title: 'Docker container action',
          additionalProperties: false,
          required: ['using', 'image'],
          properties: {
            using: { const: 'docker' },
            image: { type: 'string', minLength: 1 },
            env: { type: 'object', additionalProperties: scalar },
            entrypoint: { type: 'string' },
            'pre-entrypoint': { type: 'string' },
            'post-entrypoint': { type: 'string' },
            'pre-if': { type: 'string' },
            'post-if': { type: 'string' },
            args: { type: 'array', items: { type: 'string' } },
          },
        },
      ],
    },
    branding: {
      type: 'object',
      additionalProperties: false,
      properties: {
        // The Feather icon set GitHub supports is long and changes; any name is accepted here.
        icon: { type: 'string', minLength: 1 },
        color: {
          enum: [
            'white',
            'black',
            'yellow',
            'blue',
            'green',
            'orange',
            'red',
            'purple',
            'gray-dark',
          ],
        },
      },
    },
  },
} as const;
