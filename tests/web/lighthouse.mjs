// Lighthouse on the deployed page: serves DIST with nginx and deploy/nginx/ (web/tools/nginx.mjs),
// runs Lighthouse's mobile preset with Debian's Chromium, prints the scores, the metrics, the audits
// that did not pass and the longest main-thread tasks, and asserts accessibility 1 and best
// practices 1, and with --performance also performance >= 0.9 (issue 19).
// Usage: node lighthouse.mjs DIST_DIR [REPORT_JSON] [--performance]
import os from 'node:os';
import { startNginx } from '../../web/tools/nginx.mjs';
import { runLighthouse, formatMetrics } from '../../web/tools/lighthouse.mjs';

const args = process.argv.slice(2);
const [dist, reportPath] = args.filter((a) => a !== '--performance');
if (!dist) { console.error('usage: lighthouse.mjs DIST [REPORT_JSON] [--performance]'); process.exit(2); }
const MINIMUM = { accessibility: 1, 'best-practices': 1 };
if (args.includes('--performance')) MINIMUM.performance = 0.9;

const server = await startNginx(dist);
let result;
try {
  result = await runLighthouse(`${server.origin}/`, reportPath || null);
} finally {
  await server.stop();
}
if (result.runtimeError) console.log(`runtime error: ${result.runtimeError}`);
for (const w of result.warnings) console.log(`warning: ${w}`);
console.log(`scores: ${Object.entries(result.scores).map(([c, s]) => `${c} ${s}`).join(', ')}`);
console.log(`metrics: ${formatMetrics(result.metrics)}`);
console.log(`benchmarkIndex ${Math.round(result.benchmarkIndex)}; load average ${os.loadavg()[0].toFixed(1)}`);
for (const f of result.failing) console.log(`  not passed: ${f}`);
for (const t of result.longTasks.slice(0, 8)) console.log(`  long task ${Math.round(t.ms)} ms at ${Math.round(t.start)} ms: ${t.url}`);
let ok = !result.runtimeError;
for (const [category, min] of Object.entries(MINIMUM)) {
  const s = result.scores[category];
  const pass = s !== null && s >= min;
  console.log(`${pass ? 'PASS' : 'FAIL'} ${category} ${s} (needs >= ${min})`);
  ok = ok && pass;
}
if (reportPath) console.log(`report: ${reportPath}`);
process.exit(ok ? 0 : 1);
