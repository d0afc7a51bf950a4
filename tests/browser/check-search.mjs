#!/usr/bin/env node
// Searches a built site the way a reader does: serves it on 127.0.0.1, opens
// search/index.html in Chromium, types the query into Pagefind's box and
// prints the results (text and link) as JSON.
//
//   node tests/browser/check-search.mjs --site <dir> --query <words>

import path from 'node:path';
import { HarnessError, launchChromium, runHarness, startServer, stopServer } from './check-site.mjs';


async function main() {
  const args = process.argv.slice(2);
  const get = (name) => {
    const i = args.indexOf(name);
    if (i < 0 || i + 1 >= args.length) throw new HarnessError(`missing ${name}`);
    return args[i + 1];
  };
  const site = path.resolve(get('--site'));
  const query = get('--query');
  const server = await startServer(site);
  const browser = await launchChromium();
  const failed = [];
  try {
    const page = await browser.newPage();
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`http://127.0.0.1:${server.address().port}/search/index.html`, { waitUntil: 'load' });
    const input = await page.waitForSelector('#search input');
    const label = await input.getAttribute('aria-label');
    await input.fill(query);
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 10_000 }).catch(() => null);
    const results = await page.$$eval('.pagefind-ui__result-link', (as) =>
      as.map((a) => ({ text: a.textContent.trim(), href: a.getAttribute('href') })),
    );
    process.stdout.write(`${JSON.stringify({ label, results, failed }, null, 2)}\n`);
  } finally {
    await browser.close();
    await stopServer(server);
  }
}

runHarness('check-search', main);
