/**
 * address -> remote ID from a state file (format v4), e.g. OpenTofu's `errored_test.tfstate`
 * written when a test's destroy failed. Terraform's stream names leftovers only by address.
 */
export function idsFromState(text: string): Map<string, string> {
  const ids = new Map<string, string>();
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return ids;
  }
  if (!isRecord(doc) || !Array.isArray(doc.resources)) return ids;
  for (const r of doc.resources) {
    if (!isRecord(r) || typeof r.type !== 'string' || typeof r.name !== 'string') continue;
    const base = `${typeof r.module === 'string' ? `${r.module}.` : ''}${r.mode === 'data' ? 'data.' : ''}${r.type}.${r.name}`;
    for (const inst of Array.isArray(r.instances) ? r.instances : []) {
      if (!isRecord(inst)) continue;
      const key = inst.index_key;
      const address =
        typeof key === 'string'
          ? `${base}[${JSON.stringify(key)}]`
          : typeof key === 'number'
            ? `${base}[${key}]`
            : base;
      const attrs = isRecord(inst.attributes) ? inst.attributes : {};
      const id =
        typeof attrs.id === 'string'
          ? attrs.id
          : typeof attrs.arn === 'string'
            ? attrs.arn
            : undefined;
      if (id !== undefined) ids.set(address, id);
    }
  }
  return ids;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
