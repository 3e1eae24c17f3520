// Runs Lighthouse (npm lighthouse, pinned in web/package.json) on a URL with Debian's Chromium and
// its default mobile preset (simulated slow 4G, 4x CPU slowdown), and returns the category scores,
// the five scored metrics and the main-thread work that blocks: what the Lighthouse test and
// tools/bench report. The full JSON report is written to reportPath when given.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../node_modules/lighthouse/cli/index.js');
export const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
export const METRICS = {  // audit id -> short name, unit
  'first-contentful-paint': ['FCP', 'ms'], 'largest-contentful-paint': ['LCP', 'ms'],
  'total-blocking-time': ['TBT', 'ms'], 'cumulative-layout-shift': ['CLS', ''], 'speed-index': ['SI', 'ms'],
};

export async function runLighthouse(url, reportPath = null) {
  const out = reportPath || path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lureproof-lh-')), 'report.json');
  const env = { ...process.env, CHROME_PATH: process.env.CHROMIUM || '/usr/bin/chromium' };
  delete env.DISPLAY;  // a DISPLAY left pointing at a stopped Xvfb breaks WebGL (TOOLCHAIN.md)
  const args = [cli, url, '--output=json', `--output-path=${out}`, '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    '--chrome-flags=--headless=new --no-sandbox --use-gl=angle --use-angle=swiftshader --enable-unsafe-swiftshader'];
  await new Promise((resolve, reject) => {
    execFile(process.execPath, args, { env, maxBuffer: 64 << 20, timeout: 240000 }, (err, stdout, stderr) =>
      err ? reject(new Error(`lighthouse failed: ${err.message}\n${stderr}`)) : resolve());
  });
  const lhr = JSON.parse(fs.readFileSync(out, 'utf8'));
  if (!reportPath) fs.rmSync(path.dirname(out), { recursive: true, force: true });
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null]));
  const metrics = Object.fromEntries(Object.entries(METRICS).map(([id, [name]]) => [name, lhr.audits[id]?.numericValue ?? null]));
  // Audits that did not pass in the three categories: why a score is below 1.
  const failing = [];
  for (const c of CATEGORIES)
    for (const ref of lhr.categories[c]?.auditRefs || []) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a && a.score !== null && a.score < 1)
        failing.push(`${c}: ${a.id} (${a.score}${a.displayValue ? ', ' + a.displayValue : ''})`);
    }
  const longTasks = (lhr.audits['long-tasks']?.details?.items || []).map((t) => ({ url: t.url, start: t.startTime, ms: t.duration }));
  const runtimeError = lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : null;
  // How fast Lighthouse found this machine's CPU (about 1000 and more on a typical desktop): the
  // simulated 4x slowdown is applied on top of it, so a slow or busy machine scores lower.
  const benchmarkIndex = lhr.environment?.benchmarkIndex ?? null;
  return { scores, metrics, failing, longTasks, runtimeError, benchmarkIndex, warnings: lhr.runWarnings || [] };
}

export function formatMetrics(metrics) {
  return Object.entries(METRICS).map(([, [name, unit]]) => {
    const v = metrics[name];
    if (v === null) return `${name} n/a`;
    if (name === 'TBT') return `${name} ${Math.round(v)} ms`;
    return unit === 'ms' ? `${name} ${(v / 1000).toFixed(2)} s` : `${name} ${v.toFixed(3)}`;
  }).join(', ');
}
