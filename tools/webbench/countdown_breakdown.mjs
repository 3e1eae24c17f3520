// Where the idle-warning countdown's CPU goes in headless Chromium: each process of the browser's tree
// (browser, renderer, GPU process, utilities) over 10 s, 3 s after "Are you still there?" shows, with
// the frames drawn. The same set-up as tests/web/idle_budget.mjs --only countdown (docs/performance.md).
// Usage: node tools/webbench/countdown_breakdown.mjs DIST [--runs N]
import fs from 'node:fs';
import { startServer } from '../../web/tools/static-server.mjs';
import { launchBrowser, openWatchedPage } from '../../web/tools/browser.mjs';
import { launchedBrowserPid } from '../../web/tools/tree-cpu.mjs';

const [dist] = process.argv.slice(2);
if (!dist) { console.error('usage: countdown_breakdown.mjs DIST [--runs N]'); process.exit(2); }
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 1;
const MEASURE_MS = 10000;
const CONFIG = JSON.stringify({ languages: ['en'], quiz: false, statistics: false, idle_timeout_s: 20, idle_countdown_s: 300 });

// Each process of the tree: its kind (Chromium's --type=, "browser" for the root) and CPU seconds.
function tree(rootPid) {
  const procs = new Map();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const text = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
      const cmd = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8');
      const type = /--type=([\w-]+)/.exec(cmd)?.[1] ?? 'browser';
      procs.set(Number(name), { ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12])) / 100, type });
    } catch { /* gone meanwhile */ }
  }
  const inTree = new Set([rootPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, p] of procs) if (!inTree.has(pid) && inTree.has(p.ppid)) { inTree.add(pid); grew = true; }
  }
  const byType = {};
  for (const pid of inTree) if (procs.has(pid)) byType[procs.get(pid).type] = (byType[procs.get(pid).type] ?? 0) + procs.get(pid).cpu;
  return byType;
}

delete process.env.DISPLAY;
const server = await startServer(dist);
const origin = `http://127.0.0.1:${server.address().port}`;
try {
  for (let r = 0; r < runs; r++) {
    const browser = await launchBrowser();
    try {
      const pid = launchedBrowserPid();
      const { page } = await openWatchedPage(browser, origin, { width: 1280, height: 800 });
      await page.addInitScript(() => {  // animation-frame callbacks run (each wakes the compositor)
        const raf = window.requestAnimationFrame.bind(window);
        window.rafCallbacks = 0;
        window.requestAnimationFrame = (cb) => raf((t) => { window.rafCallbacks++; cb(t); });
      });
      await page.addInitScript((config) => {
        let module;
        Object.defineProperty(window, 'Module', {
          configurable: true,
          get() { return module; },
          set(value) {
            if (value && !value.__idleWarning) {
              value.__idleWarning = true;
              value.arguments = ['--config', '/idle-warning.json', '--screen', 'play'];
              const pageHook = value.onRuntimeInitialized;
              value.onRuntimeInitialized = function () {
                value.FS.writeFile('/idle-warning.json', config);
                if (pageHook) pageHook.apply(this, arguments);
              };
            }
            module = value;
          },
        });
      }, CONFIG);
      await page.goto(`${origin}/index.html`);
      await page.waitForFunction(() => /still there/i.test(document.getElementById('a11y-title')?.textContent ?? ''),
                                 null, { timeout: 90000, polling: 500 });
      await page.waitForTimeout(3000);
      const [f0, a0] = await page.evaluate(() => [Module.framesRendered, window.rafCallbacks]);
      const c0 = tree(pid), t0 = performance.now();
      await page.waitForTimeout(MEASURE_MS);
      const c1 = tree(pid), s = (performance.now() - t0) / 1000;
      const [f1, a1] = await page.evaluate(() => [Module.framesRendered, window.rafCallbacks]);
      const frames = f1 - f0;
      const parts = Object.keys(c1).map((k) => [k, (100 * (c1[k] - (c0[k] ?? 0))) / s]);
      const total = parts.reduce((a, [, v]) => a + v, 0);
      console.log(`run ${r + 1}: tree ${total.toFixed(2)} %, ${frames} frames, ${a1 - a0} animation frames; ` +
                  parts.map(([k, v]) => `${k} ${v.toFixed(2)} %`).join(', ') +
                  `; load average ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`);
    } finally {
      await browser.close();
    }
  }
} finally {
  server.close();
}
