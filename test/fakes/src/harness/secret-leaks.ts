// Finds secrets in what a step leaves behind. On the runner a value registered with
// `::add-mask::` shows as `***` in the log, but an output or summary that contains it is still
// a bug (outputs carrying a secret are dropped, summaries are not masked at all), and anything
// printed before the mask was registered is visible. So the harness treats any appearance
// outside the add-mask command itself as a leak.

/**
 * Values shorter than this are not searched for: a two-character "secret" would match
 * everywhere. Test secrets should be realistic (long and random-looking) anyway.
 */
export const MIN_SECRET_LENGTH = 4;

export interface Surface {
  /** Where the text came from, e.g. `stdout`, `job summary`, `output 'report'`. */
  name: string;
  text: string;
  /** Line indexes (0-based) to skip: the `::add-mask::` command lines themselves. */
  skipLines?: ReadonlySet<number>;
}

export interface SecretLeak {
  surface: string;
  /** 1-based line in the surface. */
  line: number;
  /** Which secret, by its index in the list given (so the report never repeats the value). */
  secretIndex: number;
  /** How it appeared: as given, JSON-escaped or URL-encoded. */
  form: 'raw' | 'json' | 'url';
  /** The offending line with every secret replaced by `<secret #n>`. */
  context: string;
}

function formsOf(secret: string): Array<[SecretLeak['form'], string]> {
  const forms: Array<[SecretLeak['form'], string]> = [['raw', secret]];
  const json = JSON.stringify(secret).slice(1, -1);
  if (json !== secret) forms.push(['json', json]);
  const url = encodeURIComponent(secret);
  if (url !== secret) forms.push(['url', url]);
  return forms;
}

/** The distinct secrets worth searching for (multi-line values also line by line). */
export function searchableSecrets(secrets: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const secret of secrets) {
    if (secret.trim().length >= MIN_SECRET_LENGTH) out.add(secret);
    if (secret.includes('\n')) {
      for (const line of secret.split(/\r?\n/))
        if (line.trim().length >= MIN_SECRET_LENGTH) out.add(line);
    }
  }
  return [...out];
}

export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  // Longest first, so a secret containing another is replaced whole.
  const order = secrets.map((s, i) => [s, i] as const).sort((a, b) => b[0].length - a[0].length);
  for (const [secret, i] of order) {
    for (const [, form] of formsOf(secret)) out = out.split(form).join(`<secret #${i + 1}>`);
  }
  return out;
}

export function findSecretLeaks(
  secrets: readonly string[],
  surfaces: readonly Surface[],
): SecretLeak[] {
  const leaks: SecretLeak[] = [];
  if (secrets.length === 0) return leaks;
  for (const surface of surfaces) {
    const lines = surface.text.split('\n');
    lines.forEach((line, index) => {
      if (surface.skipLines?.has(index)) return;
      secrets.forEach((secret, secretIndex) => {
        for (const [form, value] of formsOf(secret)) {
          if (!line.includes(value)) continue;
          leaks.push({
            surface: surface.name,
            line: index + 1,
            secretIndex,
            form,
            context: redact(line, secrets).slice(0, 300),
          });
          return;
        }
      });
    });
  }
  return leaks;
}

export class SecretLeakError extends Error {
  constructor(
    readonly leaks: readonly SecretLeak[],
    secretCount: number,
  ) {
    const lines = leaks
      .slice(0, 20)
      .map(
        (l) =>
          `  - secret #${l.secretIndex + 1} (${l.form}) in ${l.surface}, line ${l.line}: ${l.context}`,
      );
    if (leaks.length > 20) lines.push(`  ... and ${leaks.length - 20} more`);
    super(
      `A masked value or test secret leaked (${leaks.length} place(s), ${secretCount} secret(s) searched). ` +
        `Mask it before printing, and never put it in outputs, the summary or exported env:\n${lines.join('\n')}`,
    );
    this.name = 'SecretLeakError';
  }
}
