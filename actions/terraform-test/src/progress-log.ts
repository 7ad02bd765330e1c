import type { Logger } from '@devsecops-gates/action-kit';
import { conclusionLine, fileLine, renderDiagnostic, runLine, wrap } from './diagnostic-text.js';
import type { LeftoverResource, TestTool } from './model.js';
import type { StreamEvent } from './stream-parser.js';

/** A run still planning/applying is reported again after this long, so CI logs show life. */
const HEARTBEAT_MS = 30_000;

/**
 * Writes the live log of one module's test stream: terraform's own progress lines, one log group
 * per test file (a new group opens when the stream moves to another file, which also covers
 * OpenTofu printing each file once it finished), diagnostics in terraform's plain layout.
 */
export class ProgressLog {
  private openFile: string | undefined;
  private tool: TestTool = 'terraform';
  private readonly heartbeats = new Map<string, number>();

  constructor(
    private readonly logger: Logger,
    /** Prefix for group titles when several modules run, e.g. `modules/vpc`. */
    private readonly moduleLabel: string | undefined,
  ) {}

  write(event: StreamEvent): void {
    switch (event.kind) {
      case 'version':
        this.tool = event.tool;
        this.logger.info(`${event.tool === 'tofu' ? 'OpenTofu' : 'Terraform'} ${event.version}`);
        return;
      case 'abstract':
        this.logger.info(event.message);
        return;
      case 'file':
        this.enter(event.path);
        this.logger.info(fileLine(event.path, event.progress, event.status));
        return;
      case 'run':
        this.enter(event.file);
        if (event.progress === 'complete' && event.status)
          this.logger.info(runLine(event.run, event.status));
        else if (event.progress === 'running' && event.elapsedMs !== undefined)
          this.heartbeat(event.file, event.run, event.elapsedMs);
        return;
      case 'diagnostic':
        if (event.file !== undefined) this.enter(event.file);
        else this.leave();
        this.logger.info(renderDiagnostic(event.diagnostic).join('\n'));
        return;
      case 'cleanup':
        this.enter(event.file);
        this.logger.info(
          leftoverText(this.tool, event.file, event.run, event.resources).join('\n'),
        );
        return;
      case 'interrupt':
        if (event.resources.length > 0) {
          this.logger.info(
            [
              `${this.toolName()} was interrupted while executing ${event.file ?? 'the tests'}, and may not have performed the expected cleanup operations:`,
              ...event.resources.map(bullet),
            ].join('\n'),
          );
        }
        return;
      case 'summary':
        this.leave();
        this.logger.info('');
        this.logger.info(conclusionLine(event.summary));
        return;
      case 'log':
        this.logger.info(event.message.replace(/\n+$/, ''));
        return;
      case 'text':
        this.logger.info(event.line);
        return;
      case 'verbose':
      case 'ignored':
        return;
    }
  }

  /** Closes the open group (end of stream). */
  finish(): void {
    this.leave();
  }

  private heartbeat(file: string, run: string, elapsedMs: number): void {
    const key = `${file}\u0000${run}`;
    const last = this.heartbeats.get(key) ?? 0;
    if (elapsedMs - last < HEARTBEAT_MS) return;
    this.heartbeats.set(key, elapsedMs);
    this.logger.info(`  run "${run}"... still running (${Math.round(elapsedMs / 1000)}s)`);
  }

  private enter(file: string): void {
    if (this.openFile === file) return;
    this.leave();
    this.openFile = file;
    this.logger.startGroup(this.moduleLabel ? `${this.moduleLabel}: ${file}` : file);
  }

  private leave(): void {
    if (this.openFile === undefined) return;
    this.openFile = undefined;
    this.logger.endGroup();
  }

  private toolName(): string {
    return this.tool === 'tofu' ? 'OpenTofu' : 'Terraform';
  }
}

export function leftoverText(
  tool: TestTool,
  file: string,
  run: string | undefined,
  resources: readonly LeftoverResource[],
): string[] {
  const where = run === undefined ? file : `${file}/${run}`;
  // Worded and wrapped as terraform's human view prints it.
  return [
    ...wrap(
      `${tool === 'tofu' ? 'OpenTofu' : 'Terraform'} left the following resources in state after executing ${where}, and they need to be cleaned up manually:`,
      77,
    ),
    ...resources.map(bullet),
  ];
}

function bullet(r: LeftoverResource): string {
  const deposed = r.deposedKey ? ` (${r.deposedKey})` : '';
  const id = r.id ? ` [id: ${r.id}]` : '';
  return `  - ${r.address}${deposed}${id}`;
}
