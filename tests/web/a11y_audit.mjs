// Accessibility audit of the web edition with axe-core (@axe-core/playwright, WCAG 2.0/2.1 A and AA
// rules): 0 violations allowed, on the loaded page, with the accessible mirror focused/visible (Tab
// must reach it), on a play screen and an ending reached through the mirror (log and buttons
// populated), and with the educators' preview panel open.
// Usage: node a11y_audit.mjs DIST_DIR
import { AxeBuilder } from '../../web/tools/axe.mjs';
import { exitWithTally, openWatchedPage, serveAndLaunch } from '../../web/tools/browser.mjs';
import { mirrorState, pressAndSettle, pressWhenThere, playUntil } from '../../web/tools/mirror.mjs';

const [dist] = process.argv.slice(2);
if (!dist) { console.error('usage: a11y_audit.mjs DIST'); process.exit(2); }
const { origin, browser, close } = await serveAndLaunch(dist);
let passed = 0, failed = 0;

async function audit(page, label) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  for (const v of result.violations) {
    console.log(`  ${label}: ${v.id} (${v.impact}): ${v.help}`);
    for (const n of v.nodes.slice(0, 3)) console.log(`    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').join(' ')}`);
  }
  const ok = result.violations.length === 0;
  console.log(`${ok ? 'PASS' : 'FAIL'} axe ${label}: ${result.violations.length} violations, ${result.passes.length} rules passed`);
  ok ? passed++ : failed++;
}

try {
  const { page, problems } = await openWatchedPage(browser, origin);
  await page.goto(`${origin}/index.html`);
  await page.waitForFunction(() => (window.Module && Module.framesRendered) >= 10, null, { timeout: 60000 });
  await audit(page, 'title screen');
  // Keyboard users reach the mirror with Tab: audit it while it is shown.
  await page.keyboard.press('Tab');
  await page.waitForTimeout(300);
  const focused = await page.evaluate(() => document.activeElement && document.activeElement.dataset.actionId);
  console.log(`${focused === 'start' ? 'PASS' : 'FAIL'} Tab from the page focuses the mirror's first button (${focused})`);
  focused === 'start' ? passed++ : failed++;
  await audit(page, 'title screen, mirror focused');
  // A story through the mirror: the play screen with messages and buttons, then an ending.
  await pressAndSettle(page, 'start');
  await pressWhenThere(page, /^lang:en$/);
  await pressWhenThere(page, /^ready$/);
  await pressWhenThere(page, /^story:/);
  const play = await playUntil(page, (s) => s.actions.some((a) => a.id.startsWith('choice:')) && s.log.length > 1,
                               'a play screen with choices');
  console.log(`  play screen: "${play.state.title}", ${play.state.log.length} messages, ${play.state.actions.length} buttons`);
  await audit(page, 'play screen, mirror populated');
  await playUntil(page, (s) => s.actions.some((a) => a.id === 'to-debrief'), 'an ending');
  const ending = await mirrorState(page);
  console.log(`  ending: "${ending.title}", ${ending.log.length} log entries`);
  await audit(page, 'ending, mirror populated');
  await page.evaluate(() => window.LureproofA11y.showDiagnostics({ file: 'x.lure', lines: ['x.lure:1:1: error LP101: example'] }));
  await audit(page, 'preview panel open');
  for (const p of problems) { console.log(`  ${p}`); }
  if (problems.length) failed++;
} finally {
  await close();
}
exitWithTally(passed, failed);
