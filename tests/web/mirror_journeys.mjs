// Plays every bundled scenario in the browser from the attract screen to its ending and on to the
// end of the visit, using ONLY the accessible DOM mirror (#a11y): keyboard focus on its buttons and
// Enter, no canvas clicks or canvas keys. Checks the heading and live log on the way (the ending
// shows in both; the au pair advert's contact number and its flag button), that marking a message puts
// its feedback in the log, that the debrief lists the route's steps (label, choice, red flags) and the
// roads not taken, that "What would you check?"
// offers real buttons and answers in the log, that focus moves sensibly, that the page's title
// (document.title) never changes with the screen, and that there are no console errors and no
// cross-origin requests.
// Usage: node mirror_journeys.mjs DIST_DIR
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from '../../web/tools/static-server.mjs';
import { deviceStorageUsed, exitWithTally, launchBrowser, openWatchedPage } from '../../web/tools/browser.mjs';
import { mirrorState, waitForMirror, pressAndSettle, pressWhenThere, playUntil, halfUpdatedViews } from '../../web/tools/mirror.mjs';

const [dist] = process.argv.slice(2);
if (!dist) { console.error('usage: mirror_journeys.mjs DIST'); process.exit(2); }
const scenarioDir = path.join(dist, '..', 'assets', 'scenarios');
const scenarios = fs.readdirSync(scenarioDir).filter((f) => f.endsWith('.lure')).sort()
  .map((f) => {
    const text = fs.readFileSync(path.join(scenarioDir, f), 'utf8');
    return { id: /^scenario:\s*(\S+)/m.exec(text)[1], title: /^title:\s*(.+)$/m.exec(text)[1].trim(),
             persona: /^persona:\s*([^|]+)/m.exec(text)[1].trim() };
  });

const pageTitle = /<title>([^<]*)<\/title>/.exec(fs.readFileSync(path.join(dist, 'index.html'), 'utf8'))[1];
const server = await startServer(dist);
const origin = `http://127.0.0.1:${server.address().port}`;
let passed = 0, failed = 0;
const endingTitle = /stayed safe|got help|was trapped/;

try {
  if (scenarios.length !== 10) throw new Error(`expected the ten bundled scenarios, found ${scenarios.length}`);
  for (const sc of scenarios) {
    const name = `mirror journey ${sc.id}`;
    const browser = await launchBrowser();  // one per scenario: each journey starts clean
    const { page, problems } = await openWatchedPage(browser, origin);
    const errors = [];
    try {
      await page.goto(`${origin}/index.html`);
      await waitForMirror(page, (s) => /Lureproof/.test(s.title) && s.actions.some((a) => a.id === 'start'), 'the attract screen', 60000);
      await pressAndSettle(page, 'start');
      let s = await mirrorState(page);
      // Focus follows the screen change to the new heading.
      const focus = await page.evaluate(() => document.activeElement && document.activeElement.id);
      if (focus !== 'a11y-title') errors.push(`focus after a screen change is on '${focus}', not the heading`);
      await pressWhenThere(page, /^lang:en$/);
      await pressWhenThere(page, /^ready$/);
      s = await waitForMirror(page, (st) => st.actions.some((a) => a.id === `story:${sc.id}`), 'the story picker');
      const card = s.actions.find((a) => a.id === `story:${sc.id}`);
      if (!card.label.includes(sc.title) || !card.label.includes(sc.persona)) errors.push(`story card label '${card.label}'`);
      await pressAndSettle(page, `story:${sc.id}`);
      // Quiz, then the phone: the heading names the persona's phone and the story.
      const { state: playing } = await playUntil(page, (st) => st.title.includes(sc.title), 'the play screen');
      if (!playing.title.includes(sc.persona)) errors.push(`play heading '${playing.title}'`);
      // The app's chrome is text too (issue #23): the au pair advert's contact number, with its flag button.
      if (sc.id === 'au-pair') {
        const chrome = await waitForMirror(page, (st) => st.log.some((l) => l.includes('+31 6 4827 1190')),
                                           "the advert's contact number", 10000).catch(() => null);
        if (!chrome) errors.push("the advert's contact number is not in the log");
        else if (!chrome.actions.some((a) => a.id === 'mark:0:contact')) errors.push('no flag button on the contact number');
      }
      const { state: ending, marked } = await playUntil(page, (st) => st.actions.some((a) => a.id === 'to-debrief'), 'the ending');
      if (!endingTitle.test(ending.title)) errors.push(`ending heading '${ending.title}'`);
      const docTitle = await page.evaluate(() => document.title);  // would land in a shared phone's history
      if (docTitle !== pageTitle) errors.push(`document.title '${docTitle}', not the page's '${pageTitle}'`);
      if (ending.log.length < 2) errors.push(`ending log has ${ending.log.length} entries`);
      if (!marked) errors.push('no message could be marked');
      else {
        if (!/^Mark as suspicious: /.test(marked.label)) errors.push(`mark label '${marked.label}'`);
        if (marked.logAfter <= marked.logBefore) errors.push('marking added no feedback to the log');
        if (!marked.now || marked.now.enabled || !/^Marked as suspicious: /.test(marked.now.label))
          errors.push(`marked button afterwards: ${JSON.stringify(marked.now)}`);
      }
      console.log(`  ${sc.id}: ending "${ending.title}", ${ending.log.length} log entries; marked: ${marked && marked.label.slice(0, 60)}`);
      // The debrief's map as a list: every step with its label (and the choice made, the red flags),
      // then the roads not taken to the other endings.
      await playUntil(page, (st) => st.title === 'The map of the story', 'the debrief');
      const map = await page.evaluate(() => ({
        steps: Array.from(document.querySelectorAll('#a11y-log p[data-kind="step"]')).map((p) => p.textContent),
        roads: Array.from(document.querySelectorAll('#a11y-log p[data-kind="road"]')).map((p) => p.textContent),
        flags: document.querySelectorAll('#a11y-log p[data-kind="flagentry"]').length,
      }));
      if (map.steps.length < 2) errors.push(`debrief lists ${map.steps.length} steps`);
      map.steps.forEach((t, i) => { if (!t.startsWith(`${i + 1}. `)) errors.push(`debrief step ${i + 1} reads '${t.slice(0, 80)}'`); });
      if (!map.steps.some((t) => /You chose: “[^”]+”/.test(t))) errors.push('no debrief step names the choice made');
      if (map.flags && !map.steps.some((t) => /Red flags here: /.test(t))) errors.push('no debrief step names its red flags');
      if (!map.roads.length || !map.roads.every((t) => /could have led to: .+ \((Safe|Got help|Harmed)\)$/.test(t)))
        errors.push(`roads not taken: ${JSON.stringify(map.roads).slice(0, 300)}`);
      console.log(`  ${sc.id}: debrief map of ${map.steps.length} steps, ${map.roads.length} roads not taken`);
      // "What would you check?" after the story: real buttons, the answer pressed, its feedback in the log.
      const { state: step } = await playUntil(page, (st) => st.actions.some((a) => a.id === 'check:next'), 'the check step');
      if (step.title !== 'What would you check?') errors.push(`check step heading '${step.title}'`);
      const offered = step.actions.filter((a) => a.id.startsWith('check:') && a.id !== 'check:next');
      if (offered.length !== 6 || offered[offered.length - 1].id !== 'check:none') errors.push(`check answers: ${offered.map((a) => a.id)}`);
      const answered = await pressAndSettle(page, 'check:contract-language');
      const chosen = answered.actions.find((a) => a.id === 'check:contract-language');
      if (!chosen || chosen.pressed !== 'true') errors.push(`the chosen check is not pressed: ${JSON.stringify(chosen)}`);
      if (!answered.log.some((l) => /in a language you understand/.test(l))) errors.push('no feedback in the log after the answer');
      const nextButton = answered.actions.find((a) => a.id === 'check:next');
      if (!nextButton || nextButton.label !== 'Next') errors.push(`after the answer the step offers ${JSON.stringify(nextButton)}`);
      // On to the end of the visit: (post-quiz), help, finish -> attract again.
      await playUntil(page, (st) => st.actions.some((a) => a.id === 'finish'), 'the help screen');
      await pressAndSettle(page, 'finish');
      await waitForMirror(page, (st) => /Lureproof/.test(st.title) && st.actions.some((a) => a.id === 'start'), 'the attract screen again');
      // A whole visit leaves nothing on the device (no cookies, storage, caches or workers).
      errors.push(...await deviceStorageUsed(page));
      // No published view was half-updated (e.g. a quiz card's "Next" enabled before its answer
      // showed as pressed, which once made this test press the answer twice and wait forever).
      for (const v of await halfUpdatedViews(page)) errors.push(`half-updated view published: ${v}`);
    } catch (e) {
      errors.push(e.message);
    }
    errors.push(...problems);
    for (const e of errors) console.log(`  ${name}: ${e}`);
    await browser.close();
    console.log(`${errors.length ? 'FAIL' : 'PASS'} ${name}`);
    errors.length ? failed++ : passed++;
  }
} finally {
  server.close();
}
exitWithTally(passed, failed);
