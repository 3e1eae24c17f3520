// Choosing a language through the accessible mirror: the language buttons speak each name in its
// own language (lang attribute), choosing Ukrainian sets <html lang="uk"> and the mirror's heading,
// log and buttons then come from the Ukrainian catalogue (read from assets/l10n/uk/ui.po here, so
// the test follows the translations). Fails on console errors and cross-origin requests.
// Usage: node mirror_language.mjs DIST_DIR
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exitWithErrors, openWatchedPage, serveAndLaunch } from '../../web/tools/browser.mjs';
import { mirrorState, waitForMirror, pressAndSettle } from '../../web/tools/mirror.mjs';

const [dist] = process.argv.slice(2);
if (!dist) { console.error('usage: mirror_language.mjs DIST'); process.exit(2); }
const here = path.dirname(fileURLToPath(import.meta.url));

// msgid -> msgstr of a .po file (single-line entries are enough for the strings used here).
function readPo(file) {
  const out = new Map();
  const re = /^msgid "((?:[^"\\]|\\.)*)"\nmsgstr "((?:[^"\\]|\\.)+)"$/gm;
  for (const m of fs.readFileSync(file, 'utf8').matchAll(re)) out.set(JSON.parse(`"${m[1]}"`), JSON.parse(`"${m[2]}"`));
  return out;
}
const uk = readPo(path.join(here, '..', '..', 'assets', 'l10n', 'uk', 'ui.po'));
const t = (id) => { if (!uk.has(id)) throw new Error(`uk/ui.po has no translation of "${id}"`); return uk.get(id); };

const { origin, browser, close } = await serveAndLaunch(dist);
const errors = [];
try {
  const { page, problems } = await openWatchedPage(browser, origin);
  await page.goto(`${origin}/index.html`);
  await waitForMirror(page, (s) => s.actions.some((a) => a.id === 'start'), 'the attract screen', 60000);
  if ((await mirrorState(page)).lang !== 'en') errors.push('the page does not start in English');
  await pressAndSettle(page, 'start');
  const picker = await waitForMirror(page, (s) => s.actions.some((a) => a.id === 'lang:uk'), 'the language picker');
  if (picker.title !== 'Choose your language') errors.push(`picker heading '${picker.title}'`);
  const ukButton = picker.actions.find((a) => a.id === 'lang:uk');
  if (ukButton.lang !== 'uk' || ukButton.label !== 'Українська') errors.push(`uk button ${JSON.stringify(ukButton)}`);
  for (const a of picker.actions.filter((x) => x.id.startsWith('lang:')))
    if (a.lang !== a.id.slice(5)) errors.push(`button ${a.id} has lang '${a.lang}'`);
  await pressAndSettle(page, 'lang:uk');
  const note = await waitForMirror(page, (s) => s.lang === 'uk' && s.actions.some((a) => a.id === 'ready'), 'the content note in Ukrainian');
  if (note.title !== t('Before you start')) errors.push(`heading '${note.title}', expected '${t('Before you start')}'`);
  const ready = note.actions.find((a) => a.id === 'ready');
  if (ready.label !== t("I'm ready")) errors.push(`ready button '${ready.label}'`);
  const settings = note.actions.find((a) => a.id === 'settings');
  if (!settings || settings.label !== t('Settings')) errors.push(`settings button ${JSON.stringify(settings)}`);
  if (!note.log.includes(t('A sensitive topic'))) errors.push(`log lacks '${t('A sensitive topic')}': ${JSON.stringify(note.log)}`);
  // Every text the mirror shows is Ukrainian now (Cyrillic, none of the English originals).
  for (const text of [note.title, ...note.log, ...note.actions.map((a) => a.label)])
    if (!/[\u0400-\u04FF]/.test(text)) errors.push(`not Ukrainian: '${text}'`);
  await pressAndSettle(page, 'ready');
  const stories = await waitForMirror(page, (s) => s.actions.some((a) => a.id.startsWith('story:')), 'the story picker');
  if (stories.title !== t('Choose a story')) errors.push(`story picker heading '${stories.title}'`);
  if ((await mirrorState(page)).lang !== 'uk') errors.push('<html lang> changed after the content note');
  console.log(`  uk: "${note.title}" / "${ready.label}" / "${stories.title}"`);
  errors.push(...problems);
} catch (e) {
  errors.push(e.message);
} finally {
  await close();
}
exitWithErrors('mirror language uk', errors);
