// The page's start-up as the main thread sees it: loads a URL in Debian's Chromium with Lighthouse's
// phone (412x823, touch) and no throttling, records a Chromium trace until the game has drawn and the
// main thread has been quiet, and returns each top-level task of the page's main thread (wall and CPU
// time, what ran in it) with the first contentful paint and the game's first frame. Lighthouse's
// simulated Total Blocking Time counts each task after FCP at 4x its length beyond 50 ms; `blockingAt4x`
// applies the same rule to the observed tasks, without Lighthouse's network simulation.
import fs from 'node:fs';
import { launchBrowser } from './browser.mjs';
import { startNginx } from './nginx.mjs';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'loading',
  'blink.user_timing', 'v8', 'v8.execute'];
export const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

// What a task did: its longest children by name (a function's name and script, compiling, layout...).
function describe(children) {
  const byName = new Map();
  for (const e of children) {
    const d = e.args?.data || {};
    let name = e.name;
    if (e.name === 'FunctionCall' || e.name === 'EvaluateScript') {
      const file = String(d.url || '').replace(/^.*\//, '').replace(/\.[0-9a-f]{10}\./, '.');
      name = `${e.name}${d.functionName ? ' ' + d.functionName : ''}${file ? ' ' + file : ''}`;
    }
    byName.set(name, (byName.get(name) || 0) + e.dur / 1000);
  }
  return [...byName].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(', ');
}

// Returns {fcp, firstFrame, tasks: [{start, ms, cpuMs, what}], blockingAt4x, longest} (ms from navigation).
export async function startupTasks(url, { settleMs = 3000, timeoutMs = 60000, minTaskMs = 5, browserArgs = [] } = {}) {
  const browser = await launchBrowser(browserArgs);
  try {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    await page.waitForFunction(() => window.Module && Module.framesRendered >= 2, null, { timeout: timeoutMs });
    await page.waitForTimeout(settleMs);
    const firstFrameMs = await page.evaluate(() => Module.firstFrameTime);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    const events = trace.traceEvents || trace;
    // The page's navigation (not the about:blank before it) and its renderer's main thread.
    const nav = events.find((e) => e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL || '').startsWith('http'));
    if (!nav) throw new Error('no navigation in the trace');
    const onMain = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid);
    const t0 = nav.ts;
    const fcpEvent = onMain.find((e) => e.name === 'firstContentfulPaint' && e.ts >= t0);
    const fcp = fcpEvent ? (fcpEvent.ts - t0) / 1000 : null;
    const top = onMain.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.ts >= t0)
      .sort((a, b) => a.ts - b.ts);
    const tasks = [];
    let end = 0;
    for (const t of top) {
      if (t.ts < end) continue;  // nested
      end = t.ts + t.dur;
      if (t.dur / 1000 < minTaskMs) continue;
      const children = onMain.filter((e) => e.ph === 'X' && e !== t && e.ts >= t.ts && e.ts + e.dur <= end &&
        !['RunTask', 'ThreadControllerImpl::RunTask', 'RunMicrotasks', 'V8.Execute'].includes(e.name) && e.dur >= 1000);
      tasks.push({ start: (t.ts - t0) / 1000, ms: t.dur / 1000, cpuMs: (t.tdur ?? t.dur) / 1000, what: describe(children) });
    }
    const after = tasks.filter((t) => fcp === null || t.start + t.ms > fcp);
    const blockingAt4x = after.reduce((s, t) => s + Math.max(0, 4 * t.ms - 50), 0);
    const blockingAt4xCpu = after.reduce((s, t) => s + Math.max(0, 4 * t.cpuMs - 50), 0);
    const longest = tasks.reduce((m, t) => Math.max(m, t.ms), 0);
    // The game's first frame in the trace's time (performance.now() counts from the navigation too).
    return { fcp, firstFrame: firstFrameMs, tasks, blockingAt4x, blockingAt4xCpu, longest, errors };
  } finally {
    await browser.close();
  }
}

// CLI: node startup-tasks.mjs URL|DIST_DIR [--min MS]  (prints the tasks of one load; a folder is
// served with nginx and deploy/nginx/, as deployed)
if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  const min = argv.includes('--min') ? Number(argv[argv.indexOf('--min') + 1]) : 5;
  const [where] = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--min');
  const server = fs.existsSync(where) ? await startNginx(where) : null;
  let r;
  try {
    r = await startupTasks(server ? `${server.origin}/` : where, { minTaskMs: min });
  } finally {
    if (server) await server.stop();
  }
  console.log(`FCP ${r.fcp?.toFixed(0)} ms, first frame ${r.firstFrame?.toFixed(0)} ms`);
  for (const t of r.tasks) console.log(`  ${t.start.toFixed(0).padStart(6)} ms  ${t.ms.toFixed(1).padStart(6)} ms (cpu ${t.cpuMs.toFixed(1)})  ${t.what}`);
  console.log(`longest task ${r.longest.toFixed(1)} ms; blocking after FCP at 4x: ${r.blockingAt4x.toFixed(0)} ms (cpu time ${r.blockingAt4xCpu.toFixed(0)} ms)`);
  for (const e of r.errors) console.log(`page error: ${e}`);
}
