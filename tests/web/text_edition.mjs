// The text edition asked for with ?text=1 (headless Chromium, WebGL2 available): the same game runs
// without a display and its accessible mirror is the page. Plays every bundled story from the attract
// screen to the help screen, at 390x844 or 1280x800, with mirror buttons only, and checks on the
// way: the canvas hidden and the mirror shown, chat bubbles and the app's header, feedback on a mark,
// the debrief's steps as a list, helplines as tel: links and the QR address as a link, the settings
// (text size, high contrast) applied as CSS, axe-core 0 violations on every screen, 0 console
// errors, nothing stored. Screenshots: <SHOT_DIR>/text_<screen>_<size>.png (the last story per size).
// Usage: node text_edition.mjs DIST_DIR SHOT_DIR
import fs from 'node:fs';
import path from 'node:path';
import { deviceStorageUsed, exitWithTally, openWatchedPage, serveAndLaunch } from '../../web/tools/browser.mjs';
import { press, pressAndSettle, waitForMirror } from '../../web/tools/mirror.mjs';
import { axeViolations, playToHelp, reportCase, textEditionState } from '../../web/tools/journey.mjs';

const [dist, shotDir] = process.argv.slice(2);
if (!dist || !shotDir) { console.error('usage: text_edition.mjs DIST SHOT_DIR'); process.exit(2); }
fs.mkdirSync(shotDir, { recursive: true });
const { origin, browser, close } = await serveAndLaunch(dist);
const tally = { passed: 0, failed: 0 };

// Every bundled story, five on a phone's viewport and five on a laptop's.
const phone = { width: 390, height: 844 }, laptop = { width: 1280, height: 800 };
const runs = [['dream-job', phone], ['casting-call', laptop], ['au-pair', phone], ['perfect-partner', laptop],
              ['border-help', phone], ['remote-it-job', laptop], ['easy-money', phone], ['permit-fee', laptop],
              ['game-friend', phone], ['marriage-offer', laptop]].map(([story, viewport]) => ({ story, viewport }));
try {
  for (const { viewport, story } of runs) {
    const size = `${viewport.width}x${viewport.height}`;
    const name = `text edition ${size} (${story})`;
    const { context, page, problems } = await openWatchedPage(browser, origin, viewport);
    const errors = [];
    try {
      await page.goto(`${origin}/index.html?text=1`);
      const onScreen = async (screen) => {
        const t = await textEditionState(page);
        if (t.reason !== 'asked') errors.push(`${screen}: text edition '${t.reason}', expected 'asked'`);
        if (t.notice) errors.push(`${screen}: a no-graphics notice although the visitor asked for text`);
        if (t.canvas && t.canvas[0] * t.canvas[1] > 0) errors.push(`${screen}: the canvas is visible (${t.canvas})`);
        if (!t.mirror || t.mirror[0] < Math.min(300, viewport.width - 40)) errors.push(`${screen}: the mirror is not shown (${t.mirror})`);
        if (screen === 'play' && (!t.bubbles || !t.header)) errors.push(`play: ${t.bubbles} bubbles, header '${t.header}'`);
        if (screen === 'debrief' && t.steps < 1) errors.push('debrief: no steps listed');
        if (screen === 'help' && (!t.tel.length || !t.links.length)) errors.push(`help: tel links ${t.tel}, links ${t.links}`);
        console.log(`  ${size} ${screen}: ${JSON.stringify({ bubbles: t.bubbles, header: t.header, steps: t.steps, flags: t.flags, tel: t.tel, links: t.links })}`);
        for (const v of await axeViolations(page)) errors.push(`axe on ${screen}: ${v}`);
        await page.screenshot({ path: path.join(shotDir, `text_${screen}_${size}.png`), fullPage: true });
      };
      const { marked } = await playToHelp(page, { story, onScreen });
      if (!marked || marked.logAfter <= marked.logBefore) errors.push('marking a message gave no feedback in the log');
      // The settings as CSS: larger text, high contrast.
      const before = await textEditionState(page);
      await pressAndSettle(page, 'settings');
      // (The toggles change their labels only, which pressAndSettle does not compare.)
      await press(page, 'text-bigger');
      await waitForMirror(page, (st) => st.actions.some((a) => a.id === 'text-bigger' && /125 %/.test(a.label)), 'text size 125 %');
      await press(page, 'high-contrast');
      await waitForMirror(page, (st) => st.actions.some((a) => a.id === 'high-contrast' && /: On$/.test(a.label)), 'high contrast on');
      await page.waitForTimeout(300);
      const after = await textEditionState(page);
      if (!(after.fontSize > before.fontSize)) errors.push(`text size: ${before.fontSize}px -> ${after.fontSize}px`);
      if (after.contrast !== 'high') errors.push(`contrast after the toggle: '${after.contrast}'`);
      for (const v of await axeViolations(page)) errors.push(`axe on the settings, high contrast: ${v}`);
      await page.screenshot({ path: path.join(shotDir, `text_settings_${size}.png`), fullPage: true });
      await pressAndSettle(page, 'settings-done');
      await waitForMirror(page, (s) => s.actions.some((a) => a.id === 'finish'), 'the help screen again');
      console.log(`  ${size} settings: ${before.fontSize}px -> ${after.fontSize}px, contrast ${after.contrast}`);
      errors.push(...await deviceStorageUsed(page));
    } catch (e) {
      errors.push(e.message);
    }
    reportCase(tally, name, errors.concat(problems));
    await context.close();
  }
} finally {
  await close();
}
exitWithTally(tally.passed, tally.failed);
