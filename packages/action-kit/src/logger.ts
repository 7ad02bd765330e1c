/** Where an annotation points. Paths are relative to the repository root. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/**
 * Everything library code may say to the user. Libraries take a Logger instead of importing
 * `@actions/core`, so the same code runs in the action, in the CLI and in tests.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  notice(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  error(message: string, properties?: AnnotationProperties): void;
  startGroup(name: string): void;
  endGroup(): void;
  /** Registers a value that must never be printed (`::add-mask::` on the runner). */
  mask(secret: string): void;
}

export async function withGroup<T>(logger: Logger, name: string, fn: () => Promise<T>): Promise<T> {
  logger.startGroup(name);
  try {
    return await fn();
  } finally {
    logger.endGroup();
  }
}

export type LogLevel =
  'debug' | 'info' | 'notice' | 'warning' | 'error' | 'group' | 'endgroup' | 'mask';

export interface LogEntry {
  level: LogLevel;
  message: string;
  properties?: AnnotationProperties;
}

/** A Logger that keeps what it was told, for tests. */
export class RecordingLogger implements Logger {
  readonly entries: LogEntry[] = [];
  readonly masked: string[] = [];

  debug(message: string): void {
    this.entries.push({ level: 'debug', message });
  }
  info(message: string): void {
    this.entries.push({ level: 'info', message });
  }
  notice(message: string, properties?: AnnotationProperties): void {
    this.push('notice', message, properties);
  }
  warning(message: string, properties?: AnnotationProperties): void {
    this.push('warning', message, properties);
  }
  error(message: string, properties?: AnnotationProperties): void {
    this.push('error', message, properties);
  }
  startGroup(name: string): void {
    this.entries.push({ level: 'group', message: name });
  }
  endGroup(): void {
    this.entries.push({ level: 'endgroup', message: '' });
  }
  mask(secret: string): void {
    this.masked.push(secret);
    this.entries.push({ level: 'mask', message: '***' });
  }

  messages(level?: LogLevel): string[] {
    return this.entries
      .filter((e) => level === undefined || e.level === level)
      .map((e) => e.message);
  }

  private push(level: LogLevel, message: string, properties?: AnnotationProperties): void {
    this.entries.push(properties ? { level, message, properties } : { level, message });
  }
}

/** A Logger for terminals (the CLI): plain lines on stderr, annotations as `file:line: level: msg`. */
export class ConsoleLogger implements Logger {
  private depth = 0;
  private readonly secrets = new Set<string>();

  constructor(
    private readonly write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
    private readonly verbose = false,
  ) {}

  debug(message: string): void {
    if (this.verbose) this.line(`debug: ${message}`);
  }
  info(message: string): void {
    this.line(message);
  }
  notice(message: string, properties?: AnnotationProperties): void {
    this.line(`${where(properties)}notice: ${message}`);
  }
  warning(message: string, properties?: AnnotationProperties): void {
    this.line(`${where(properties)}warning: ${message}`);
  }
  error(message: string, properties?: AnnotationProperties): void {
    this.line(`${where(properties)}error: ${message}`);
  }
  startGroup(name: string): void {
    this.line(`▸ ${name}`);
    this.depth++;
  }
  endGroup(): void {
    this.depth = Math.max(0, this.depth - 1);
  }
  mask(secret: string): void {
    if (secret) this.secrets.add(secret);
  }

  private line(text: string): void {
    let out = text;
    for (const s of this.secrets) out = out.split(s).join('***');
    this.write(`${'  '.repeat(this.depth)}${out}`);
  }
}

function where(p: AnnotationProperties | undefined): string {
  if (!p?.file) return '';
  return `${p.file}${p.startLine ? `:${p.startLine}` : ''}${p.startColumn ? `:${p.startColumn}` : ''}: `;
}
