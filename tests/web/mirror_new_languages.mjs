// The languages the web edition added in issue #21 (pt, nl, hu, cs, sk, ru), each played through the
// accessible mirror only: pick it in the language picker (its button names it in its own language),
// <html lang> follows, the content note comes from its ui.po, a story (a different one per language)
// plays to its ending, and the ending's log is that story's translation (lines of
// assets/l10n/<lang>/<story>.po), never its English. The language's UI pack must arrive, and with it
// its font supplement when the page's fonts lack some of its letters (docs/web.md). Fails on console
// errors, catalogue warnings and cross-origin requests.
// Usage: node mirror_new_languages.mjs DIST_DIR [LANG...]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exitWithTally, launchBrowser, openWatchedPage } from '../../web/tools/browser.mjs';
import { startServer } from '../../web/tools/static-server.mjs';
import { mirrorState, waitForMirror, pressAndSettle, playUntil } from '../../web/tools/mirror.mjs';

const [dist, ...only] = process.argv.slice(2);
if (!dist) { console.error('usage: mirror_new_languages.mjs DIST [LANG...]'); process.exit(2); }
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// Endonyms as engine/src/l10n_languages.cpp has them; a story each.
const languages = [
  ['hu', 'Magyar', 'permit-fee'], ['ru', 'Русский', 'dream-job'], ['nl', 'Nederlands', 'au-pair'],
  ['pt', 'Português', 'remote-it-job'], ['sk', 'Slovenčina', 'marriage-offer'], ['cs', 'Čeština', 'casting-call'],
].filter(([code]) => only.length === 0 || only.includes(code));

// The entries of a .po file, {context, id, str} (multi-line strings joined; of plural forms the first),
// one block per entry; obsolete (#~) and untranslated entries left out.
function readPo(file) {
  const entries = [];
  for (const block of fs.readFileSync(file, 'utf8').split(/\n\s*\n/)) {
    const e = {};
    let field = null;
    for (const line of block.split('\n')) {
      const m = /^(msgctxt|msgid|msgid_plural|msgstr|msgstr\[\d+\])\s+(".*")$/.exec(line);
      if (m) field = { msgctxt: 'context', msgid: 'id', msgstr: 'str', 'msgstr[0]': 'str' }[m[1]] ?? null;
      const text = m ? m[2] : /^".*"$/.test(line) ? line : null;
      if (text === null) { if (!m) field = null; continue; }
      if (field) e[field] = (e[field] ?? '') + JSON.parse(text);
    }
    if (e.id && e.str) entries.push(e);
  }
  return entries;
}
const plain = (s) => s.replace(/\*/g, '').replace(/\{[a-z_]+\}/g, '').replace(/\s+/g, ' ').trim();
// A line's longest run without a {placeholder}: what the log must contain verbatim.
const fragment = (s) => s.replace(/\*/g, '').split(/\{[a-z_]+\}/).map((p) => p.replace(/\s+/g, ' ').trim())
  .sort((a, b) => b.length - a.length)[0];

const server = await startServer(dist);
const origin = `http://127.0.0.1:${server.address().port}`;
let passed = 0, failed = 0;
try {
  for (const [code, endonym, story] of languages) {
    const name = `mirror new language ${code} (${story})`;
    const ui = new Map(readPo(path.join(root, 'assets', 'l10n', code, 'ui.po')).filter((e) => !e.context).map((e) => [e.id, e.str]));
    const t = (id) => { if (!ui.has(id)) throw new Error(`${code}/ui.po has no translation of "${id}"`); return ui.get(id); };
    const lines = readPo(path.join(root, 'assets', 'l10n', code, `${story}.po`))
      .filter((e) => /^[a-z]+-[a-z0-9-]+$/.test(e.context) && plain(e.id) !== plain(e.str))
      .map((e) => ({ translated: fragment(e.str), english: fragment(e.id) }))
      .filter((l) => l.translated.length >= 12 && l.english.length >= 12);
    const browser = await launchBrowser();
    const { page, problems } = await openWatchedPage(browser, origin);
    page.on('console', (m) => { if (/L10N\d|language pack|font/.test(m.text())) problems.push(`warning: ${m.text()}`); });
    const packs = [];
    page.on('response', async (r) => {
      if (new RegExp(`/l10n/${code}\\.[0-9a-f]{10}\\.pack$`).test(new URL(r.url()).pathname))
        packs.push((await r.body()).toString('latin1'));
    });
    const errors = [];
    try {
      await page.goto(`${origin}/index.html`);
      await waitForMirror(page, (s) => s.actions.some((a) => a.id === 'start'), 'the attract screen', 60000);
      await pressAndSettle(page, 'start');
      const picker = await waitForMirror(page, (s) => s.actions.some((a) => a.id === `lang:${code}`), 'the language picker');
      const button = picker.actions.find((a) => a.id === `lang:${code}`);
      if (button.lang !== code || button.label !== endonym) errors.push(`picker button ${JSON.stringify(button)}`);
      await pressAndSettle(page, `lang:${code}`);
      const note = await waitForMirror(page, (s) => s.lang === code && s.actions.some((a) => a.id === 'ready'),
                                       `the content note in ${code}`, 60000);
      if (note.title !== t('Before you start')) errors.push(`content note heading '${note.title}', expected '${t('Before you start')}'`);
      await pressAndSettle(page, 'ready');
      await waitForMirror(page, (s) => s.actions.some((a) => a.id === `story:${story}`), 'the story picker');
      await pressAndSettle(page, `story:${story}`);
      const { state: ending } = await playUntil(page, (s) => s.actions.some((a) => a.id === 'to-debrief'), 'the ending');
      const state = await mirrorState(page);
      if (state.lang !== code) errors.push(`<html lang="${state.lang}"> at the ending`);
      const log = ending.log.join('\n');
      const translated = lines.filter((l) => log.includes(l.translated));
      const english = lines.filter((l) => log.includes(l.english));
      if (translated.length < 2) errors.push(`the ending's log has ${translated.length} lines of ${code}/${story}.po: ${JSON.stringify(ending.log).slice(0, 400)}`);
      if (english.length) errors.push(`English in the ending's log: ${english.map((l) => l.english).join(' | ').slice(0, 300)}`);
      if (/stayed safe|got help|was trapped/.test(ending.title)) errors.push(`English ending heading '${ending.title}'`);
      // The UI pack arrived once, with a font supplement exactly when the build made one.
      const supplement = path.join(dist, '..', 'l10n', code, 'font-supplement.txt');
      const expected = fs.existsSync(supplement) && fs.statSync(supplement).size > 0;
      if (packs.length !== 1) errors.push(`l10n/${code}.pack fetched ${packs.length} times`);
      else if (/ font-supplement-Regular\.ttf\n/.test(packs[0]) !== expected)
        errors.push(`the UI pack ${expected ? 'lacks' : 'has'} a font supplement`);
      console.log(`  ${code}: "${note.title}" … ending "${ending.title}"; ${translated.length} translated lines in the log, ` +
                  `${english.length} English; font supplement: ${expected ? fs.readFileSync(supplement, 'utf8') : 'none'}`);
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
