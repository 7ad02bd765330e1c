// Third-party actions must be pinned by full commit SHA with the version in a comment
// (`uses: owner/repo@<40 hex> # v1.2.3`): a tag can be moved to other code after review, a SHA
// cannot, and the comment keeps the pin readable and lets Dependabot update both together.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { yamlFilesToScan } from './workflow-injection.js';

export function unpinnedUses(text: string, file: string): string[] {
  const problems: string[] = [];
  text.split('\n').forEach((line, index) => {
    const m = /^\s*(?:-\s+)?uses:\s*['"]?([^'"\s#]+)['"]?\s*(#.*)?$/.exec(line);
    if (!m) return;
    const ref = m[1]!;
    if (ref.startsWith('./') || ref.startsWith('docker://')) return;
    const at = `${file}:${index + 1}`;
    if (!/@[0-9a-f]{40}$/.test(ref)) {
      problems.push(
        `${at}: '${ref}' is not pinned to a full commit SHA (owner/repo@<40 hex> # vX.Y.Z)`,
      );
    } else if (!/^#\s*v?\d+(\.\d+)*\b/.test(m[2] ?? '')) {
      problems.push(`${at}: '${ref}' needs its version as a comment, e.g. '# v4.2.0'`);
    }
  });
  return problems;
}

export function scanRepoForUnpinnedUses(root: string): string[] {
  return yamlFilesToScan(root).flatMap((path) =>
    unpinnedUses(readFileSync(path, 'utf8'), relative(root, path)),
  );
}
