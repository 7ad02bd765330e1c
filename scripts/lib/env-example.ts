// Reads an action's `.env.example` (the dotenv file @github/local-action loads) so tests can
// compare the INPUT_* keys it documents with what action.yml declares and inputs.ts reads.

/** dotenv-style pairs: `KEY=value`, optional `export `, `#` comments, single/double quotes. */
export function parseDotenv(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = /^(?:export\s+)?([^=\s]+)\s*=\s*(.*)$/.exec(line);
    if (!m) throw new Error(`line ${i + 1}: expected KEY=value, got '${line}'`);
    const key = m[1]!;
    let value = m[2]!;
    const quote = value[0];
    if (quote === '"' || quote === "'") {
      // A quoted value may span lines until its closing quote.
      while (!(value.length > 1 && value.endsWith(quote)) && i + 1 < lines.length)
        value += `\n${lines[++i]!}`;
      value = value.slice(1, -1);
      if (quote === '"') value = value.replace(/\\n/g, '\n');
    } else {
      value = value.replace(/\s+#.*$/, '').trim();
    }
    out.set(key, value);
  }
  return out;
}

/** `INPUT_<NAME>` as the runner names it. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
