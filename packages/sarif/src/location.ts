import { isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArtifactLocation, SarifResult } from './types.js';

export interface PrimaryLocation {
  /** Repository-relative path with `/` separators, or the URI as written when it is not a file. */
  path: string | undefined;
  startLine: number | undefined;
  startColumn: number | undefined;
  endLine: number | undefined;
  endColumn: number | undefined;
}

/**
 * The first location of a result, as code scanning reads it: only the first counts, an
 * `artifactLocation.index` points into `run.artifacts`, and `uriBaseId` is ignored (GitHub
 * treats relative URIs as repository-relative).
 */
export function primaryLocation(
  result: SarifResult,
  artifacts: readonly ({ location?: ArtifactLocation } | undefined)[] | undefined,
  root: string | undefined,
): PrimaryLocation {
  const first = Array.isArray(result.locations) ? result.locations[0] : undefined;
  const physical = first && typeof first === 'object' ? first.physicalLocation : undefined;
  const region = physical && typeof physical === 'object' ? physical.region : undefined;
  let artifact = physical && typeof physical === 'object' ? physical.artifactLocation : undefined;
  if (artifact && typeof artifact.uri !== 'string' && typeof artifact.index === 'number') {
    artifact = artifacts?.[artifact.index]?.location;
  }
  const uri = artifact && typeof artifact.uri === 'string' ? artifact.uri : undefined;
  return {
    path: uri === undefined ? undefined : repoRelativePath(uri, root),
    startLine: positiveInt(region?.startLine),
    startColumn: positiveInt(region?.startColumn),
    endLine: positiveInt(region?.endLine),
    endColumn: positiveInt(region?.endColumn),
  };
}

/** `file:///w/src/a.ts` or `/w/src/a.ts` under root `/w` -> `src/a.ts`; `./a.ts` -> `a.ts`. */
export function repoRelativePath(uri: string, root: string | undefined): string {
  // Most tools already write plain repository-relative paths: keep that path cheap.
  if (PLAIN.test(uri)) return uri;
  let path = uri;
  if (/^file:/i.test(path)) {
    try {
      path = fileURLToPath(path);
    } catch {
      path = path.replace(/^file:\/*/i, '/');
    }
  } else if (/^[a-z][a-z0-9+.-]+:/i.test(path)) {
    return path;
  } else {
    try {
      path = decodeURIComponent(path);
    } catch {
      // A stray `%` is part of the name.
    }
  }
  if (root && isAbsolute(path)) {
    const rel = relative(root, path);
    if (rel && !rel.startsWith('..') && !isAbsolute(rel)) path = rel;
  }
  path = path.split(sep).join('/');
  while (path.startsWith('./')) path = path.slice(2);
  return path;
}

const PLAIN = /^(?![./])[\w@+-][\w@+./-]*$/;

function positiveInt(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}
