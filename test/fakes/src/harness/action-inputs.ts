// How the runner turns `with:` plus an action.yml into the step's INPUT_* variables: every
// declared input gets its (expression-evaluated) default unless given, names are upper-cased
// with spaces turned into `_` (hyphens are kept: INPUT_GITHUB-TOKEN), and undeclared inputs
// are passed through with an "Unexpected input(s)" warning, which the harness makes an error.
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

export type InputValue = string | number | boolean;

/** `INPUT_<NAME>` exactly as the runner names it (and `@actions/core` getInput reads it). */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export interface ActionMetadataInputs {
  /** Declared input name -> its default as written in action.yml (`undefined` when none). */
  declared: Map<string, string | undefined>;
}

export function readDeclaredInputs(actionYmlPath: string): ActionMetadataInputs | undefined {
  if (!existsSync(actionYmlPath)) return undefined;
  const doc = parse(readFileSync(actionYmlPath, 'utf8')) as {
    inputs?: Record<string, unknown>;
  } | null;
  const declared = new Map<string, string | undefined>();
  for (const [name, spec] of Object.entries(doc?.inputs ?? {})) {
    const value = (spec as { default?: unknown } | null)?.default;
    // YAML scalars (`default: true`, `default: 5`) reach the step as their string form.
    declared.set(
      name,
      typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : undefined,
    );
  }
  return { declared };
}

/** The contexts a default may reference; only plain property lookups are supported. */
export type ExpressionContexts = Record<string, Record<string, string>>;

/**
 * Evaluates `${{ context.property }}` in an input default (e.g. `${{ github.token }}`). Anything
 * richer is rejected by name so a new default fails loudly here rather than behaving
 * differently from the runner.
 */
export function evaluateDefault(text: string, contexts: ExpressionContexts, where: string): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_match, expression: string) => {
    const m = /^([a-z_]+)\.([A-Za-z0-9_-]+)$/.exec(expression);
    const context = m ? contexts[m[1]!] : undefined;
    const value = m && context ? context[m[2]!] : undefined;
    if (value === undefined) {
      throw new Error(
        `${where}: the harness cannot evaluate \`\${{ ${expression} }}\`; supported are ` +
          `${Object.entries(contexts)
            .map(([c, props]) => Object.keys(props).map((p) => `${c}.${p}`))
            .flat()
            .join(
              ', ',
            )}. Extend ExpressionContexts in test/fakes/src/harness if a default needs more.`,
      );
    }
    return value;
  });
}

/**
 * The INPUT_* variables for one step. Throws when an input is not declared (unless allowed),
 * which is the runner's warning turned into a test failure.
 */
export function inputEnvironment(
  given: Record<string, InputValue>,
  metadata: ActionMetadataInputs | undefined,
  contexts: ExpressionContexts,
  options: { actionName: string; allowUndeclared?: boolean },
): Record<string, string> {
  const env: Record<string, string> = {};
  if (metadata) {
    const unexpected = Object.keys(given).filter((name) => !metadata.declared.has(name));
    if (unexpected.length > 0 && !options.allowUndeclared) {
      throw new Error(
        `Unexpected input(s) '${unexpected.join("', '")}' for ${options.actionName}, valid inputs are ` +
          `['${[...metadata.declared.keys()].join("', '")}'] (the runner only warns; the harness fails ` +
          `so tests and action.yml cannot drift).`,
      );
    }
    // The runner sets every declared input; one without a default (and not given) is ''.
    for (const [name, fallback] of metadata.declared) {
      if (name in given) continue;
      env[inputEnvName(name)] =
        fallback === undefined
          ? ''
          : evaluateDefault(fallback, contexts, `${options.actionName} input '${name}' default`);
    }
  }
  for (const [name, value] of Object.entries(given)) env[inputEnvName(name)] = String(value);
  return env;
}
