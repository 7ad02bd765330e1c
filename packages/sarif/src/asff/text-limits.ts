/** ASFF field limits (Security Hub user guide, "Required/Optional top-level attributes"). */
export const ASFF_LIMITS = {
  id: 512,
  generatorId: 512,
  productArnMin: 12,
  productArn: 2048,
  title: 256,
  description: 1024,
  severityOriginal: 64,
  recommendationText: 512,
  region: 16,
  productName: 128,
  resourceType: 256,
  resources: 32,
  types: 50,
  fieldMapPairs: 50,
  fieldMapKey: 128,
  fieldMapValue: 2048,
} as const;

const ELLIPSIS = '…';

/**
 * Cuts `text` to at most `max` UTF-16 units (so it also fits any code-point count) and marks the
 * cut with an ellipsis. Never splits a surrogate pair: a lone surrogate would make the JSON body
 * invalid UTF-8 on the wire.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - ELLIPSIS.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end).trimEnd()}${ELLIPSIS}`;
}

/** ASFF strings must match `\S`: collapse whitespace and fall back when nothing is left. */
export function nonEmpty(text: string | undefined, fallback: string): string {
  const cleaned = (text ?? '').replace(/\s+/g, ' ').trim();
  return cleaned.length > 0 ? cleaned : fallback;
}

/** The first sentence (or line) of a message, which is what code scanning shows as a title. */
export function firstSentence(text: string): string {
  const line = text.trim().split(/\r?\n/, 1)[0] ?? '';
  const match = /^(.+?[.!?])(\s|$)/.exec(line);
  return (match?.[1] ?? line).trim();
}
