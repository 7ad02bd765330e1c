import { spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';
import { ConfigurationError } from '@devsecops-gates/action-kit';

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Called for every stdout line as it arrives; stdout is then not kept in the result. */
  onStdoutLine?: (line: string) => void;
  onStderrLine?: (line: string) => void;
}

export interface CommandResult {
  exitCode: number;
  /** Whole stdout when no line handler was given, else ''. */
  stdout: string;
  /** The last part of stderr (bounded). */
  stderr: string;
}

/**
 * Starts a program with an argument vector (never a shell string, so no quoting or injection
 * issues with user inputs) and reports its output. Injected so tests can substitute a recording.
 */
export interface CommandRunner {
  run(command: string, args: readonly string[], options: RunOptions): Promise<CommandResult>;
}

const STDERR_KEEP = 64 * 1024;

/** Splits a byte stream into lines without breaking UTF-8 sequences across chunks. */
export class LineSplitter {
  private readonly decoder = new StringDecoder('utf8');
  private rest = '';

  constructor(private readonly onLine: (line: string) => void) {}

  write(chunk: Buffer | string): void {
    const text = this.rest + (typeof chunk === 'string' ? chunk : this.decoder.write(chunk));
    let start = 0;
    for (let nl = text.indexOf('\n', start); nl !== -1; nl = text.indexOf('\n', start)) {
      this.onLine(text.slice(start, nl));
      start = nl + 1;
    }
    this.rest = text.slice(start);
  }

  end(): void {
    const text = this.rest + this.decoder.end();
    this.rest = '';
    if (text !== '') this.onLine(text);
  }
}

/** The real runner: node:child_process spawn, stdout streamed line by line. */
export function spawnRunner(): CommandRunner {
  return {
    run(command, args, options) {
      return new Promise((resolve, reject) => {
        const child = spawn(command, [...args], {
          cwd: options.cwd,
          env: options.env,
          shell: false,
          windowsHide: true,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        const chunks: Buffer[] = [];
        let stderr = '';
        const out = options.onStdoutLine ? new LineSplitter(options.onStdoutLine) : undefined;
        const err = new LineSplitter((line) => {
          stderr = (stderr + line + '\n').slice(-STDERR_KEEP);
          options.onStderrLine?.(line);
        });
        child.stdout.on('data', (chunk: Buffer) => (out ? out.write(chunk) : chunks.push(chunk)));
        child.stderr.on('data', (chunk: Buffer) => err.write(chunk));
        // ENOENT / EACCES: the binary vanished or is not executable; the user can fix that.
        child.on('error', (error) =>
          reject(
            new ConfigurationError(`Could not start ${command}: ${error.message}`, {
              hint: 'Check the binary input and that the file is executable.',
            }),
          ),
        );
        child.on('close', (code, signal) => {
          out?.end();
          err.end();
          resolve({
            exitCode: code ?? (signal ? 128 + signalNumber(signal) : 1),
            stdout: out ? '' : Buffer.concat(chunks).toString('utf8'),
            stderr,
          });
        });
      });
    },
  };
}

function signalNumber(signal: NodeJS.Signals): number {
  return ({ SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 } as Record<string, number>)[signal] ?? 1;
}
