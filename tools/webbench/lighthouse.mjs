// Lighthouse on the deployed page, several runs (tools/bench/bench.py, scripts/bench.sh): serves DIST
// with nginx and deploy/nginx/, runs Lighthouse's mobile preset RUNS times, and prints every run's
// scores and metrics; with --json the last line is {runs: [{scores, metrics}, ...]}.
// Usage: node tools/webbench/lighthouse.mjs DIST_DIR [RUNS (3)] [--json]
import os from 'node:os';
import { startNginx } from '../../web/tools/nginx.mjs';
import { runLighthouse, formatMetrics } from '../../web/tools/lighthouse.mjs';

const args = process.argv.slice(2);
const json = args.includes('--json');
const [dist, runsText] = args.filter((a) => a !== '--json');
if (!dist) { console.error('usage: lighthouse.mjs DIST [RUNS] [--json]'); process.exit(2); }
const runs = Number(runsText || 3);

const server = await startNginx(dist);
const results = [];
try {
  for (let i = 0; i < runs; i++) {
    const r = await runLighthouse(`${server.origin}/`);
    if (r.runtimeError) throw new Error(`Lighthouse run ${i + 1}: ${r.runtimeError}`);
    const load = os.loadavg()[0];
    results.push({ scores: r.scores, metrics: r.metrics, benchmarkIndex: r.benchmarkIndex, load });
    const line = `run ${i + 1}: ${Object.entries(r.scores).map(([c, s]) => `${c} ${s}`).join(', ')}; ${formatMetrics(r.metrics)}; ` +
                 `benchmarkIndex ${Math.round(r.benchmarkIndex)}; load average ${load.toFixed(1)}`;
    console.error(line);
    if (!json) console.log(line);
  }
} finally {
  await server.stop();
}
if (json) console.log(JSON.stringify({ runs: results }));
