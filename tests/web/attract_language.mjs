// The attract screen in the visitor's language when the page knows it (?lang=ro, issue #25): the
// call to action, the subtitle and the page's lang come from the Romanian catalogue (read from
// assets/l10n/ro/ui.po here, so the test follows the translations), on a phone-sized page; without
// ?lang the attract screen of the multilingual page stays English. Saves the phone screenshot.
// Usage: node attract_language.mjs DIST_DIR SCREENSHOT_DIR
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exitWithErrors, openWatchedPage, serveAndLaunch } from '../../web/tools/browser.mjs';
import { waitForMirror } from '../../web/tools/mirror.mjs';

const [dist, shotDir] = process.argv.slice(2);
if (!dist || !shotDir) { console.error('usage: attract_language.mjs DIST SCREENSHOT_DIR'); process.exit(2); }
const here = path.dirname(fileURLToPath(import.meta.url));

// msgid -> msgstr of a .po file (entries without context or plural; strings over several lines joined).
function readPo(file) {
  const out = new Map();
  const str = '((?:"(?:[^"\\\\]|\\\\.)*"\\n?)+)';
  const re = new RegExp(`^msgid ${str}msgstr ${str}`, 'gm');
  const join = (s) => s.trim().split('\n').map((l) => JSON.parse(l)).join('');
  for (const m of fs.readFileSync(file, 'utf8').matchAll(re)) {
    const [id, text] = [join(m[1]), join(m[2])];
    if (id && text) out.set(id, text);
  }
  return out;
}
const ro = readPo(path.join(here, '..', '..', 'assets', 'l10n', 'ro', 'ui.po'));
const t = (id) => { if (!ro.has(id)) throw new Error(`ro/ui.po has no translation of "${id}"`); return ro.get(id); };
const prompts = ['Touch to start', 'Click to start', 'Press Enter to start'];
const subtitle = 'See how online job offers and new friends can turn into traps. Anonymous, about 6 minutes.';

const { origin, browser, close } = await serveAndLaunch(dist);
const errors = [];
try {
  fs.mkdirSync(shotDir, { recursive: true });
  const phone = { hasTouch: true, isMobile: true, deviceScaleFactor: 1 };
  // ?lang=ro: the attract screen is Romanian.
  {
    const { context, page, problems } = await openWatchedPage(browser, origin, { width: 390, height: 844 }, phone);
    await page.goto(`${origin}/index.html?lang=ro`);
    const s = await waitForMirror(page, (st) => st.actions.some((a) => a.id === 'start'), 'the attract screen', 60000);
    const start = s.actions.find((a) => a.id === 'start');
    if (!prompts.map(t).includes(start.label)) errors.push(`?lang=ro: start button '${start.label}', expected one of ${JSON.stringify(prompts.map(t))}`);
    if (!s.log.includes(t(subtitle))) errors.push(`?lang=ro: the log lacks the Romanian subtitle: ${JSON.stringify(s.log)}`);
    if (s.log.includes(subtitle)) errors.push('?lang=ro: the subtitle is still English');
    if (s.lang !== 'ro') errors.push(`?lang=ro: <html lang="${s.lang}">`);
    // The mirror shows while a button of it has focus: without focus the canvas is in view.
    await page.evaluate(() => document.activeElement && document.activeElement.blur());
    await page.waitForTimeout(1500);
    const shot = path.join(shotDir, 'web_attract_ro_390x844.png');
    await page.screenshot({ path: shot });
    console.log(`  ?lang=ro: "${start.label}" / "${t(subtitle)}" -> ${shot}`);
    errors.push(...problems.map((p) => `?lang=ro: ${p}`));
    await context.close();
  }
  // No ?lang on the multilingual page: English until a visitor picks a language.
  {
    const { context, page, problems } = await openWatchedPage(browser, origin, { width: 390, height: 844 }, phone);
    await page.goto(`${origin}/index.html`);
    const s = await waitForMirror(page, (st) => st.actions.some((a) => a.id === 'start'), 'the attract screen', 60000);
    const start = s.actions.find((a) => a.id === 'start');
    if (!prompts.includes(start.label)) errors.push(`no ?lang: start button '${start.label}', expected English`);
    if (!s.log.includes(subtitle)) errors.push(`no ?lang: the log lacks the English subtitle: ${JSON.stringify(s.log)}`);
    console.log(`  no ?lang: "${start.label}"`);
    errors.push(...problems.map((p) => `no ?lang: ${p}`));
    await context.close();
  }
} catch (e) {
  errors.push(e.message);
} finally {
  await close();
}
exitWithErrors('attract language', errors);
