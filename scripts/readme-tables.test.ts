import { describe, expect, it } from 'vitest';
import type { ActionMetadata } from './lib/action-metadata.js';
import {
  cell,
  MarkerError,
  renderInputsTable,
  renderOutputsTable,
  renderReadme,
} from './lib/readme-tables.js';
import { lineDiff } from './lib/text-diff.js';

const metadata: ActionMetadata = {
  name: 'x',
  description: 'd',
  runs: { using: 'node24', main: '../../dist/x/index.js' },
  inputs: {
    sarif: { description: 'SARIF files,\none per line.', required: true },
    'github-token': { description: 'Token | for the API.', default: '${{ github.token }}' },
    'max-annotations': { description: 'Cap.', default: 10 },
    severity: { description: 'Old.', deprecationMessage: 'Use fail-on-severity.' },
  },
  outputs: { total: { description: 'Findings.' } },
};

const README = `# x

## Inputs

<!-- inputs:start -->
stale
<!-- inputs:end -->

## Outputs

<!-- outputs:start -->
<!-- outputs:end -->

More text.
`;

describe('tables', () => {
  it('renders one row per input with required, default and deprecation', () => {
    expect(renderInputsTable(metadata).split('\n')).toEqual([
      '| Input | Description | Required | Default |',
      '| --- | --- | --- | --- |',
      '| `sarif` | SARIF files, one per line. | yes |  |',
      '| `github-token` | Token \\| for the API. | no | `${{ github.token }}` |',
      '| `max-annotations` | Cap. | no | `10` |',
      '| `severity` | **Deprecated:** Use fail-on-severity.<br><br>Old. | no |  |',
    ]);
    expect(renderOutputsTable(metadata)).toContain('| `total` | Findings. |');
  });

  it('says so when there are no inputs or outputs', () => {
    const bare = { ...metadata, inputs: undefined, outputs: {} };
    expect(renderInputsTable(bare)).toBe('_This action has no inputs._');
    expect(renderOutputsTable(bare)).toBe('_This action has no outputs._');
  });

  it('keeps paragraphs as <br><br>', () => {
    expect(cell('a\n\nb\nc')).toBe('a<br><br>b c');
  });
});

describe('renderReadme', () => {
  const file = 'actions/x/README.md';

  it('replaces only the text between the markers, formatted by Prettier, and is idempotent', async () => {
    const once = await renderReadme(README, metadata, file);
    expect(once).not.toContain('stale');
    expect(once).toContain('| `github-token`    | Token \\| for the API.');
    expect(once.startsWith('# x\n\n## Inputs\n\n<!-- inputs:start -->\n')).toBe(true);
    expect(once.endsWith('<!-- outputs:end -->\n\nMore text.\n')).toBe(true);
    expect(await renderReadme(once, metadata, file)).toBe(once);
  });

  it('names the file and the markers when they are missing', async () => {
    await expect(
      renderReadme('# x\n<!-- inputs:start -->\n<!-- inputs:end -->\n', metadata, file),
    ).rejects.toThrow(
      "actions/x/README.md: missing '<!-- outputs:start -->' ... '<!-- outputs:end -->' markers",
    );
    await expect(renderReadme('# x\n', metadata, file)).rejects.toBeInstanceOf(MarkerError);
  });
});

describe('lineDiff', () => {
  it('shows removed and added lines with context', () => {
    expect(lineDiff('a\nb\nc\nd\ne\nf\ng', 'a\nb\nc\nD\ne\nf\ng', 1)).toBe(
      '@@ line 3 @@\n  c\n- d\n+ D\n  e',
    );
  });
});
