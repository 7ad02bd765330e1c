// A small line diff (LCS) for showing README drift; generated docs are a few hundred lines, so
// the quadratic table is fine and saves a dependency.

/** Unified-style diff lines (`-` only in `before`, `+` only in `after`), with `context` lines around changes. */
export function lineDiff(before: string, after: string, context = 2): string {
  const a = before.split('\n');
  const b = after.split('\n');
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] =
        a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const ops: Array<{ op: ' ' | '-' | '+'; text: string; line: number }> = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ op: ' ', text: a[i]!, line: i + 1 });
      i++;
      j++;
    } else if (i < n && (j >= m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      // Removals before additions, as unified diffs show them.
      ops.push({ op: '-', text: a[i]!, line: i + 1 });
      i++;
    } else {
      ops.push({ op: '+', text: b[j]!, line: i + 1 });
      j++;
    }
  }
  const keep = ops.map(() => false);
  ops.forEach((o, k) => {
    if (o.op === ' ') return;
    for (let c = Math.max(0, k - context); c <= Math.min(ops.length - 1, k + context); c++)
      keep[c] = true;
  });
  const out: string[] = [];
  let gap = true;
  ops.forEach((o, k) => {
    if (!keep[k]) {
      gap = true;
      return;
    }
    if (gap) out.push(`@@ line ${o.line} @@`);
    gap = false;
    out.push(`${o.op} ${o.text}`);
  });
  return out.join('\n');
}
