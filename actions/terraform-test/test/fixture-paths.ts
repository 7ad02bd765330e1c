import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Test data folders (copied into the repo; provenance in test/fixtures/README.md). */
export const FIXTURES = join(import.meta.dirname, 'fixtures');
export const CORPUS = join(FIXTURES, 'corpus');
export const CODECOMMIT = join(FIXTURES, 'codecommit');
export const STAND_IN_BIN = join(import.meta.dirname, 'bin');

export function corpusFile(fixture: string, file: string): string {
  return readFileSync(join(CORPUS, fixture, file), 'utf8');
}

/** Every corpus fixture holding a `terraform test -json` stream (validate documents excluded). */
export const JSON_STREAM_FIXTURES = [
  'long_running',
  'skip_cleanup-json',
  'cloud-test-pass',
  'cloud-test-cancel',
  'cloud-test-long-running',
  'cloud-test-verbose',
] as const;
