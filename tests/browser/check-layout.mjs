#!/usr/bin/env node
// Measures a built site's layout as readers meet it, in Chromium:
//
//   node tests/browser/check-layout.mjs --site <dir> --pages <p1,p2,...> [--guess <card>=<value>,...]
//
// For each page, at 1280 and 375 px wide, in light and dark: the page's height,
// its horizontal overflow, the narrowest column of text (in characters of its
// font), whether every link of the main navigation is inside the window, and
// the top of the first fact (`.headline a`, `h1`). For each card given with
// --guess, opened with ?guess=1: whether its value appears anywhere in the
// visible text, the title or the accessibility tree before the reader guesses.
//
// Prints one JSON object; exit 0 when the checks ran, 2 when the harness could not.

import path from 'node:path';
import { HarnessError, launchChromium, runHarness, startServer, stopServer } from './check-site.mjs';

const WIDTHS = [1280, 375];
const THEMES = ['light', 'dark'];

function parseArgs(argv) {
  const opts = { site: null, pages: [], guess: [] };
  for (let i = 0; i < argv.length; i += 2) {
    const [k, v] = [argv[i], argv[i + 1]];
    if (k === '--site') opts.site = path.resolve(v);
    else if (k === '--pages') opts.pages = v.split(',').filter(Boolean);
    else if (k === '--guess') opts.guess = v.split(',').filter(Boolean).map((p) => p.split('='));
    else throw new HarnessError(`unknown argument ${k}`);
  }
  if (!opts.site || !opts.pages.length) throw new HarnessError('usage: check-layout.mjs --site <dir> --pages <list> [--guess card=value,...]');
  return opts;
}

/// Runs in the page: the measurements of one layout.
function measure() {
  const doc = document.documentElement;
  const texts = [...document.querySelectorAll('main p, main li, main dd, main dt, main td, main th, main h1, main h2, main figcaption')]
    // Visible text only: a visually hidden table head (kept for screen readers) is no column.
    .filter((e) => e.offsetParent !== null && e.getBoundingClientRect().width > 2 && (e.textContent || '').trim().length > 20);
  let narrowest = { chars: Infinity, what: '' };
  for (const e of texts) {
    const r = e.getBoundingClientRect();
    const size = parseFloat(getComputedStyle(e).fontSize) || 16;
    const chars = r.width / (size * 0.55);
    if (chars < narrowest.chars) narrowest = { chars: Math.round(chars * 10) / 10, what: e.tagName + ': ' + e.textContent.trim().slice(0, 60) };
  }
  const nav = [...document.querySelectorAll('nav[aria-label] a')].filter((a) => a.closest('header'));
  const outside = nav.filter((a) => { const r = a.getBoundingClientRect(); return r.right > innerWidth + 1 || r.left < -1; }).map((a) => a.textContent.trim());
  const first = document.querySelector('.headline a') || document.querySelector('main h1');
  return {
    height: doc.scrollHeight,
    overflow: doc.scrollWidth - innerWidth,
    narrowest_chars: narrowest.chars === Infinity ? null : narrowest.chars,
    narrowest_text: narrowest.what,
    nav_outside: outside,
    first_fact_top: first ? Math.round(first.getBoundingClientRect().top + scrollY) : null,
    window_height: innerHeight,
  };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const server = await startServer(opts.site);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await launchChromium();
  const report = { pages: [], guesses: [] };
  try {
    for (const width of WIDTHS) {
      for (const theme of THEMES) {
        const ctx = await browser.newContext({ viewport: { width, height: width < 600 ? 800 : 900 }, colorScheme: theme, isMobile: width < 600 });
        const page = await ctx.newPage();
        for (const p of opts.pages) {
          await page.goto(base + p, { waitUntil: 'load' });
          report.pages.push({ page: p, width, theme, ...(await page.evaluate(measure)) });
        }
        await ctx.close();
      }
    }
    for (const [card, value] of opts.guess) {
      const page = await browser.newPage({ viewport: { width: 600, height: 900 } });
      await page.goto(`${base}${card}?guess=1`, { waitUntil: 'load' });
      const visible = await page.evaluate(() => document.body.innerText);
      const title = await page.title();
      const tree = await page.locator('body').ariaSnapshot();
      // Numbers are written with the language's spaces (a no-break one before % in German).
      const plain = (t) => t.replace(/[\u00a0\u202f]/g, ' ');
      const before = [visible, title, tree].some((t) => plain(t).includes(value));
      // After "just show me", the value is there.
      await page.click('#just-show');
      const after = plain(await page.evaluate(() => document.body.innerText)).includes(value);
      report.guesses.push({ card, value, shown_before: before, shown_after: after, title });
      await page.close();
    }
  } finally {
    await browser.close();
    await stopServer(server);
  }
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

runHarness('check-layout', main);
