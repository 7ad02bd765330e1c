import { isAbsolute, resolve } from 'node:path';
import type { LineHashCache } from './fingerprint.js';
import { primaryLocation } from './location.js';
import type { SarifRun } from './types.js';

/**
 * Adds `partialFingerprints.primaryLocationLineHash` to results that lack it, from the source
 * file under `root` when it is there, as codeql-action does before uploading. Results whose
 * file is missing, outside the root, or not a file URI are left alone.
 */
export async function addLineHashes(
  run: SarifRun,
  root: string,
  cache: LineHashCache,
): Promise<number> {
  let added = 0;
  const results = Array.isArray(run.results) ? run.results : [];
  for (const result of results) {
    if (!result || typeof result !== 'object') continue;
    const existing = result.partialFingerprints;
    if (
      existing &&
      typeof existing === 'object' &&
      typeof existing.primaryLocationLineHash === 'string'
    )
      continue;
    const location = primaryLocation(result, run.artifacts, root);
    if (
      !location.path ||
      location.startLine === undefined ||
      /^[a-z][a-z0-9+.-]+:/i.test(location.path)
    )
      continue;
    if (isAbsolute(location.path)) continue;
    const hash = await cache.hashAt(resolve(root, location.path), location.startLine);
    if (hash === undefined) continue;
    result.partialFingerprints = {
      ...(existing && typeof existing === 'object' ? existing : {}),
      primaryLocationLineHash: hash,
    };
    added++;
  }
  return added;
}
