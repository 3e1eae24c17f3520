// The web page's start-up tasks, several loads (tools/bench/bench.py, scripts/bench.sh): serves DIST with
// nginx and deploy/nginx/, loads it RUNS times in Chromium with a phone's viewport and no throttling
// (web/tools/startup-tasks.mjs), and prints each load's longest task and blocking time at 4x, in wall
// and in CPU time; with --json the last line is {runs: [{longest, longestCpu, blockingAt4x, ...}, ...]}.
// Usage: node tools/webbench/startup_tasks.mjs DIST_DIR [RUNS (3)] [--json]
import os from 'node:os';
import { startNginx } from '../../web/tools/nginx.mjs';
import { startupTasks } from '../../web/tools/startup-tasks.mjs';

const args = process.argv.slice(2);
const json = args.includes('--json');
const [dist, runsText] = args.filter((a) => a !== '--json');
if (!dist) { console.error('usage: startup_tasks.mjs DIST [RUNS] [--json]'); process.exit(2); }
const runs = Number(runsText || 3);

const server = await startNginx(dist);
const results = [];
try {
  for (let i = 0; i < runs; i++) {
    // A trace now and then misses the navigation's events under load: that load is taken again, once.
    const r = await startupTasks(`${server.origin}/`).catch(() => startupTasks(`${server.origin}/`));
    if (r.errors.length) throw new Error(`load ${i + 1}: ${r.errors.join('; ')}`);
    const after = r.tasks.filter((t) => r.fcp === null || t.start + t.ms > r.fcp);
    const longestCpu = after.reduce((m, t) => Math.max(m, t.cpuMs), 0);
    const longest = after.reduce((m, t) => Math.max(m, t.ms), 0);
    const load = os.loadavg()[0];
    results.push({ fcp: r.fcp, firstFrame: r.firstFrame, longest, longestCpu, blockingAt4x: r.blockingAt4x,
                   blockingAt4xCpu: r.blockingAt4xCpu, load });
    const line = `load ${i + 1}: FCP ${Math.round(r.fcp)} ms, first frame ${Math.round(r.firstFrame)} ms; longest task after FCP ` +
                 `${longest.toFixed(1)} ms (CPU ${longestCpu.toFixed(1)} ms); blocking at 4x ${Math.round(r.blockingAt4x)} ms ` +
                 `(CPU ${Math.round(r.blockingAt4xCpu)} ms); load average ${load.toFixed(1)}`;
    console.error(line);
    if (!json) console.log(line);
  }
} finally {
  await server.stop();
}
if (json) console.log(JSON.stringify({ runs: results }));
