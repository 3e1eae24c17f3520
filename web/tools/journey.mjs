// A visit played through the accessible mirror from the attract screen to the help screen, for any
// browser driver: Playwright's page, or puppeteer-core's (Firefox over WebDriver BiDi) through
// `asPlaywrightPage`. axe-core runs by injection, so it needs no driver binding either.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { waitForMirror, pressAndSettle, pressWhenThere, playUntil } from './mirror.mjs';

export { default as puppeteer } from 'puppeteer-core';  // Firefox over WebDriver BiDi (tests/web/firefox.mjs)

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// The part of a puppeteer-core page the mirror helpers use, shaped like Playwright's.
export function asPlaywrightPage(page) {
  return {
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    keyboard: page.keyboard,
    waitForTimeout: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    screenshot: (options) => page.screenshot(options),
  };
}

// axe-core (WCAG 2.0/2.1 A and AA rules) on the page as it is: a list of "rule (impact): target" lines.
export async function axeViolations(page) {
  // The poster's 0.3 s fade at the hand-over (web/lureproof-page.js) is audited once it is over.
  // Polled with evaluate(): the Firefox (puppeteer) page adapter above has no waitForFunction.
  for (const end = Date.now() + 5000; Date.now() < end;) {
    const faded = await page.evaluate(() => { const p = document.getElementById('poster'); return !p || p.hidden || !p.classList.contains('leaving'); });
    if (faded) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}

// Plays one story (the first on the picker unless `story` names one) from the attract screen to the
// help screen with mirror buttons only, marking one message on the way; `onScreen(name, state)` runs
// on the attract, play, ending, debrief and help screens. Returns the states seen.
export async function playToHelp(page, { story = null, onScreen = async () => {} } = {}) {
  const attract = await waitForMirror(page, (s) => s.actions.some((a) => a.id === 'start'), 'the attract screen', 90000);
  await onScreen('attract', attract);
  await pressAndSettle(page, 'start');
  await pressWhenThere(page, /^lang:en$/);
  await pressWhenThere(page, /^ready$/);
  const picker = await waitForMirror(page, (s) => s.actions.some((a) => a.id.startsWith('story:')), 'the story picker');
  await pressAndSettle(page, story ? `story:${story}` : picker.actions.find((a) => a.id.startsWith('story:')).id);
  const { state: play } = await playUntil(page, (s) => s.actions.some((a) => a.id.startsWith('choice:')) && s.log.length > 1,
                                          'a play screen');
  await onScreen('play', play);
  const { state: ending, marked } = await playUntil(page, (s) => s.actions.some((a) => a.id === 'to-debrief'), 'the ending');
  await onScreen('ending', ending);
  const debrief = await pressAndSettle(page, 'to-debrief');
  await waitForMirror(page, (s) => s.actions.some((a) => a.id === 'to-help'), 'the debrief');
  await onScreen('debrief', debrief);
  const { state: help } = await playUntil(page, (s) => s.actions.some((a) => a.id === 'finish'), 'the help screen');
  await onScreen('help', help);
  return { play, ending, marked, debrief, help };
}

// Prints a test case's problems and PASS/FAIL and counts it in `tally` ({passed, failed}).
export function reportCase(tally, name, errors) {
  for (const e of errors) console.log(`  ${name}: ${e}`);
  console.log(`${errors.length ? 'FAIL' : 'PASS'} ${name}`);
  errors.length ? tally.failed++ : tally.passed++;
}

// What the text edition shows (for its checks): whether it is on, why, its notice, whether the canvas
// and the mirror are visible, and the help and debrief screens' links and lists.
export async function textEditionState(page) {
  return page.evaluate(() => {
    const box = (id) => { const el = document.getElementById(id); const r = el && el.getBoundingClientRect(); return r ? [r.width, r.height] : null; };
    const notice = document.getElementById('text-notice');
    return {
      reason: document.documentElement.dataset.textEdition || '',
      notice: notice ? { lang: notice.lang, text: notice.textContent } : null,
      canvas: box('canvas'),
      mirror: box('a11y'),
      tel: Array.from(document.querySelectorAll('#a11y-log a[href^="tel:"]')).map((a) => a.getAttribute('href')),
      links: Array.from(document.querySelectorAll('#a11y-log a[href^="https:"]')).map((a) => a.getAttribute('href')),
      steps: document.querySelectorAll('#a11y-log ol[data-kind="step"] li').length,
      flags: document.querySelectorAll('#a11y-log ul[data-kind="flagentry"] li').length,
      bubbles: document.querySelectorAll('#a11y-log [data-kind="msg"] strong, #a11y-log [data-kind="me"]').length,
      header: (document.querySelector('#a11y-log [data-kind="app"]') || {}).textContent || '',
      fontSize: parseFloat(getComputedStyle(document.body).fontSize),
      contrast: document.documentElement.dataset.contrast || '',
    };
  });
}
