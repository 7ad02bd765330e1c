/** ValidatePolicy's empirical request limit, as the reference enforces it (issue #23). */
export const VALIDATE_POLICY_MAX_CHARS = 32_768;

/**
 * The size the reference measures: Python `json.dumps` (ASCII-escaped, `", "` / `": "`
 * separators) with every space removed. Separators vanish with the spaces, so compact JSON with
 * non-ASCII escaped and spaces dropped gives the same count.
 */
export function referencePolicySize(document: unknown): number {
  const json = JSON.stringify(document) ?? 'null';
  let size = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code === 0x20) continue;
    size += code > 0x7f ? 6 : 1;
  }
  return size;
}

export function policySizeMessage(size: number): string {
  return (
    `The ${size} characters in the policy, excluding whitespace, exceed the character maximum ` +
    'for the ValidatePolicy API. We recommend that you use multiple granular policies.'
  );
}
