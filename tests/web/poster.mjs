// The poster (web/index.html #poster): shown before the game, with real text; its start button pressed
// before the game has loaded starts the game once it has (the visit opens past the title screen);
// without a press the game's first frame hides it and the accessible mirror takes over the title
// screen (never both in the accessibility tree). Screenshots of the poster alone.
// Usage: node poster.mjs DIST_DIR SCREENSHOT_DIR
import path from 'node:path';
import fs from 'node:fs';
import { openWatchedPage, serveAndLaunch } from '../../web/tools/browser.mjs';

const [dist, shotDir] = process.argv.slice(2);
if (!dist || !shotDir) { console.error('usage: poster.mjs DIST SHOT_DIR'); process.exit(2); }
fs.mkdirSync(shotDir, { recursive: true });
const ATTRACT_TITLE = 'Lureproof: Too good to be true?';

const { origin, browser, close } = await serveAndLaunch(dist);
let failed = 0;
const check = (ok, what) => { console.log(`${ok ? 'PASS' : 'FAIL'} ${what}`); if (!ok) failed++; };
try {
  // A phone pressing early, a desktop waiting, and a phone waiting (the game's own button on a phone).
  for (const [pressEarly, phone] of [[true, true], [false, false], [false, true]]) {
    const viewport = phone ? { width: 390, height: 844 } : { width: 1280, height: 800 };
    // The phone is a touch device (pointer: coarse), the desktop has a mouse: the start button says
    // what fits, in the poster and in the game.
    const prompt = phone ? 'Touch to start' : 'Click to start';
    const { context, page, problems } = await openWatchedPage(browser, origin, viewport,
                                                              phone ? { hasTouch: true, isMobile: true } : {});
    // Hold the wasm back until the poster has been looked at (and pressed).
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route(/lureproof\.[0-9a-f]{10}\.wasm$/, async (route) => { await held; await route.continue(); });
    await page.goto(`${origin}/`);
    await page.waitForSelector('#poster-start', { state: 'visible', timeout: 20000 });
    const text = await page.locator('#poster').innerText();
    check(/Too good to be true\?/.test(text) && text.includes(prompt) && !text.includes(phone ? 'Click' : 'Touch'),
          `poster says "${prompt}" before the game (${JSON.stringify(text.replace(/\s+/g, ' '))})`);
    if (pressEarly || !phone) await page.screenshot({ path: path.join(shotDir, `web_poster_${viewport.width}x${viewport.height}.png`) });
    if (pressEarly) {
      await page.click('#poster-start');
      check((await page.locator('#poster-start').innerText()) === 'Starting…', 'the press is acknowledged');
    }
    release();
    await page.waitForFunction(() => window.Module && Module.framesRendered >= 1, null, { timeout: 60000 });
    await page.waitForFunction(() => document.getElementById('poster').hidden, null, { timeout: 5000 });
    check(await page.evaluate(() => document.getElementById('poster').getAttribute('aria-hidden') === 'true'),
          'the poster leaves the accessibility tree at the hand-over');
    const title = async () => page.evaluate(() => document.getElementById('a11y-title').textContent);
    if (pressEarly) {
      const moved = await page.waitForFunction((t) => {
        const now = document.getElementById('a11y-title').textContent;
        return now && now !== 'Lureproof' && now !== t;
      }, ATTRACT_TITLE, { timeout: 30000 }).then(() => true, () => false);
      check(moved, `the early press started the game (mirror title now ${JSON.stringify(await title())})`);
    } else {
      await page.waitForFunction((t) => document.getElementById('a11y-title').textContent === t, ATTRACT_TITLE, { timeout: 30000 })
        .catch(() => {});
      check((await title()) === ATTRACT_TITLE, `without a press the mirror shows the title screen (${JSON.stringify(await title())})`);
      const actions = await page.evaluate(() => document.getElementById('a11y-actions').innerText);
      check(actions.includes(prompt), `the game's start button says "${prompt}" (mirror actions ${JSON.stringify(actions)})`);
    }
    for (const p of problems) console.log(`  ${p}`);
    check(problems.length === 0, `no console errors or failed requests (${viewport.width}x${viewport.height})`);
    await context.close();
  }
} finally {
  await close();
}
process.exit(failed ? 1 : 0);
