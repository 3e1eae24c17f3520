// Colour emoji in the browser: opening The Dream Job from the story picker (through the quick check
// before it, which fetches the quiz's emoji) fetches the story's emoji
// pack (emoji/dream-job.<hash>.pack) with it, and its first post's emoji are drawn in colour while the
// accessible mirror keeps the real sequences (the Dutch flag, no private-use stand-ins); with that pack
// refused (HTTP 404) the story still plays, without them. The two canvases are compared by
// tests/ui/emoji_pixels.py (two hues of new colourful pixels). At 1280x800 and 390x844.
// Usage: node emoji.mjs DIST_DIR PYTHON EMOJI_PIXELS_PY SCREENSHOT_DIR
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from '../../web/tools/static-server.mjs';
import { launchBrowser, openWatchedPage } from '../../web/tools/browser.mjs';
import { waitForMirror, pressAndSettle, pressWhenThere, press, playUntil } from '../../web/tools/mirror.mjs';

const [dist, python, pixels, shotDir] = process.argv.slice(2);
if (!shotDir) { console.error('usage: emoji.mjs DIST PYTHON EMOJI_PIXELS_PY SHOT_DIR'); process.exit(2); }
fs.mkdirSync(shotDir, { recursive: true });
const server = await startServer(dist);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchBrowser();
const emojiPack = /\/emoji\/dream-job\.[0-9a-f]{10}\.pack$/;
const errors = [];

async function shoot(viewport, refuse) {
  const { context, page, problems } = await openWatchedPage(browser, origin, viewport);
  const fetched = [];
  page.on('request', (r) => { if (/\/emoji\//.test(r.url())) fetched.push(new URL(r.url()).pathname); });
  if (refuse) await page.route(emojiPack, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto(`${origin}/index.html?lang=en`);
  await waitForMirror(page, (st) => st.actions.some((a) => a.id === 'start'), 'the attract screen', 60000);
  await pressAndSettle(page, 'start');
  await pressWhenThere(page, /^ready$/);
  await waitForMirror(page, (st) => st.actions.some((a) => a.id === 'story:dream-job'), 'the story picker');
  await press(page, 'story:dream-job');
  // The quick check before the story (its own emoji, emoji/common.pack) is answered on the way.
  const { state } = await playUntil(page, (st) => st.log.some((l) => l.includes('NETHERLANDS')), 'the first post');
  const post = state.log.find((l) => l.includes('NETHERLANDS'));
  if (!post.includes('\u{1F1F3}\u{1F1F1}')) errors.push(`the mirror's post lacks the Dutch flag: ${post}`);
  if (/[\uF300-\uF8FF]/u.test(state.log.join(' '))) errors.push(`the mirror shows private-use stand-ins: ${post}`);
  // The mirror shows while a button of it has keyboard focus: without focus the canvas is in view.
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  // Event-driven rendering: the settled play screen stops drawing (the canvas keeps the last frame).
  await page.waitForTimeout(3000);
  const name = `web_emoji_${refuse ? 'refused_' : ''}${viewport.width}x${viewport.height}`;
  const shot = path.join(shotDir, `${name}.png`);
  await page.screenshot({ path: shot });
  const unexpected = problems.filter((p) => !(refuse && (emojiPack.test(p) || /^console error: (Failed to load resource|lureproof: warning: could not fetch the emoji)/.test(p))));
  for (const p of unexpected) errors.push(`${name}: ${p}`);
  if (!fetched.some((f) => emojiPack.test(f))) errors.push(`${name}: the story's emoji pack was not requested (${fetched.join(', ')})`);
  if (fetched.some((f) => !emojiPack.test(f) && !/\/emoji\/common\./.test(f)))
    errors.push(`${name}: other stories' emoji packs were fetched: ${fetched.join(', ')}`);
  console.log(`${name}: requested ${fetched.join(', ') || 'no emoji pack'}`);
  await context.close();
  return shot;
}

try {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    const drawn = await shoot(viewport, false);
    const refused = await shoot(viewport, true);
    try {
      console.log(execFileSync(python, [pixels, drawn, refused]).toString().trim());
    } catch (e) {
      errors.push(`${viewport.width}x${viewport.height}: ${(e.stdout?.toString() || '') + (e.stderr?.toString() || e.message)}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
for (const e of errors) console.log(`FAIL ${e}`);
console.log(errors.length ? `${errors.length} problem(s)` : 'web emoji: ok');
process.exit(errors.length ? 1 : 0);
