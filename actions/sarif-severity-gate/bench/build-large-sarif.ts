import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { once } from 'node:events';

/**
 * Writes a SARIF file of at least `targetBytes` by repeating the results of a real SARIF file
 * (its tool, rules and everything else kept), written incrementally so building a 1 GB file
 * never holds it in memory.
 */
export async function buildLargeSarif(
  source: string,
  target: string,
  targetBytes: number,
): Promise<{ bytes: number; results: number }> {
  const log = JSON.parse((await readFile(source, 'utf8')).replace(/^\uFEFF/, '')) as {
    runs: { results?: unknown[] }[];
  };
  const run = log.runs[0]!;
  const results = (run.results ?? []).map((r) => JSON.stringify(r));
  if (results.length === 0) throw new Error(`${source} has no results to repeat`);
  const { results: _drop, ...runWithoutResults } = run;
  const head = `${JSON.stringify({ ...log, runs: undefined }).slice(0, -1)},"runs":[${JSON.stringify(runWithoutResults).slice(0, -1)},"results":[\n`;
  const out = createWriteStream(target);
  let bytes = 0;
  let count = 0;
  const write = async (text: string): Promise<void> => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(head);
  const tail = ']}]}\n';
  while (bytes + tail.length < targetBytes) {
    for (const r of results) {
      await write(`${count === 0 ? '' : ',\n'}${r}`);
      count++;
      if (bytes + tail.length >= targetBytes) break;
    }
  }
  await write(tail);
  out.end();
  await once(out, 'finish');
  return { bytes, results: count };
}
