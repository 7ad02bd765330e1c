// Workflow steps that run this repo's actions (`uses: ./actions/<name>`) must pass only inputs
// the action declares and every required one. The runner merely warns about unknown inputs,
// so a renamed input would otherwise leave an e2e job silently testing the default.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { loadActionMetadata } from './action-metadata.js';

export interface LocalUse {
  file: string;
  line: number;
  action: string;
  inputs: string[];
}

/** Every `uses: ./actions/<name>` step in a workflow text, with its `with:` keys. */
export function findLocalUses(text: string, file: string): LocalUse[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const out: LocalUse[] = [];
  const visit = (node: unknown): void => {
    if (isSeq(node)) {
      for (const item of node.items) visit(item);
      return;
    }
    if (!isMap(node)) return;
    const uses = node.get('uses', true);
    if (isScalar(uses) && typeof uses.value === 'string') {
      const m = /^\.\/actions\/([^/@]+)\/?$/.exec(uses.value.trim());
      if (m) {
        const withNode = node.get('with', true);
        const inputs = isMap(withNode)
          ? withNode.items.filter(isPair).map((p) => String(isScalar(p.key) ? p.key.value : p.key))
          : [];
        out.push({
          file,
          line: lineCounter.linePos((uses as Node).range?.[0] ?? 0).line,
          action: m[1]!,
          inputs,
        });
      }
    }
    for (const pair of node.items) if (isPair(pair)) visit(pair.value);
  };
  visit(doc.contents);
  return out;
}

export function localUseProblems(root: string): { problems: string[]; pending: string[] } {
  const dir = join(root, '.github', 'workflows');
  const problems: string[] = [];
  const pending = new Set<string>();
  if (!existsSync(dir)) return { problems, pending: [] };
  for (const name of readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()) {
    const file = `.github/workflows/${name}`;
    for (const use of findLocalUses(readFileSync(join(dir, name), 'utf8'), file)) {
      const at = `${use.file}:${use.line}`;
      const actionDir = join(root, 'actions', use.action);
      const yml = join(actionDir, 'action.yml');
      if (!existsSync(actionDir)) {
        problems.push(`${at}: uses ./actions/${use.action}, which does not exist`);
        continue;
      }
      if (!existsSync(yml)) {
        pending.add(use.action);
        continue;
      }
      const { metadata } = loadActionMetadata(yml, `actions/${use.action}/action.yml`);
      if (!metadata) continue; // The schema check reports it.
      const declared = metadata.inputs ?? {};
      const unknown = use.inputs.filter((i) => !(i in declared));
      if (unknown.length > 0) {
        problems.push(
          `${at}: ./actions/${use.action} has no input(s) ${unknown.map((i) => `'${i}'`).join(', ')} ` +
            `(declared: ${Object.keys(declared).join(', ') || 'none'})`,
        );
      }
      const missing = Object.entries(declared)
        .filter(
          ([name, spec]) =>
            spec.required === true && spec.default === undefined && !use.inputs.includes(name),
        )
        .map(([name]) => `'${name}'`);
      if (missing.length > 0)
        problems.push(`${at}: ./actions/${use.action} requires ${missing.join(', ')}`);
    }
  }
  return { problems, pending: [...pending].sort() };
}
