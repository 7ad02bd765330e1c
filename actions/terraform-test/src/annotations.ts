import type { Annotation } from '@devsecops-gates/github-report';
import { snippetExtras } from './diagnostic-text.js';
import type { Diagnostic } from './model.js';
import { repoPath, type ModuleOutcome } from './module-outcome.js';

/** Where a diagnostic came from, for the annotation text. */
interface Origin {
  file?: string;
  run?: string;
  phase: 'validate' | 'test' | 'teardown' | 'config';
}

/**
 * One annotation per distinct diagnostic, at its range in the repository. Ranges in fake files
 * (`<value for var.x>` for -var values, `<input-variable>`) cannot be shown on a diff, so those
 * keep their text but lose the location.
 */
export function moduleAnnotations(m: ModuleOutcome): Annotation[] {
  const out: Annotation[] = [];
  const seen = new Set<string>();
  const add = (d: Diagnostic, origin: Origin) => {
    const a = toAnnotation(m.dir, d, origin);
    const key = `${a.level}|${a.file}|${a.startLine}|${a.title}|${a.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(a);
  };
  for (const d of m.validate?.diagnostics ?? []) add(d, { phase: 'validate' });
  if (m.test) {
    for (const d of m.test.stream.diagnostics) add(d, { phase: 'config' });
    for (const f of m.test.stream.files) {
      for (const r of f.runs)
        for (const d of r.diagnostics) add(d, { file: f.path, run: r.name, phase: 'test' });
      const teardown = new Set(f.teardownDiagnostics);
      for (const d of f.diagnostics)
        add(d, { file: f.path, phase: teardown.has(d) ? 'teardown' : 'test' });
    }
  }
  if (m.leftovers.length > 0) {
    const list = m.leftovers.map(
      (r) =>
        `${r.address}${r.deposedKey ? ` (deposed ${r.deposedKey})` : ''}${r.id ? ` id=${r.id}` : ''}`,
    );
    out.push({
      level: 'error',
      title: `Resources left in state (${m.dir})`,
      message: `${m.tool === 'tofu' ? 'OpenTofu' : 'Terraform'} could not destroy ${m.leftovers.length} test resource(s); delete them manually:\n${list.join('\n')}`,
      rank: 2,
    });
  }
  return out;
}

function toAnnotation(dir: string, d: Diagnostic, origin: Origin): Annotation {
  const where: string[] = [];
  if (origin.run) where.push(`run "${origin.run}"`);
  if (origin.file) where.push(`in ${repoPath(dir, origin.file)}`);
  if (origin.phase === 'teardown') where.push('(while destroying test resources)');
  if (origin.phase === 'validate') where.push(`(validate ${dir})`);
  const extras = snippetExtras(d);
  const lines = [d.detail.trim(), ...(extras.length > 0 ? ['', ...extras] : [])];
  if (d.address) lines.push(`Resource: ${d.address}`);
  if (where.length > 0) lines.push(`${lines.length > 0 ? '\n' : ''}${where.join(' ')}`);
  const a: Annotation = {
    level: d.severity === 'warning' ? 'warning' : 'error',
    title: d.summary || (d.severity === 'warning' ? 'Warning' : 'Error'),
    message: lines.join('\n').trim() || d.summary,
    // Assertion failures first, then other errors; within GitHub's cap these matter most.
    rank: d.summary === 'Test assertion failed' ? 3 : d.severity === 'error' ? 2 : 0,
  };
  const range = d.range;
  if (range && !isPseudoFile(range.filename)) {
    a.file = repoPath(dir, range.filename);
    a.startLine = Math.max(1, range.start.line);
    a.endLine = Math.max(a.startLine, range.end.line);
    if (range.start.line === range.end.line && range.start.column > 0) {
      a.startColumn = range.start.column;
      // terraform's end column is exclusive; GitHub's is inclusive.
      a.endColumn = Math.max(range.start.column, range.end.column - 1);
    }
  }
  return a;
}

/** `<value for var.x>`, `<input-variable>` and friends: text, not a file in the repository. */
export function isPseudoFile(name: string): boolean {
  return name === '' || name.startsWith('<');
}
