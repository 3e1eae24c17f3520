// The merged statistics report of `lure stats merge` in headless Chromium: 50 generated kiosks
// (tests/tools/make_kiosk_stats.py) merged, REPORT.html opened from the disk as an operator would.
// It renders its charts, shows the merged totals, loads nothing (no request but the file itself),
// and axe-core (WCAG 2.0/2.1 A and AA) finds 0 violations, on a wide and a phone-sized window.
// Usage: node stats_report.mjs LURE_CLI PYTHON GENERATOR SCREENSHOT_DIR
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AxeBuilder } from '../../web/tools/axe.mjs';
import { exitWithTally, launchBrowser, openWatchedPage } from '../../web/tools/browser.mjs';

const [lure, python, generator, shots] = process.argv.slice(2);
if (!shots) { console.error('usage: stats_report.mjs LURE PYTHON GENERATOR SCREENSHOT_DIR'); process.exit(2); }
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lure-stats-report-'));
let passed = 0, failed = 0;
const check = (ok, what) => { console.log(`${ok ? 'PASS' : 'FAIL'} ${what}`); ok ? passed++ : failed++; };

execFileSync(python, [generator, path.join(dir, 'kiosks'), '--kiosks', '50']);
const expected = JSON.parse(fs.readFileSync(path.join(dir, 'kiosks', 'expected.json'), 'utf8'));
execFileSync(lure, ['stats', 'merge', ...expected.files.map((f) => path.join(dir, 'kiosks', f)), '-o',
                    path.join(dir, 'report')], { stdio: ['ignore', 'inherit', 'ignore'] });
const url = pathToFileURL(path.join(dir, 'report.html')).href;
const browser = await launchBrowser();
try {
  for (const [label, viewport] of [['wide', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
    const { page, problems } = await openWatchedPage(browser, 'file://', viewport);
    await page.goto(url);
    const visits = await page.textContent('#total-visits');
    check(visits === String(expected.totals['sessions,,']), `${label}: total visits ${visits} (expected ${expected.totals['sessions,,']})`);
    const so = await page.textContent('td[data-cell="language//so"]');
    check(so === '40', `${label}: Somali 40, small on each kiosk, shown merged (${so})`);
    const pl = await page.textContent('td[data-cell="language//pl"]');
    check(pl === '<5', `${label}: Polish 3 merged, shown <5 (${pl})`);
    const quizAll = await page.textContent('td[data-quiz="all"]');
    check(quizAll === String(expected.quiz.all), `${label}: quiz before/after of ${quizAll} visitors (expected ${expected.quiz.all})`);
    const charts = await page.$$eval('svg.chart', (svgs) => svgs.map((s) => {
      const r = s.getBoundingClientRect();
      return { w: r.width, h: r.height, bars: s.querySelectorAll('rect').length };
    }));
    check(charts.length >= 8 && charts.every((c) => c.w > 200 && c.h > 20 && c.bars > 0),
          `${label}: ${charts.length} charts drawn, each with bars`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    check(overflow <= 0, `${label}: no sideways scrolling (${overflow}px)`);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    for (const v of result.violations) {
      console.log(`  ${v.id} (${v.impact}): ${v.help}`);
      for (const n of v.nodes.slice(0, 3)) console.log(`    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').join(' ')}`);
    }
    check(result.violations.length === 0, `${label}: axe ${result.violations.length} violations, ${result.passes.length} rules passed`);
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, `stats_report_${label}.png`), fullPage: label === 'wide' });
    check(problems.length === 0, `${label}: no console errors and no request but the file (${problems.join('; ')})`);
  }
} finally {
  await browser.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
exitWithTally(passed, failed);
