// Idle budget in the browser (issue 19): with default settings, the page on the attract screen keeps
// the whole headless Chromium process tree (browser, renderer, GPU process with SwiftShader) at
// <= 5% of one core over 10 s once the page has settled, while the screen still moves. about:blank
// is measured the same way for reference. Prints each figure next to its budget; with --json also one
// JSON line (tools/bench/bench.py). Usage: node idle_budget.mjs DIST [--runs N] [--json]
import { startServer } from '../../web/tools/static-server.mjs';
import { launchBrowser, openWatchedPage } from '../../web/tools/browser.mjs';
import { launchedBrowserPid, treeCpuPercent } from '../../web/tools/tree-cpu.mjs';

const [dist] = process.argv.slice(2);
if (!dist) { console.error('usage: idle_budget.mjs DIST [--runs N] [--json]'); process.exit(2); }
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 1;
const json = process.argv.includes('--json');
const BUDGET = 5, SETTLE_MS = 5000, MEASURE_MS = 10000;
delete process.env.DISPLAY;  // an X display left from a stopped Xvfb breaks WebGL (TOOLCHAIN.md)

const server = await startServer(dist);
const origin = `http://127.0.0.1:${server.address().port}`;
let failed = 0;
const check = (name, ok, detail) => { console.log(`${ok ? 'PASS' : 'FAIL'} ${name}: ${detail}`); if (!ok) failed++; };
const result = { attract: [], blank: [], frames: [] };
try {
  for (let r = 0; r < runs; r++) {
    // A fresh browser per run: its process tree is then only this page.
    const browser = await launchBrowser();
    try {
      const pid = launchedBrowserPid();
      const { page, problems } = await openWatchedPage(browser, origin, { width: 1280, height: 800 });
      await page.goto('about:blank');
      await page.waitForTimeout(2000);
      result.blank.push(await treeCpuPercent(pid, MEASURE_MS));
      await page.goto(`${origin}/index.html`);
      await page.waitForFunction(() => (window.Module && Module.framesRendered) >= 3, null, { timeout: 60000 });
      await page.waitForTimeout(SETTLE_MS);
      const f0 = await page.evaluate(() => Module.framesRendered);
      result.attract.push(await treeCpuPercent(pid, MEASURE_MS));
      result.frames.push((await page.evaluate(() => Module.framesRendered)) - f0);
      for (const p of problems) console.log(`  ${p}`);
      if (problems.length) failed++;
    } finally {
      await browser.close();
    }
  }
} finally {
  server.close();
}
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const range = (v) => `${Math.min(...v).toFixed(2)}–${Math.max(...v).toFixed(2)}`;
const cpu = median(result.attract);
check('attract screen, Chromium process tree (default motion)', cpu <= BUDGET,
      `${cpu.toFixed(2)} % of one core over ${MEASURE_MS / 1000} s (${range(result.attract)}, ${runs} run(s)); ` +
      `budget ${BUDGET} %; about:blank ${median(result.blank).toFixed(2)} %`);
check('the attract screen still moves (an arrival every 4 s)', Math.min(...result.frames) >= 2,
      `${result.frames.join(', ')} frames drawn in ${MEASURE_MS / 1000} s`);
if (json) console.log(JSON.stringify(result));
process.exit(failed && !json ? 1 : 0);  // --json (the bench): the figures are the report
