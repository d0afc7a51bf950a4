#!/usr/bin/env node
// Checks a built static site the way a reader's browser and a validator see it:
//
//   node tests/browser/check-site.mjs --site <dir> --pages <a.html,b/index.html> [--axe-dark]
//
// - serves <dir> on 127.0.0.1 (an ephemeral port) with node's http module;
// - runs the Nu Html Checker (vnu.jar from the vnu-jar package) over every HTML (and SVG) file;
// - opens each page of --pages in Debian's Chromium through playwright-core: every request to
//   another origin is recorded (and aborted, so nothing leaves the machine), axe-core runs on the
//   loaded page (a second time in dark mode with --axe-dark), dialogs, console errors and
//   uncaught exceptions are recorded; the page is loaded again with JavaScript off and must
//   still show text;
// - checks every internal link (href/src/srcset of a, link, img, script, iframe, source) of every
//   HTML file: the target file must exist and a #fragment must name an element in it.
//
// Prints one JSON object on stdout. Exit 0 whenever the checks ran, findings or not; exit 2 with a
// message on stderr when the harness itself could not run (no Chromium, no Java, bad arguments).

import { createRequire } from 'node:module';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const execFileP = promisify(execFile);

const CHROMIUM = process.env.CHECK_SITE_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const NAV_TIMEOUT_MS = 30_000;
const QUIET_MS = 150; // after load: how long no request may be in flight before the page counts as settled
const SETTLE_MS = 5_000; // after load: the longest wait for that
const SNIPPET = 200; // characters kept of an HTML snippet or validator extract
const MAX_NODES = 25; // nodes listed per axe violation (nodes_total has the full count)
const VNU_BATCH = 400; // files per vnu invocation, to stay far below the argv limit

class HarnessError extends Error {}

function usage(msg) {
  throw new HarnessError(
    `${msg}\nusage: node tests/browser/check-site.mjs --site <dir> --pages <comma-separated paths> [--axe-dark]`,
  );
}

function parseArgs(argv) {
  const opts = { site: null, pages: null, dark: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--site') opts.site = value();
    else if (a.startsWith('--site=')) opts.site = a.slice(7);
    else if (a === '--pages') opts.pages = value();
    else if (a.startsWith('--pages=')) opts.pages = a.slice(8);
    else if (a === '--axe-dark') opts.dark = true;
    else if (a === '-h' || a === '--help') usage('');
    else usage(`unknown argument: ${a}`);
  }
  if (!opts.site) usage('--site is required');
  if (opts.pages === null) usage('--pages is required');
  opts.site = path.resolve(opts.site);
  opts.pages = opts.pages
    .split(',')
    .map((p) => p.trim().replace(/^\/+/, ''))
    .filter((p) => p.length > 0);
  return opts;
}

const truncate = (s, n = SNIPPET) => {
  if (s == null) return s;
  s = String(s);
  return s.length > n ? `${s.slice(0, n)}…` : s;
};
const toPosix = (p) => p.split(path.sep).join('/');

// ---------------------------------------------------------------- files

async function walk(root) {
  const out = [];
  async function rec(dir) {
    const entries = await fsp.readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) await rec(full);
      else if (e.isFile()) out.push(toPosix(path.relative(root, full)));
    }
  }
  await rec(root);
  return out;
}

// ---------------------------------------------------------------- server

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.atom': 'application/atom+xml',
  '.rss': 'application/rss+xml',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.webmanifest': 'application/manifest+json',
};

function contentType(file) {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
}

function startServer(root) {
  const server = http.createServer(async (req, res) => {
    const send = (status, body, type, extra = {}) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const notFound = async () => {
      const page404 = path.join(root, '404.html');
      try {
        send(404, await fsp.readFile(page404), CONTENT_TYPES['.html']);
      } catch {
        send(404, 'not found\n', CONTENT_TYPES['.txt']);
      }
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed\n', CONTENT_TYPES['.txt']);
      const url = new URL(req.url, 'http://127.0.0.1');
      let rel;
      try {
        rel = decodeURIComponent(url.pathname);
      } catch {
        return send(400, 'bad path\n', CONTENT_TYPES['.txt']);
      }
      if (rel.includes('\0')) return send(400, 'bad path\n', CONTENT_TYPES['.txt']);
      let file = path.join(root, path.posix.normalize(rel));
      if (file !== root && !file.startsWith(root + path.sep)) return notFound();
      let stat = await fsp.stat(file).catch(() => null);
      if (stat && stat.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          return send(301, '', CONTENT_TYPES['.txt'], { Location: `${url.pathname}/${url.search}` });
        }
        file = path.join(file, 'index.html');
        stat = await fsp.stat(file).catch(() => null);
      }
      if (!stat || !stat.isFile()) return notFound();
      send(200, await fsp.readFile(file), contentType(file));
    } catch (e) {
      send(500, `${e}\n`, CONTENT_TYPES['.txt']);
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function stopServer(server) {
  return new Promise((resolve) => {
    server.closeAllConnections?.();
    server.close(() => resolve());
  });
}

// ---------------------------------------------------------------- Nu Html Checker

function vnuJarPath() {
  // The package's main export is the jar's path (a String object).
  const jar = String(require('vnu-jar'));
  if (!fs.existsSync(jar)) throw new HarnessError(`vnu.jar not found at ${jar}`);
  return jar;
}

async function checkJava() {
  try {
    await execFileP('java', ['-version']);
  } catch (e) {
    throw new HarnessError(
      `java is not runnable (${e.code || e.message}); the Nu Html Checker needs Java 11 or newer (Debian: default-jre-headless)`,
    );
  }
}

async function runVnu(site, files) {
  const errors = [];
  const warnings = [];
  if (files.length === 0) return { errors, warnings };
  const jar = vnuJarPath();
  const hasSvg = files.some((f) => f.toLowerCase().endsWith('.svg'));
  for (let i = 0; i < files.length; i += VNU_BATCH) {
    const batch = files.slice(i, i + VNU_BATCH);
    const args = ['-jar', jar, '--format', 'json', '--exit-zero-always'];
    if (hasSvg) args.push('--also-check-svg');
    args.push(...batch.map((f) => path.join(site, f)));
    let stdout;
    let stderr;
    try {
      ({ stdout, stderr } = await execFileP('java', args, { maxBuffer: 256 * 1024 * 1024 }));
    } catch (e) {
      throw new HarnessError(`the Nu Html Checker failed: ${e.stderr || e.message}`);
    }
    // vnu writes its JSON report to stderr, possibly after lines of the JVM's own (such as
    // "Picked up JAVA_TOOL_OPTIONS").
    const text = `${stderr || ''}\n${stdout || ''}`;
    const at = text.search(/^\{/m);
    let report;
    try {
      report = JSON.parse(text.slice(at, text.lastIndexOf('}') + 1));
    } catch {
      throw new HarnessError(`the Nu Html Checker printed no JSON report: ${truncate(text, 2000)}`);
    }
    for (const m of report.messages || []) {
      let file = m.url || '';
      if (file.startsWith('file:')) {
        try {
          file = fileURLToPath(file.replace(/^file:(?!\/\/)/, 'file://'));
        } catch {
          file = file.replace(/^file:/, '');
        }
      }
      if (path.isAbsolute(file)) file = toPosix(path.relative(site, file));
      const entry = {
        file,
        line: m.lastLine ?? m.firstLine ?? null,
        column: m.firstColumn ?? m.lastColumn ?? null,
        message: m.message,
        extract: truncate(m.extract),
      };
      if (m.type === 'error' || m.type === 'non-document-error') errors.push(entry);
      else if (m.type === 'info' && m.subType === 'warning') warnings.push(entry);
    }
  }
  return { errors, warnings };
}

// ---------------------------------------------------------------- links

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : all;
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

function stripNonMarkup(html) {
  // Comments and the bodies of script/style/template-free raw text never hold links or ids.
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<script\b[^>]*>)[\s\S]*?(<\/script\s*>)/gi, '$1$2')
    .replace(/(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi, '$1$2');
}

const TAG_RE = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR_RE = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function* tags(html) {
  for (const m of stripNonMarkup(html).matchAll(TAG_RE)) {
    const attrs = new Map();
    for (const a of (m[2] || '').matchAll(ATTR_RE)) {
      const name = a[1].toLowerCase();
      if (!attrs.has(name)) attrs.set(name, decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    yield { name: m[1].toLowerCase(), attrs };
  }
}

const LINK_ATTRS = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  source: ['src', 'srcset'],
};

function parseHtml(html) {
  const ids = new Set();
  const links = [];
  for (const t of tags(html)) {
    const id = t.attrs.get('id');
    if (id) ids.add(id);
    if (t.name === 'a' && t.attrs.get('name')) ids.add(t.attrs.get('name'));
    for (const attr of LINK_ATTRS[t.name] || []) {
      const v = t.attrs.get(attr);
      if (v == null) continue;
      if (attr === 'srcset') {
        for (const cand of v.split(',')) {
          const url = cand.trim().split(/\s+/)[0];
          if (url) links.push(url);
        }
      } else {
        links.push(v.trim());
      }
    }
  }
  return { ids, links };
}

function checkLinks(site, files) {
  const fileSet = new Set(files);
  const dirSet = new Set();
  for (const f of files) {
    const parts = f.split('/');
    for (let i = 1; i < parts.length; i++) dirSet.add(parts.slice(0, i).join('/'));
  }
  const htmlFiles = files.filter((f) => /\.html?$/i.test(f));
  const parsed = new Map();
  const parse = (rel) => {
    if (!parsed.has(rel)) parsed.set(rel, parseHtml(fs.readFileSync(path.join(site, rel), 'utf8')));
    return parsed.get(rel);
  };
  const broken = [];
  let external = 0;
  for (const file of htmlFiles) {
    for (const href of parse(file).links) {
      if (href === '') continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) {
        external++;
        continue;
      }
      const hashAt = href.indexOf('#');
      const beforeHash = hashAt >= 0 ? href.slice(0, hashAt) : href;
      const fragment = hashAt >= 0 ? href.slice(hashAt + 1) : null;
      const pathPart = beforeHash.split('?')[0];
      let target;
      if (pathPart === '') {
        target = file;
      } else {
        let decoded;
        try {
          decoded = decodeURIComponent(pathPart);
        } catch {
          broken.push({ file, href, reason: 'malformed percent-encoding' });
          continue;
        }
        const joined = decoded.startsWith('/')
          ? path.posix.normalize(`.${decoded}`)
          : path.posix.normalize(path.posix.join(path.posix.dirname(file), decoded));
        if (joined === '..' || joined.startsWith('../')) {
          broken.push({ file, href, reason: 'points outside the site' });
          continue;
        }
        let cand = joined.replace(/\/$/, '');
        if (cand === '.') cand = '';
        if (decoded.endsWith('/') || cand === '' || dirSet.has(cand)) {
          cand = cand === '' ? 'index.html' : `${cand}/index.html`;
        }
        if (!fileSet.has(cand)) {
          broken.push({ file, href, reason: `no such file: ${cand}` });
          continue;
        }
        target = cand;
      }
      if (fragment === null || fragment === '') continue;
      if (!/\.html?$/i.test(target)) continue; // fragments of non-HTML targets are not checked
      let id;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        id = fragment;
      }
      if (id.toLowerCase() === 'top') continue; // "#top" scrolls to the top by definition
      if (!parse(target).ids.has(id)) {
        broken.push({ file, href, reason: `no element with id "${id}" in ${target}` });
      }
    }
  }
  return { broken, external };
}

// ---------------------------------------------------------------- browser

/// playwright-core's Chromium, Debian's binary: a missing package or browser is a
/// HarnessError that says how to install it, never a hang.
async function launchChromium() {
  let chromium;
  try {
    ({ chromium } = require('playwright-core'));
  } catch (e) {
    throw new HarnessError(
      `playwright-core is not installed (${e.message}); run \`bash tests/run --install-only\` (or \`npm ci --prefix tests/browser --ignore-scripts\`)`,
    );
  }
  if (!fs.existsSync(CHROMIUM)) {
    throw new HarnessError(
      `Chromium not found at ${CHROMIUM}; run \`bash tests/run --install-only\` (Debian: apt-get install chromium)`,
    );
  }
  try {
    return await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
  } catch (e) {
    throw new HarnessError(`could not start Chromium at ${CHROMIUM}: ${e.message}`);
  }
}


async function browserChecks(baseUrl, pages, dark, axeSource) {
  const browser = await launchChromium();
  const origin = new URL(baseUrl).origin;
  const result = { axe: {}, foreign: [], dialogs: [], pageErrors: [], noJsEmpty: [] };
  const foreignSeen = new Set();
  const isForeign = (u) => {
    if (/^(data|blob|about|chrome-error|chrome):/i.test(u)) return false;
    try {
      return new URL(u).origin !== origin;
    } catch {
      return true;
    }
  };
  const recordForeign = (page, url) => {
    const key = `${page}\n${url}`;
    if (!foreignSeen.has(key)) {
      foreignSeen.add(key);
      result.foreign.push({ page, url });
    }
  };
  // Every request to another origin is recorded and aborted: the check never leaves the machine.
  const guard = async (context, pageName) => {
    await context.route(
      (url) => isForeign(url.href),
      (route) => {
        recordForeign(pageName(), route.request().url());
        return route.abort('blockedbyclient');
      },
    );
  };

  try {
    let current = null;
    const js = await browser.newContext({ colorScheme: 'light', serviceWorkers: 'block' });
    const nojs = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
    await guard(js, () => current);
    await guard(nojs, () => current);

    for (const pageName of pages) {
      current = pageName;
      const url = new URL(pageName, `${baseUrl}/`).href;

      // With JavaScript: foreign requests, dialogs, errors, axe.
      const page = await js.newPage();
      let collecting = true;
      const inFlight = new Set();
      let lastActivity = Date.now();
      const settled = (req) => {
        inFlight.delete(req);
        lastActivity = Date.now();
      };
      page.on('request', (req) => {
        if (isForeign(req.url())) recordForeign(pageName, req.url());
        inFlight.add(req);
        lastActivity = Date.now();
      });
      page.on('requestfinished', settled);
      page.on('dialog', async (d) => {
        result.dialogs.push({ page: pageName, message: `${d.type()}: ${d.message()}` });
        await d.dismiss().catch(() => {});
      });
      page.on('pageerror', (err) => {
        if (collecting) result.pageErrors.push({ page: pageName, message: truncate(`uncaught: ${err.message}`, 500) });
      });
      page.on('console', (msg) => {
        if (!collecting || msg.type() !== 'error') return;
        const where = msg.location()?.url || '';
        // Failed loads are listed by the response/requestfailed handlers (local) or under
        // foreign_requests (blocked foreign ones), each once and with its URL.
        if (/^Failed to load resource/.test(msg.text())) return;
        result.pageErrors.push({ page: pageName, message: truncate(`console: ${msg.text()}${where ? ` (${where})` : ''}`, 500) });
      });
      page.on('response', (resp) => {
        if (collecting && resp.status() >= 400 && !isForeign(resp.url()) && resp.request().resourceType() !== 'document') {
          result.pageErrors.push({ page: pageName, message: `HTTP ${resp.status()} for ${resp.url()}` });
        }
      });
      page.on('requestfailed', (req) => {
        settled(req);
        if (collecting && !isForeign(req.url())) {
          result.pageErrors.push({ page: pageName, message: `request failed: ${req.url()} (${req.failure()?.errorText})` });
        }
      });
      let loaded = false;
      try {
        const resp = await page.goto(url, { waitUntil: 'load', timeout: NAV_TIMEOUT_MS });
        if (!resp) result.pageErrors.push({ page: pageName, message: 'navigation returned no response' });
        else if (resp.status() >= 400) result.pageErrors.push({ page: pageName, message: `HTTP ${resp.status()} for the page itself` });
        else loaded = true;
      } catch (e) {
        result.pageErrors.push({ page: pageName, message: truncate(`navigation failed: ${e.message}`, 500) });
      }
      if (loaded) {
        // Let late scripts and fetches settle (no request in flight for QUIET_MS, at most
        // SETTLE_MS), then stop collecting: axe's own work is not the page's.
        const deadline = Date.now() + SETTLE_MS;
        while (Date.now() < deadline && (inFlight.size > 0 || Date.now() - lastActivity < QUIET_MS)) {
          await new Promise((r) => setTimeout(r, 25));
        }
        collecting = false;
        const axePass = async (key) => {
          try {
            result.axe[key] = await runAxe(page, axeSource);
          } catch (e) {
            // A page that navigates away or breaks the injected script is a finding, not a harness failure.
            result.pageErrors.push({ page: key, message: truncate(`axe could not run: ${e.message}`, 500) });
          }
        };
        await axePass(pageName);
        if (dark) {
          await page.emulateMedia({ colorScheme: 'dark' });
          await settleAnimations(page);
          await axePass(`${pageName} dark`);
        }
      }
      await page.close();

      // Without JavaScript: the page must still show text.
      const bare = await nojs.newPage();
      bare.on('request', (req) => {
        if (isForeign(req.url())) recordForeign(pageName, req.url());
      });
      try {
        const resp = await bare.goto(url, { waitUntil: 'load', timeout: NAV_TIMEOUT_MS });
        let text = '';
        try {
          text = (await bare.innerText('body', { timeout: 5_000 })) ?? '';
        } catch {
          // No way to read the rendered text: fall back to the markup without its tags.
          const html = resp ? await resp.text() : '';
          const body = /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
          text = decodeEntities(stripNonMarkup(body).replace(/<[^>]*>/g, ' '));
        }
        if (text.trim() === '') result.noJsEmpty.push(pageName);
      } catch (e) {
        result.pageErrors.push({ page: pageName, message: truncate(`navigation without JavaScript failed: ${e.message}`, 500) });
        result.noJsEmpty.push(pageName);
      }
      await bare.close();
    }
    await js.close();
    await nojs.close();
  } finally {
    await browser.close().catch(() => {});
  }
  return result;
}

async function settleAnimations(page) {
  await page
    .evaluate(async () => {
      const all = document.getAnimations ? document.getAnimations() : [];
      await Promise.race([
        Promise.all(all.map((a) => a.finished.catch(() => {}))),
        new Promise((r) => setTimeout(r, 2_000)),
      ]);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    })
    .catch(() => {});
}

async function runAxe(page, axeSource) {
  const hasAxe = () => page.evaluate(() => typeof window.axe !== 'undefined').catch(() => false);
  if (!(await hasAxe())) {
    try {
      await page.addScriptTag({ content: axeSource });
    } catch {
      // A Content-Security-Policy may refuse the inline script; evaluate bypasses it below.
    }
    if (!(await hasAxe())) await page.evaluate(axeSource);
    if (!(await hasAxe())) throw new Error(`could not inject axe-core into ${page.url()}`);
  }
  const violations = await page.evaluate(
    async ({ tags }) => {
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return r.violations;
    },
    { tags: AXE_TAGS },
  );
  return violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes_total: v.nodes.length,
    nodes: v.nodes.slice(0, MAX_NODES).map((n) => ({
      target: n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))),
      html: truncate(n.html),
      summary: truncate(n.failureSummary, 400),
    })),
  }));
}

// ---------------------------------------------------------------- main

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const stat = await fsp.stat(opts.site).catch(() => null);
  if (!stat || !stat.isDirectory()) throw new HarnessError(`--site ${opts.site} is not a directory`);

  const files = await walk(opts.site);
  const html = files.filter((f) => /\.html?$/i.test(f));
  const svg = files.filter((f) => /\.svg$/i.test(f));
  for (const p of opts.pages) {
    const direct = p.endsWith('/') ? `${p}index.html` : p;
    if (!files.includes(direct) && !files.includes(`${direct}/index.html`)) {
      throw new HarnessError(`--pages: ${p} is not a file of ${opts.site}`);
    }
  }

  await checkJava();
  let axeSource;
  try {
    axeSource = await fsp.readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  } catch (e) {
    throw new HarnessError(`axe-core is not installed (${e.message}); run \`npm ci --prefix tests/browser\``);
  }

  const server = await startServer(opts.site);
  const baseUrl = `http://127.0.0.1:${server.address().port}`;
  let vnu;
  let browser;
  try {
    // The validator (Java) and the browser run side by side; the links are checked meanwhile.
    const vnuP = runVnu(opts.site, [...html, ...svg]);
    vnuP.catch(() => {}); // awaited below; avoid an unhandled rejection while the browser runs
    const browserP = opts.pages.length
      ? browserChecks(baseUrl, opts.pages, opts.dark, axeSource)
      : Promise.resolve({ axe: {}, foreign: [], dialogs: [], pageErrors: [], noJsEmpty: [] });
    browserP.catch(() => {});
    const links = checkLinks(opts.site, files);
    [vnu, browser] = await Promise.all([vnuP, browserP]);
    const report = {
      vnu_errors: vnu.errors,
      vnu_warnings: vnu.warnings,
      axe: browser.axe,
      foreign_requests: browser.foreign,
      dialogs: browser.dialogs,
      page_errors: browser.pageErrors,
      no_js_empty: browser.noJsEmpty,
      broken_links: links.broken,
      external_links: links.external,
      pages_checked: opts.pages.length,
      html_files: html.length,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await stopServer(server);
  }
}

/** Runs a harness's `main`: exit 0 when its checks ran, 2 (with the reason on stderr) when it could not. */
/// Runs a harness's main and exits: 0 when the checks ran, 2 when the harness could not
/// (with the reason on stderr). A harness that has not finished after HARNESS_LIMIT_MS
/// (FACTGAP_HARNESS_TIMEOUT_S to change it) stops with exit 2 and says so, rather than
/// keeping a test waiting; open servers never keep the process alive after main.
const HARNESS_LIMIT_MS = Number(process.env.FACTGAP_HARNESS_TIMEOUT_S || 600) * 1000;
function runHarness(name, main) {
  const deadline = setTimeout(() => {
    process.stderr.write(`${name}: did not finish within ${HARNESS_LIMIT_MS / 1000} s (a browser or server that never answered)\n`);
    process.exit(2);
  }, HARNESS_LIMIT_MS);
  main().then(
    () => {
      clearTimeout(deadline);
      process.stdout.write('', () => process.exit(0));
    },
    (e) => {
      const msg = e instanceof HarnessError ? e.message : e?.stack || String(e);
      process.stderr.write(`${name}: ${msg}\n`);
      process.exit(2);
    },
  );
}

// Run as a script; imported (by the other harnesses), only the exports below are used.
export { CHROMIUM, CHROMIUM_ARGS, HarnessError, launchChromium, runAxe, runHarness, settleAnimations, startServer, stopServer };
if (import.meta.url === pathToFileURL(process.argv[1]).href) runHarness('check-site', main);
