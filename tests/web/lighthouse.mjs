// Lighthouse on the deployed page: serves DIST with nginx and deploy/nginx/ (web/tools/nginx.mjs),
// runs Lighthouse's mobile preset with Debian's Chromium, prints the scores, the metrics, the audits
// that did not pass and the longest main-thread tasks, and asserts accessibility 1 and best
// practices 1, and with --performance also performance >= 0.9 (issue 19). Lighthouse's score varies
// from run to run (it simulates a phone from the tasks it observes), so --performance takes the
// median of three runs (--runs N: another number); every run must have accessibility and best practices 1.
// Usage: node lighthouse.mjs DIST_DIR [REPORT_JSON] [--performance] [--runs N]
import os from 'node:os';
import { startNginx } from '../../web/tools/nginx.mjs';
import { runLighthouse, formatMetrics } from '../../web/tools/lighthouse.mjs';

const args = process.argv.slice(2);
const performance = args.includes('--performance');
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : performance ? 3 : 1;
const [dist, reportPath] = args.filter((a, i) => !a.startsWith('--') && (runsAt < 0 || i !== runsAt + 1));
if (!dist || !(runs >= 1)) { console.error('usage: lighthouse.mjs DIST [REPORT_JSON] [--performance] [--runs N]'); process.exit(2); }
const MINIMUM = { accessibility: 1, 'best-practices': 1 };
if (performance) MINIMUM.performance = 0.9;

const server = await startNginx(dist);
const results = [];
try {
  for (let i = 0; i < runs; i++) {
    // The first run's report is the one kept (REPORT_JSON).
    const result = await runLighthouse(`${server.origin}/`, i === 0 ? reportPath || null : null);
    results.push(result);
    console.log(`run ${i + 1} of ${runs}:`);
    if (result.runtimeError) console.log(`  runtime error: ${result.runtimeError}`);
    for (const w of result.warnings) console.log(`  warning: ${w}`);
    console.log(`  scores: ${Object.entries(result.scores).map(([c, s]) => `${c} ${s}`).join(', ')}`);
    console.log(`  metrics: ${formatMetrics(result.metrics)}`);
    console.log(`  benchmarkIndex ${Math.round(result.benchmarkIndex)}; load average ${os.loadavg()[0].toFixed(1)}`);
    for (const f of result.failing) console.log(`    not passed: ${f}`);
    for (const t of result.longTasks.slice(0, 8)) console.log(`    long task ${Math.round(t.ms)} ms at ${Math.round(t.start)} ms: ${t.url}`);
  }
} finally {
  await server.stop();
}
const median = (values) => {
  const v = [...values].sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};
let ok = results.every((r) => !r.runtimeError);
for (const [category, min] of Object.entries(MINIMUM)) {
  const scores = results.map((r) => r.scores[category]);
  // Performance: the median of the runs; accessibility and best practices: every run.
  const s = scores.includes(null) ? null : category === 'performance' ? median(scores) : Math.min(...scores);
  const pass = s !== null && s >= min;
  const how = runs === 1 ? '' : category === 'performance' ? ` (median of ${scores.join(', ')})` : ` (lowest of ${scores.join(', ')})`;
  console.log(`${pass ? 'PASS' : 'FAIL'} ${category} ${s}${how} (needs >= ${min})`);
  ok = ok && pass;
}
if (reportPath) console.log(`report: ${reportPath}`);
process.exit(ok ? 0 : 1);
