import { describe, expect, it } from 'vitest';
import { SUMMARY_BUDGET_BYTES, SUMMARY_LIMIT_BYTES, buildSummary } from './summary.js';

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

describe('buildSummary', () => {
  it('keeps a small report whole: headline, notes, sections in order', () => {
    const out = buildSummary(
      {
        headline: '✅ No findings',
        sections: [
          { title: 'Checked', markdown: '3 templates' },
          { title: 'Rules', markdown: '- a' },
        ],
      },
      { notes: ['⚠️ fork PR'] },
    );
    expect(out.markdown).toBe(
      '## ✅ No findings\n\n> ⚠️ fork PR\n\n### Checked\n\n3 templates\n\n### Rules\n\n- a\n\n',
    );
    expect(out).toMatchObject({ truncatedSections: 0, bytes: bytes(out.markdown) });
  });

  it('stays under 1 MiB by cutting whole sections from the end, and says which', () => {
    const row =
      '| `modules/network/main.tf` | CKV_AWS_23 | Ensure every security group rule has a description — ünïcödé |\n';
    const sections = Array.from({ length: 6 }, (_, i) => ({
      title: `Part ${i + 1}`,
      markdown: row.repeat(3500),
    })); // ~400 KB each
    const out = buildSummary({ headline: '❌ 21,000 findings', sections });
    expect(out.bytes).toBe(bytes(out.markdown));
    expect(out.bytes).toBeLessThanOrEqual(SUMMARY_BUDGET_BYTES);
    expect(out.bytes).toBeLessThan(SUMMARY_LIMIT_BYTES);
    expect(out.bytes).toBeGreaterThan(SUMMARY_BUDGET_BYTES - 10_000);
    // Long sections are collapsed <details> blocks.
    expect(out.markdown).toContain(
      `<summary><b>Part 1</b></summary>\n\n${sections[0]?.markdown.trim()}\n\n</details>`,
    );
    expect(out.markdown).toContain(
      `<summary><b>Part 2</b></summary>\n\n${sections[1]?.markdown.trim()}\n\n</details>`,
    );
    // Part 3 is cut short at a line end (its <details> closed); parts 4-6 are left out.
    expect(out.markdown).toContain('<summary><b>Part 3</b></summary>');
    expect(out.markdown).toContain('*(section cut short)*');
    expect(out.markdown.match(/<details>/g)).toHaveLength(3);
    expect(out.markdown.match(/<\/details>/g)).toHaveLength(3);
    expect(out.markdown).not.toContain('Part 4</b>');
    expect(out.truncatedSections).toBe(4);
    expect(out.omittedTitles).toEqual(['Part 3', 'Part 4', 'Part 5', 'Part 6']);
    expect(out.markdown).toMatch(
      /GitHub limits a step summary to 1 MiB, so 4 section\(s\) were cut: "Part 3", "Part 4", "Part 5", "Part 6"\./,
    );
    expect(
      out.markdown
        .split('\n')
        .filter((l) => l.startsWith('| `modules'))
        .every((l) => l === row.trimEnd()),
    ).toBe(true);
  });

  it('honours a smaller budget and closes an open <details> it cut through', () => {
    const details = `<details><summary>all</summary>\n\n${'- item\n'.repeat(5000)}\n</details>`;
    const out = buildSummary(
      {
        headline: 'h',
        sections: [
          { title: 'A', markdown: 'x' },
          { title: 'B', markdown: details },
          { title: 'C', markdown: 'y' },
        ],
      },
      { limitBytes: 20_000 },
    );
    expect(out.bytes).toBeLessThanOrEqual(20_000);
    // The section's own <details> and the collapsed wrapper around it are both closed.
    expect(out.markdown.match(/<details>/g)).toHaveLength(2);
    expect(out.markdown.match(/<\/details>/g)).toHaveLength(2);
    expect(out.omittedTitles).toEqual(['B', 'C']);
  });
});
