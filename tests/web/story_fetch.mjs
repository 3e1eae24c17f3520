// Stories on demand: the page loads no story's text until a visitor opens one. The story picker shows
// the stories' headers in the visitor's language (German here, from the language's UI pack); opening a
// story fetches its source (stories/<id>.pack) and translation (l10n/de/<id>.pack), with the story's
// loading note while they travel; a fetch that fails says so in German with "Try again", and the retry
// plays the story in German. Fails on console errors, cross-origin requests and any failed request
// other than the one this test breaks on purpose.
// Usage: node story_fetch.mjs DIST_DIR [SCREENSHOT_DIR]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exitWithErrors, openWatchedPage, serveAndLaunch } from '../../web/tools/browser.mjs';
import { mirrorState, waitForMirror, pressAndSettle, pressWhenThere, press, playUntil } from '../../web/tools/mirror.mjs';

const [dist, shots] = process.argv.slice(2);
if (!dist) { console.error('usage: story_fetch.mjs DIST'); process.exit(2); }
const l10n = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'assets', 'l10n', 'de');

// msgid (or "msgctxt\u0004msgid") -> msgstr of a .po file (strings continued on the next lines too).
function readPo(file) {
  const out = new Map();
  for (const block of fs.readFileSync(file, 'utf8').split(/\n\s*\n/)) {
    const fields = {};
    let key = null;
    for (const line of block.split('\n')) {
      const m = /^(msgctxt|msgid|msgstr) (".*")$/.exec(line);
      if (m) { key = m[1]; fields[key] = JSON.parse(m[2]); } else if (key && /^".*"$/.test(line)) fields[key] += JSON.parse(line); else if (!line.startsWith('#')) key = null;
    }
    if (!fields.msgid || !fields.msgstr) continue;
    out.set(fields.msgctxt !== undefined ? `${fields.msgctxt}\u0004${fields.msgid}` : fields.msgid, fields.msgstr);
  }
  return out;
}
const ui = readPo(path.join(l10n, 'ui.po'));
const t = (id) => { if (!ui.has(id)) throw new Error(`de/ui.po has no "${id}"`); return ui.get(id); };
const storyTitle = (story) => {
  for (const [k, v] of readPo(path.join(l10n, `${story}.po`))) if (k.startsWith(`${story}:title\u0004`)) return v;
  throw new Error(`de/${story}.po has no title`);
};
const storyFiles = /\/(stories\/[a-z0-9-]+|l10n\/[a-z]+\/[a-z0-9-]+)\.[0-9a-f]{10}\.pack$/;

const { origin, browser, close } = await serveAndLaunch(dist);
const errors = [];

// To the story picker in German; returns the page, its problems and the story files it requested.
async function toPicker() {
  const watched = await openWatchedPage(browser, origin);
  const fetched = [];
  watched.page.on('request', (req) => { const m = storyFiles.exec(req.url()); if (m) fetched.push(m[1]); });
  await watched.page.goto(`${origin}/index.html?lang=de`);
  await waitForMirror(watched.page, (s) => s.actions.some((a) => a.id === 'start'), 'the attract screen', 60000);
  await pressAndSettle(watched.page, 'start');
  await pressWhenThere(watched.page, /^ready$/);
  const picker = await waitForMirror(watched.page, (s) => s.actions.some((a) => a.id.startsWith('story:')), 'the story picker');
  return { ...watched, fetched, picker };
}

try {
  // 1. The loading note while the story travels (held back 1.5 s), then the story in German.
  {
    const story = 'dream-job';
    const { page, problems, fetched, picker } = await toPicker();
    if (fetched.length) errors.push(`story files fetched before a story was opened: ${fetched.join(', ')}`);
    for (const a of picker.actions.filter((x) => x.id.startsWith('story:'))) {
      const title = storyTitle(a.id.slice(6));
      if (!a.label.includes(title)) errors.push(`picker card ${a.id} '${a.label}' lacks its German title '${title}'`);
    }
    await page.route(/\/stories\/dream-job\.[0-9a-f]{10}\.pack$/, async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await press(page, `story:${story}`);
    await waitForMirror(page, (s) => s.title === t('Loading the story…'), 'the story loading note');
    if (shots) await page.screenshot({ path: path.join(shots, 'web_story_loading.png') });
    // The play screen's heading is "<persona's phone> · <title>"; the loading screen's, the title alone.
    const playing = (s) => s.title.includes(storyTitle(story)) && s.title !== storyTitle(story);
    const { state } = await playUntil(page, playing, 'the play screen in German');
    if (!/[äöüß]|\b(du|dich|und|die|der|das|im|ein|eine|Nachrichten)\b/i.test(state.log.join(' ')))
      errors.push(`the story's messages are not German: ${JSON.stringify(state.log.slice(0, 3))}`);
    const want = [`l10n/de/${story}`, `stories/${story}`];
    if (JSON.stringify([...fetched].sort()) !== JSON.stringify(want))
      errors.push(`opening ${story} fetched ${JSON.stringify(fetched)}, not ${JSON.stringify(want)}`);
    console.log(`  ${story}: loading note, then "${state.title}"; fetched ${fetched.join(', ')}`);
    errors.push(...problems);
    await page.context().close();
  }
  // 2. A fetch that fails: the reason and "Try again" in German; the retry plays the story.
  {
    const story = 'border-help';
    const { page, problems, fetched } = await toPicker();
    const broken = /\/stories\/border-help\.[0-9a-f]{10}\.pack$/;
    await page.route(broken, (route) => route.abort('connectionfailed'));
    await press(page, `story:${story}`);
    const failed = await waitForMirror(page, (s) => s.actions.some((a) => a.id === 'retry'), 'the failure notice');
    if (failed.title !== t('Loading the story…')) errors.push(`failure heading '${failed.title}'`);
    const message = t('The story could not be loaded. Check your connection and try again.');
    if (!failed.log.includes(message)) errors.push(`failure log ${JSON.stringify(failed.log)} lacks '${message}'`);
    const retry = failed.actions.find((a) => a.id === 'retry');
    if (retry.label !== t('Try again')) errors.push(`retry button '${retry.label}'`);
    if (!failed.actions.some((a) => a.id === 'back')) errors.push('the failure notice has no way back');
    if (shots) await page.screenshot({ path: path.join(shots, 'web_story_failed.png') });
    await page.waitForTimeout(1000);  // it stays: no crash, no blank, no retry on its own
    const still = await mirrorState(page);
    if (!still.actions.some((a) => a.id === 'retry')) errors.push(`the failure notice went away: ${JSON.stringify(still).slice(0, 300)}`);
    await page.unroute(broken);
    await press(page, 'retry');
    const { state } = await playUntil(page, (s) => s.title.includes(storyTitle(story)) && s.title !== storyTitle(story),
                                      'the play screen after the retry');
    const sources = fetched.filter((f) => f === `stories/${story}`).length;
    if (sources !== 2) errors.push(`the story's source was requested ${sources} times, not twice (failed, retried)`);
    console.log(`  ${story}: failure "${message}" / "${retry.label}", then "${state.title}"`);
    // The failure this test made (the aborted request, and the browser's console line about it).
    errors.push(...problems.filter((p) => !(p.startsWith('request failed: ') && broken.test(p.split(' ')[2])) &&
                                          p !== 'console error: Failed to load resource: net::ERR_CONNECTION_FAILED'));
    await page.context().close();
  }
} catch (e) {
  errors.push(e.message);
} finally {
  await close();
}
exitWithErrors('stories on demand', errors);
