/** What the report needs from a run block that the JSON stream does not say. */
export interface RunBlockInfo {
  name: string;
  /** `apply` unless the block says `command = plan` (terraform's default). */
  command: 'plan' | 'apply';
  asserts: number;
  expectFailures: boolean;
  /** `module { source = "..." }`, for setup-module runs. */
  moduleSource: string | undefined;
  /** 1-based line of the `run` keyword. */
  line: number;
}

/**
 * Reads the `run` blocks of a `.tftest.hcl` / `.tofutest.hcl` (or `.tftest.json`) file. This is a
 * deliberately small scanner, not an HCL parser: comments and string contents are blanked first
 * so braces and keywords inside them cannot confuse the block matching.
 */
export function scanTestFile(path: string, text: string): RunBlockInfo[] {
  if (path.endsWith('.json')) return scanJson(text);
  const clean = blank(text);
  const out: RunBlockInfo[] = [];
  const header = /(^|[\s}])run\s+"([^"\n]*)"\s*\{/g;
  let depth = 0;
  let scanned = 0;
  for (let m = header.exec(clean); m; m = header.exec(clean)) {
    const start = m.index + m[1]!.length;
    depth = depthAt(clean, scanned, start, depth);
    scanned = start;
    if (depth !== 0) continue;
    const labelStart = clean.indexOf('"', start) + 1;
    const name = text.slice(labelStart, labelStart + m[2]!.length);
    const open = m.index + m[0].length - 1;
    const close = matchingBrace(clean, open);
    const body = clean.slice(open + 1, close);
    const command =
      /(^|\s)command\s*=\s*(plan|apply)\b/.exec(body)?.[2] === 'plan' ? 'plan' : 'apply';
    const moduleBlock = /(^|\s)module\s*\{[^}]*?(^|\s)source\s*=\s*"/m.exec(body);
    let moduleSource: string | undefined;
    if (moduleBlock) {
      const q = open + 1 + moduleBlock.index + moduleBlock[0].length;
      moduleSource = text.slice(q, clean.indexOf('"', q));
    }
    out.push({
      name,
      command,
      asserts: (body.match(/(^|\s)assert\s*\{/g) ?? []).length,
      expectFailures: /(^|\s)expect_failures\s*=/.test(body),
      moduleSource,
      line: text.slice(0, start).split('\n').length,
    });
    header.lastIndex = close + 1;
    depth = 0;
    scanned = close + 1;
  }
  return out;
}

function depthAt(clean: string, from: number, to: number, depth: number): number {
  let d = depth;
  for (let i = from; i < to; i++) {
    if (clean[i] === '{') d++;
    else if (clean[i] === '}') d = Math.max(0, d - 1);
  }
  return d;
}

function matchingBrace(clean: string, open: number): number {
  let d = 0;
  for (let i = open; i < clean.length; i++) {
    if (clean[i] === '{') d++;
    else if (clean[i] === '}' && --d === 0) return i;
  }
  return clean.length;
}

/** Replaces comment text and string contents with spaces, keeping length and newlines. */
function blank(text: string): string {
  const out = text.split('');
  let i = 0;
  const space = (from: number, to: number) => {
    for (let k = from; k < to && k < out.length; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === '#' || (c === '/' && next === '/')) {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? text.length : end;
      space(i, stop);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      space(i, stop);
      i = stop;
    } else if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"' && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      space(i + 1, j);
      i = j + 1;
    } else if (c === '<' && next === '<') {
      const m = /^<<-?([A-Za-z_][A-Za-z0-9_]*)\r?\n/.exec(text.slice(i, i + 80));
      if (!m) {
        i += 2;
        continue;
      }
      const terminator = new RegExp(`^\\s*${m[1]}\\s*$`, 'm');
      const rest = text.slice(i + m[0].length);
      const t = terminator.exec(rest);
      const stop = t ? i + m[0].length + t.index + t[0].length : text.length;
      space(i, stop);
      i = stop;
    } else {
      i++;
    }
  }
  return out.join('');
}

function scanJson(text: string): RunBlockInfo[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return [];
  }
  if (typeof doc !== 'object' || doc === null) return [];
  const runs = (doc as Record<string, unknown>).run;
  const entries: [string, unknown][] = [];
  const collect = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (typeof value === 'object' && value !== null) {
      for (const [name, body] of Object.entries(value))
        entries.push([name, Array.isArray(body) ? body[0] : body]);
    }
  };
  collect(runs);
  return entries.map(([name, body]) => {
    const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const assert = b.assert;
    const mod = (Array.isArray(b.module) ? b.module[0] : b.module) as
      Record<string, unknown> | undefined;
    return {
      name,
      command: b.command === 'plan' ? 'plan' : 'apply',
      asserts: Array.isArray(assert) ? assert.length : assert ? 1 : 0,
      expectFailures: Array.isArray(b.expect_failures) && b.expect_failures.length > 0,
      moduleSource: typeof mod?.source === 'string' ? mod.source : undefined,
      line: 0,
    };
  });
}
