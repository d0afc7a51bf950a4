#!/usr/bin/env node
// Screenshots of right-to-left pages in headless Chromium, with the geometry
// a test needs to see that they are laid out right to left:
//
//   node tests/browser/check-rtl.mjs --site <dir> --out <dir for the PNGs>
//
// For the Arabic fact page and the Arabic card: the document's direction, the
// heading's box and line count, its container's content box, and the box of a short line
// under the heading (the breadcrumb, the card's kicker) to read in the
// screenshot, which is written to --out. Prints one JSON object; exit 0 when
// the checks ran, 2 when the harness could not.

import fsp from 'node:fs/promises';
import path from 'node:path';
import { HarnessError, launchChromium, runHarness, startServer, stopServer } from './check-site.mjs';


const PAGES = [
  { page: 'ar/facts/employment-de/index.html', heading: 'h1.the-fact', line: 'p.breadcrumb' },
  { page: 'cards/employment-de/ar/index.html', heading: 'h1#fact', line: 'p.kicker' },
];

function parseArgs(argv) {
  const opts = { site: null, out: null };
  for (let i = 0; i < argv.length; i += 2) {
    const [k, v] = [argv[i], argv[i + 1]];
    if (k === '--site') opts.site = path.resolve(v);
    else if (k === '--out') opts.out = path.resolve(v);
    else throw new HarnessError(`unknown argument ${k}`);
  }
  if (!opts.site || !opts.out) throw new HarnessError('usage: check-rtl.mjs --site <dir> --out <dir>');
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  await fsp.mkdir(opts.out, { recursive: true });
  const server = await startServer(opts.site);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await launchChromium();
  const report = { pages: [] };
  try {
    const ctx = await browser.newContext({ viewport: { width: 1000, height: 900 }, deviceScaleFactor: 1 });
    for (const spec of PAGES) {
      const p = await ctx.newPage();
      await p.goto(base + spec.page, { waitUntil: 'load' });
      await p.evaluate(() => document.fonts.ready);
      const measured = await p.evaluate((spec) => {
        // The box of an element's text itself (a block's own box is as wide as its column).
        const box = (sel) => {
          const el = document.querySelector(sel);
          if (!el) throw new Error(`${sel} not found`);
          const range = document.createRange();
          range.selectNodeContents(el);
          return range.getBoundingClientRect();
        };
        const heading = box(spec.heading);
        // The column is the heading's container, inside its padding.
        const parent = document.querySelector(spec.heading).parentElement;
        const outer = parent.getBoundingClientRect();
        const cs = getComputedStyle(parent);
        const column = {
          left: outer.left + parseFloat(cs.borderLeftWidth) + parseFloat(cs.paddingLeft),
          right: outer.right - parseFloat(cs.borderRightWidth) - parseFloat(cs.paddingRight),
        };
        const line = box(spec.line);
        const h = document.querySelector(spec.heading);
        const lineHeight = parseFloat(getComputedStyle(h).lineHeight) || h.getBoundingClientRect().height;
        return {
          direction: getComputedStyle(document.documentElement).direction,
          heading_left: heading.left,
          heading_right: heading.right,
          heading_lines: Math.round(heading.height / lineHeight),
          column_left: column.left,
          column_right: column.right,
          // The line's height across the whole column: where its ink falls is what the screenshot shows.
          line: { x: column.left, y: line.top, width: column.right - column.left, height: line.height },
        };
      }, spec);
      const file = path.join(opts.out, spec.page.replaceAll('/', '_').replace(/\.html$/, '.png'));
      await p.screenshot({ path: file, fullPage: true });
      report.pages.push({ page: spec.page, screenshot: file, ...measured });
      await p.close();
    }
    await ctx.close();
  } finally {
    await browser.close();
    await stopServer(server);
  }
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

runHarness('check-rtl', main);
