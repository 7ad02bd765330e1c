import { describe, expect, it } from 'vitest';
import { unpinnedUses } from './lib/action-pins.js';

describe('unpinnedUses', () => {
  it('accepts SHA pins with a version comment, local actions and docker images', () => {
    const text = [
      '      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0',
      "        uses: 'pnpm/action-setup@41ff72655975bd51cab0327fa583b6e92b6d3061' # v4.2.0",
      '      - uses: ./actions/terraform-test',
      '      - uses: docker://alpine:3.20',
    ].join('\n');
    expect(unpinnedUses(text, 'w.yml')).toEqual([]);
  });

  it('rejects tags, branches, short SHAs and pins without a version comment', () => {
    const text = [
      '- uses: actions/checkout@v5',
      '- uses: actions/setup-node@main # v5',
      '- uses: hashicorp/setup-terraform@b9cd54a # v3.1.2',
      '- uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8',
      '- uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # pinned',
    ].join('\n');
    expect(unpinnedUses(text, 'w.yml')).toEqual([
      "w.yml:1: 'actions/checkout@v5' is not pinned to a full commit SHA (owner/repo@<40 hex> # vX.Y.Z)",
      "w.yml:2: 'actions/setup-node@main' is not pinned to a full commit SHA (owner/repo@<40 hex> # vX.Y.Z)",
      "w.yml:3: 'hashicorp/setup-terraform@b9cd54a' is not pinned to a full commit SHA (owner/repo@<40 hex> # vX.Y.Z)",
      "w.yml:4: 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8' needs its version as a comment, e.g. '# v4.2.0'",
      "w.yml:5: 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8' needs its version as a comment, e.g. '# v4.2.0'",
    ]);
  });
});
