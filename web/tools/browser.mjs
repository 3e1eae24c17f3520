// Launches Debian's Chromium headless through playwright-core with the flags this machine needs
// (TOOLCHAIN.md), and records console errors, page errors, failed and cross-origin requests.
import { chromium } from 'playwright-core';
import { startServer } from './static-server.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-gl=angle', '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist',
];

export async function launchBrowser(extraArgs = []) {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
                           args: [...CHROMIUM_ARGS, ...extraArgs] });
}

// A browser test's setting: `dist` served on 127.0.0.1 (a free port) and the browser. `close()` ends both
// (call it in the test's `finally`).
export async function serveAndLaunch(dist, extraArgs = []) {
  const server = await startServer(dist);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchBrowser(extraArgs);
  return { origin, browser, close: async () => { await browser.close(); server.close(); } };
}

// The end of a test that counts its cases: "N passed, M failed", exit status 1 when any failed.
export function exitWithTally(passed, failed) {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

// The end of a test that collects its errors: each error, then "PASS name" or "FAIL name", exit status 1 on any.
export function exitWithErrors(name, errors) {
  for (const e of errors) console.log(`  ${e}`);
  console.log(`${errors.length ? 'FAIL' : 'PASS'} ${name}`);
  process.exit(errors.length ? 1 : 0);
}

// Opens a page and collects every problem a visitor's browser would log.
// `device` (optional): extra context options, e.g. { hasTouch: true, isMobile: true } for a phone.
export async function openWatchedPage(browser, origin, viewport = { width: 1280, height: 800 }, device = {}) {
  const context = await browser.newContext({ viewport, ...device });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`); });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      problems.push(`cross-origin request: ${url}`);
  });
  page.on('response', (res) => { if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`); });
  return { context, page, problems };
}

// What the page left on the visitor's device: cookies, Web Storage, IndexedDB, Cache Storage and
// service workers. The browser edition must leave nothing (docs/web.md); each entry is a problem.
export async function deviceStorageUsed(page) {
  const found = [];
  const cookies = await page.context().cookies();
  if (cookies.length) found.push(`cookies: ${cookies.map((c) => c.name).join(', ')}`);
  const inPage = await page.evaluate(async () => {
    const out = [];
    if (localStorage.length) out.push(`localStorage: ${Object.keys(localStorage).join(', ')}`);
    if (sessionStorage.length) out.push(`sessionStorage: ${Object.keys(sessionStorage).join(', ')}`);
    if (indexedDB.databases) {
      const dbs = await indexedDB.databases();
      if (dbs.length) out.push(`IndexedDB: ${dbs.map((d) => d.name).join(', ')}`);
    }
    if (window.caches) {
      const keys = await caches.keys();
      if (keys.length) out.push(`Cache Storage: ${keys.join(', ')}`);
    }
    if (navigator.serviceWorker) {
      const regs = await navigator.serviceWorker.getRegistrations();
      if (regs.length) out.push(`service workers: ${regs.length}`);
    }
    return out;
  });
  return found.concat(inPage).map((s) => `stored on the device: ${s}`);
}

// For page.addInitScript(argumentsHook, [...args]): Emscripten reads Module.arguments at start-up and
// the page's script creates Module, so the hook adds the command-line arguments on the way in.
export function argumentsHook(args) {
  let module;
  Object.defineProperty(window, 'Module', {
    configurable: true,
    get() { return module; },
    set(value) { if (value && !value.__argsSet) { value.arguments = args; value.__argsSet = true; } module = value; },
  });
}
