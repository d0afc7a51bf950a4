#!/usr/bin/env node
// Checks an embeddable card the way an NGO's page and its readers meet it:
//
//   node tests/browser/check-card.mjs --site <dir> --card cards/<fact>/<lang>/ --guess <n>
//
// - serves the site on one loopback origin (127.0.0.1) and a host page on another
//   (localhost, another port); the host page holds the card's embed snippet, taken
//   from the card's own oembed.json, pointing at the site's origin;
// - at widths 320, 600 and 1000 px, loads the host page and reads the iframe's height
//   and the card's own content height once the card has reported it;
// - opens the card with ?guess=1, sets the guess with the keyboard alone (Tab to the
//   number field, type, Enter) and reads what the reveal shows; then again with
//   "just show me";
// - records every request the card makes to an origin other than its own;
// - runs axe-core on the card with ?theme=light and ?theme=dark.
//
// Prints one JSON object; exit 0 when the checks ran, 2 when the harness could not.

import { createRequire } from 'node:module';
import fsp from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { HarnessError, launchChromium, runAxe, runHarness, startServer, stopServer } from './check-site.mjs';

const require = createRequire(import.meta.url);
const WIDTHS = [320, 600, 1000];

function parseArgs(argv) {
  const opts = { site: null, card: null, guess: 37 };
  for (let i = 0; i < argv.length; i++) {
    const [k, v] = [argv[i], argv[i + 1]];
    if (k === '--site') opts.site = path.resolve(v);
    else if (k === '--card') opts.card = v.replace(/^\/+/, '');
    else if (k === '--guess') opts.guess = Number(v);
    else throw new HarnessError(`unknown argument ${k}`);
    i++;
  }
  if (!opts.site || !opts.card) throw new HarnessError('usage: check-card.mjs --site <dir> --card cards/<fact>/<lang>/ [--guess n]');
  return opts;
}

/// The host page: another origin, the snippet as an NGO pastes it.
function startHost(snippet) {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>An NGO's page</title><style>body{margin:0}main{padding:0}</style></head><body><main><h1>Our article</h1>${snippet}<p id="after">After the card.</p></main></body></html>`;
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(page);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const axeSource = await fsp.readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  const site = await startServer(opts.site);
  const siteOrigin = `http://127.0.0.1:${site.address().port}`;
  const oembed = JSON.parse(await fsp.readFile(path.join(opts.site, opts.card, 'oembed.json'), 'utf8'));
  // The snippet names the published address; the test serves the same files here.
  const published = new URL(oembed.provider_url).origin;
  const snippet = oembed.html.split(published).join(siteOrigin);
  const host = await startHost(snippet);
  const hostUrl = `http://localhost:${host.address().port}/`;
  const cardUrl = `${siteOrigin}/${opts.card}`;
  const browser = await launchChromium();
  const report = { heights: [], guess: null, just_show: null, foreign_requests: [], errors: [], axe: {}, no_js: null, host_origin: new URL(hostUrl).origin, card_origin: siteOrigin };
  // Console errors (a script the CSP refused, say) and uncaught exceptions, in any frame.
  const watchErrors = (page, where) => {
    page.on('console', (m) => {
      if (m.type() === 'error') report.errors.push({ where, message: m.text() });
    });
    page.on('pageerror', (e) => report.errors.push({ where, message: String(e) }));
  };
  try {
    // Heights: the iframe follows the card's content.
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      watchErrors(page, `host at ${width} px`);
      page.on('request', (r) => {
        const origin = new URL(r.url()).origin;
        if (r.frame() !== page.mainFrame() && origin !== siteOrigin) report.foreign_requests.push({ width, url: r.url() });
      });
      await page.goto(hostUrl, { waitUntil: 'load' });
      const frameEl = await page.waitForSelector('iframe');
      const frame = await frameEl.contentFrame();
      await frame.waitForLoadState('load');
      // Wait until the iframe's height matches what the card reports (or give up after 5 s).
      let iframe = 0, content = 0;
      for (let i = 0; i < 50; i++) {
        iframe = await frameEl.evaluate((f) => f.getBoundingClientRect().height);
        content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
        if (Math.abs(iframe - content) <= 1) break;
        await page.waitForTimeout(100);
      }
      const scrolls = await frame.evaluate(() => document.documentElement.scrollHeight > window.innerHeight + 1);
      const iframeWidth = await frameEl.evaluate((f) => f.getBoundingClientRect().width);
      report.heights.push({ width, iframe_height: iframe, content_height: content, iframe_width: iframeWidth, card_scrolls: scrolls });
      await context.close();
    }

    // Guess, then reveal, with the keyboard alone.
    const context = await browser.newContext({ viewport: { width: 600, height: 900 } });
    const page = await context.newPage();
    watchErrors(page, 'card');
    page.on('request', (r) => {
      if (new URL(r.url()).origin !== siteOrigin) report.foreign_requests.push({ width: 600, url: r.url() });
    });
    await page.goto(`${cardUrl}?guess=1`, { waitUntil: 'load' });
    const before = await page.evaluate(() => ({
      form: !document.getElementById('guess').hidden,
      answer: !document.getElementById('answer').hidden,
    }));
    // Tab from the top of the page to the number field.
    let focused = '';
    for (let i = 0; i < 6 && focused !== 'guess-number'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
    }
    await page.keyboard.press('Control+A');
    await page.keyboard.type(String(opts.guess));
    await page.keyboard.press('Enter');
    const read = () =>
      page.evaluate(() => ({
        answer_shown: !document.getElementById('answer').hidden,
        form_shown: !document.getElementById('guess').hidden,
        your_guess: document.getElementById('your-guess').hidden ? null : document.getElementById('your-guess-value').textContent,
        texts: Array.from(document.querySelectorAll('svg.bars text')).filter((t) => t.getBoundingClientRect().width > 0).map((t) => t.textContent),
        big: document.querySelector('.big').textContent,
        estimate: document.querySelector('.estimate') ? document.querySelector('.estimate').textContent : null,
        focus: document.activeElement && document.activeElement.id,
        guess_bar_width: Number(document.querySelector('#bar-guess rect').getAttribute('width')),
      }));
    report.guess = { before, focused_field: focused, after: await read() };
    // "Just show me": no guess row.
    await page.goto(`${cardUrl}?guess=1`, { waitUntil: 'load' });
    await page.focus('#just-show');
    await page.keyboard.press('Enter');
    report.just_show = await read();
    await context.close();

    // The `lang` option on the address without a language picks the card's language.
    const chooser = await browser.newContext();
    const cp = await chooser.newPage();
    const base = cardUrl.replace(/[^/]+\/$/, '');
    const lang = cardUrl.match(/([^/]+)\/$/)[1];
    await cp.goto(`${base}?lang=${lang}&guess=1`, { waitUntil: 'load' });
    await cp.waitForURL((u) => u.pathname.endsWith(`/${lang}/`));
    report.lang_option = { url: cp.url(), html_lang: await cp.evaluate(() => document.documentElement.lang), form_shown: await cp.isVisible('#guess') };
    await chooser.close();

    // Without JavaScript the fact shows at once.
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(`${cardUrl}?guess=1`, { waitUntil: 'load' });
    report.no_js = { answer_shown: await plain.isVisible('#answer'), form_shown: await plain.isVisible('#guess') };
    await noJs.close();

    // axe-core in both themes.
    for (const theme of ['light', 'dark']) {
      const ctx = await browser.newContext({ colorScheme: theme });
      const p = await ctx.newPage();
      await p.goto(`${cardUrl}?theme=${theme}`, { waitUntil: 'load' });
      report.axe[theme] = await runAxe(p, axeSource);
      await ctx.close();
    }
    // And the guess form, then the reveal with a guess shown.
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await p.goto(`${cardUrl}?guess=1`, { waitUntil: 'load' });
    report.axe.guess = await runAxe(p, axeSource);
    await p.fill('#guess-number', String(opts.guess));
    await p.press('#guess-number', 'Enter');
    report.axe.revealed = await runAxe(p, axeSource);
    await ctx.close();
  } finally {
    await browser.close();
    await stopServer(site);
    await stopServer(host);
  }
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

runHarness('check-card', main);
