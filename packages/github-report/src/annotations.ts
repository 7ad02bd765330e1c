// GitHub creates at most 10 annotations per level per step and 50 per job and silently drops
// the rest, so the most severe ones go first and the others are counted for the summary.
import type { AnnotationProperties, Logger } from '@devsecops-gates/action-kit';
import type { Annotation, AnnotationLevel } from './types.js';

export const ANNOTATION_LIMITS = { perLevelPerStep: 10, perJob: 50 } as const;

const LEVEL_ORDER: Record<AnnotationLevel, number> = { error: 0, warning: 1, notice: 2 };

export interface AnnotationOutcome {
  emitted: number;
  dropped: number;
  droppedByLevel: Record<AnnotationLevel, number>;
}

/** Errors before warnings before notices; within a level, higher rank first; then by place. */
export function sortAnnotations(annotations: readonly Annotation[]): Annotation[] {
  return annotations
    .map((a, index) => ({ a, index }))
    .sort(
      (x, y) =>
        LEVEL_ORDER[x.a.level] - LEVEL_ORDER[y.a.level] ||
        (y.a.rank ?? 0) - (x.a.rank ?? 0) ||
        (x.a.file ?? '').localeCompare(y.a.file ?? '') ||
        (x.a.startLine ?? 0) - (y.a.startLine ?? 0) ||
        x.index - y.index,
    )
    .map(({ a }) => a);
}

/**
 * Emits up to the per-level and per-job caps through the logger. Messages and titles are passed
 * raw: the logger (`@actions/core`) escapes `%`, CR, LF and, in properties, `:` and `,`.
 */
export function emitAnnotations(
  annotations: readonly Annotation[],
  logger: Logger,
  limits: { perLevel?: number | Partial<Record<AnnotationLevel, number>>; total?: number } = {},
): AnnotationOutcome {
  const cap = (level: AnnotationLevel): number =>
    typeof limits.perLevel === 'number'
      ? limits.perLevel
      : (limits.perLevel?.[level] ?? ANNOTATION_LIMITS.perLevelPerStep);
  const total = limits.total ?? ANNOTATION_LIMITS.perJob;
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const droppedByLevel: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  let emitted = 0;
  for (const annotation of sortAnnotations(annotations)) {
    if (used[annotation.level] >= cap(annotation.level) || emitted >= total) {
      droppedByLevel[annotation.level]++;
      continue;
    }
    used[annotation.level]++;
    emitted++;
    logger[annotation.level](annotation.message, properties(annotation));
  }
  return { emitted, dropped: annotations.length - emitted, droppedByLevel };
}

// The runner rejects column ranges that span lines (toolkit contract), and a line number below 1
// makes it drop the file link; such properties are left out rather than sent wrong.
function properties(a: Annotation): AnnotationProperties | undefined {
  const p: AnnotationProperties = {};
  if (a.title) p.title = a.title;
  if (a.file) p.file = a.file.replace(/^\.\//, '');
  const line = positive(a.startLine);
  if (p.file && line !== undefined) {
    p.startLine = line;
    const endLine = positive(a.endLine);
    if (endLine !== undefined && endLine >= line) p.endLine = endLine;
    if (p.endLine === undefined || p.endLine === line) {
      const col = positive(a.startColumn);
      if (col !== undefined) {
        p.startColumn = col;
        const endCol = positive(a.endColumn);
        if (endCol !== undefined && endCol >= col) p.endColumn = endCol;
      }
    }
  }
  return Object.keys(p).length > 0 ? p : undefined;
}

function positive(n: number | undefined): number | undefined {
  return n !== undefined && Number.isInteger(n) && n >= 1 ? n : undefined;
}
