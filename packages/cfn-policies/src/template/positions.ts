import type { SourceLocation } from './errors.js';

/** Joins template path segments the way every location in this package spells them. */
export function joinPath(parent: string, segment: string | number): string {
  return parent === '' ? String(segment) : `${parent}.${segment}`;
}

/** Template path -> source offset; a `Map` or a lazily computed index (YAML). */
export interface OffsetLookup {
  get(path: string): number | undefined;
  has(path: string): boolean;
}

/**
 * Side table from template paths to source offsets. Offsets are converted to line/column lazily so
 * that loading a large template costs one Map insert per node.
 */
export class PositionIndex {
  private readonly lineStarts: number[];

  constructor(
    readonly file: string,
    private readonly text: string,
    private readonly offsets: OffsetLookup,
  ) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    this.lineStarts = starts;
  }

  has(path: string): boolean {
    return this.offsets.has(path);
  }

  /** Position of `path`, or of its nearest ancestor that has one (synthesized or resolved nodes). */
  locate(path: string): SourceLocation {
    let probe = path;
    for (;;) {
      const offset = this.offsets.get(probe);
      if (offset !== undefined) return { file: this.file, path, ...this.lineColumn(offset) };
      const dot = probe.lastIndexOf('.');
      if (dot < 0) break;
      probe = probe.slice(0, dot);
    }
    const root = this.offsets.get(probe) ?? 0;
    return { file: this.file, path, ...this.lineColumn(root) };
  }

  lineColumn(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - (this.lineStarts[lo] ?? 0) + 1 };
  }
}
