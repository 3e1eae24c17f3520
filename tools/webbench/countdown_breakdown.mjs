// Where the idle-warning countdown's CPU goes in headless Chromium: each process of the browser's tree
// (browser, renderer, GPU process, utilities) over 10 s, 3 s after "Are you still there?" shows, with
// the frames drawn, the animation frames and the timer tasks the page ran. The same set-up as
// tests/web/idle_budget.mjs --only countdown (web/tools/idle-warning.mjs; docs/performance.md).
// Usage: node tools/webbench/countdown_breakdown.mjs DIST [--runs N]
import fs from 'node:fs';
import { startServer } from '../../web/tools/static-server.mjs';
import { loopCounts, openIdleWarning } from '../../web/tools/idle-warning.mjs';

const [dist] = process.argv.slice(2);
if (!dist) { console.error('usage: countdown_breakdown.mjs DIST [--runs N]'); process.exit(2); }
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 1;
const MEASURE_MS = 10000;

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
    const { browser, pid, page } = await openIdleWarning(origin, 3000);
    try {
      const n0 = await loopCounts(page);
      const c0 = tree(pid), t0 = performance.now();
      await page.waitForTimeout(MEASURE_MS);
      const c1 = tree(pid), s = (performance.now() - t0) / 1000;
      const n1 = await loopCounts(page);
      const frames = n1.frames - n0.frames;
      const parts = Object.keys(c1).map((k) => [k, (100 * (c1[k] - (c0[k] ?? 0))) / s]);
      const total = parts.reduce((a, [, v]) => a + v, 0);
      console.log(`run ${r + 1}: tree ${total.toFixed(2)} %, ${frames} frames, ` +
                  `${n1.animationFrames - n0.animationFrames} animation frames, ${n1.timerTasks - n0.timerTasks} timer tasks; ` +
                  parts.map(([k, v]) => `${k} ${v.toFixed(2)} %`).join(', ') +
                  `; load average ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`);
    } finally {
      await browser.close();
    }
  }
} finally {
  server.close();
}
