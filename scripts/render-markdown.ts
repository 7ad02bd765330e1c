// Renders GitHub-flavoured Markdown (a PR comment or job summary) to a PNG with headless
// Chromium, styled close to github.com, so a human can look at what users will see.
// Usage: pnpm tsx scripts/render-markdown.ts <in.md> <out.png> [width] [--open]
// (--open expands <details> so their content can be checked too)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { marked } from 'marked';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const openDetails = args.includes('--open');
const [input, output, width = '900'] = args.filter((a) => a !== '--open');
if (!input || !output) {
  console.error('usage: render-markdown <in.md> <out.png> [width]');
  process.exit(2);
}

// GitHub strips HTML comments (our hidden markers) and renders <details>/<summary> natively.
const body = await marked.parse(readFileSync(input, 'utf8'), { gfm: true, breaks: false });
const css = `
body{font-family:-apple-system,BlinkMacSystemFont,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif;
font-size:14px;line-height:1.5;color:#1f2328;background:#fff;margin:0;padding:16px 24px;max-width:${width}px}
h1,h2,h3{border-bottom:1px solid #d1d9e0;padding-bottom:.3em;margin-top:24px;margin-bottom:16px;font-weight:600}
h1{font-size:2em}h2{font-size:1.5em}h3{font-size:1.25em;border:0}
table{border-collapse:collapse;margin:0 0 16px;display:block;overflow:auto}
th,td{border:1px solid #d1d9e0;padding:6px 13px}th{font-weight:600}tr:nth-child(2n){background:#f6f8fa}
code{background:rgba(129,139,152,.12);border-radius:6px;padding:.2em .4em;font-size:85%;
font-family:ui-monospace,SFMono-Regular,Menlo,monospace}
pre{background:#f6f8fa;border-radius:6px;padding:16px;overflow:auto}pre code{background:none;padding:0}
a{color:#0969da;text-decoration:none}blockquote{color:#59636e;border-left:.25em solid #d1d9e0;margin:0;padding:0 1em}
details{margin-bottom:16px}summary{cursor:pointer}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  // The sandbox needs user namespaces this machine (and CI containers) may not grant.
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: Number(width) + 48, height: 600 } });
  await page.setContent(
    `<!doctype html><meta charset="utf-8"><style>${css}</style><body>${body}</body>`,
  );
  // Reviewers need to see what is inside collapsed sections too.
  if (openDetails) {
    await page.locator('details').evaluateAll((nodes) => {
      for (const node of nodes) node.setAttribute('open', '');
    });
  }
  await page.screenshot({ path: resolve(output), fullPage: true });
} finally {
  await browser.close();
}
console.log(`wrote ${output}`);
