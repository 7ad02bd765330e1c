// The three places an action's inputs are written down (src/inputs.ts, action.yml,
// .env.example) must agree. Returns problems as sentences naming the file to fix.
import { isDeepStrictEqual } from 'node:util';
import { InputParser } from '../../packages/action-kit/src/index.js';
import type { ActionMetadata } from './action-metadata.js';
import { inputEnvName } from './env-example.js';

export interface InputSubject {
  name: string;
  metadata: ActionMetadata;
  /** `.env.example` pairs. */
  env: Map<string, string>;
  readInputs: (p: InputParser) => unknown;
}

const list = (names: Iterable<string>) => [...names].map((n) => `'${n}'`).join(', ');

export function inputConsistencyProblems(s: InputSubject): string[] {
  const problems: string[] = [];
  const at = `actions/${s.name}`;
  const declared = new Set(Object.keys(s.metadata.inputs ?? {}));
  const byEnvName = new Map([...declared].map((n) => [inputEnvName(n), n]));
  const valueOf = (input: string): string => s.env.get(inputEnvName(input)) ?? '';

  // 1. readInputs over the example values works and reads exactly the declared inputs.
  const p = new InputParser(valueOf);
  try {
    s.readInputs(p);
  } catch (error) {
    problems.push(
      `${at}/src/inputs.ts: readInputs() throws on the .env.example values: ${error instanceof Error ? error.message : String(error)}`,
    );
    return problems;
  }
  const undeclared = [...p.names].filter((n) => !declared.has(n));
  const unread = [...declared].filter((n) => !p.names.has(n));
  if (undeclared.length > 0) {
    problems.push(
      `${at}/src/inputs.ts reads ${list(undeclared)}, which action.yml does not declare`,
    );
  }
  if (unread.length > 0) {
    problems.push(`${at}/action.yml declares ${list(unread)}, which src/inputs.ts never reads`);
  }

  // 2. .env.example documents every declared input and nothing else.
  const keys = [...s.env.keys()].filter((k) => k.startsWith('INPUT_'));
  const unknown = keys.filter((k) => !byEnvName.has(k));
  const missing = [...declared].filter((n) => !s.env.has(inputEnvName(n)));
  if (unknown.length > 0)
    problems.push(`${at}/.env.example has ${list(unknown)}, which action.yml does not declare`);
  if (missing.length > 0) {
    problems.push(
      `${at}/.env.example lacks ${list(missing.map(inputEnvName))} for declared input(s) ${list(missing)}`,
    );
  }

  // 3. action.yml defaults give the same typed inputs as inputs.ts's own fallbacks. Inputs
  // without a literal default take their example value in both runs; expression defaults
  // (`${{ github.token }}`) depend on the run and are left out.
  const literal = new Map(
    Object.entries(s.metadata.inputs ?? {})
      .filter(([, spec]) => spec.default !== undefined && !String(spec.default).includes('${{'))
      .map(([n, spec]) => [n, String(spec.default)]),
  );
  try {
    const withoutDefaults = s.readInputs(
      new InputParser((n) => (literal.has(n) ? '' : valueOf(n))),
    );
    const withDefaults = s.readInputs(new InputParser((n) => literal.get(n) ?? valueOf(n)));
    if (!isDeepStrictEqual(withoutDefaults, withDefaults)) {
      const differing = [...literal.keys()].filter((n) => {
        const one = s.readInputs(
          new InputParser((m) => (m === n ? literal.get(n)! : literal.has(m) ? '' : valueOf(m))),
        );
        return !isDeepStrictEqual(one, withoutDefaults);
      });
      problems.push(
        `${at}: action.yml default(s) for ${list(differing)} differ from the fallback(s) in src/inputs.ts; make them equal`,
      );
    }
  } catch (error) {
    problems.push(
      `${at}/src/inputs.ts: readInputs() throws on action.yml's defaults: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return problems;
}
