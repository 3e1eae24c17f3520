// Browser screenshots of every screen of the journey: loads build/web/dist in headless Chromium
// with `--screen NAME` as the program's arguments (set before the game starts), waits for frames,
// fails on console errors or failed requests, checks each screenshot with image_check, then taps
// through attract -> content note with real pointer clicks.
// Usage: node web_screens.mjs DIST_DIR IMAGE_CHECK_BINARY SCREENSHOT_DIR
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import fs from 'node:fs';
import { argumentsHook, exitWithTally, openWatchedPage, serveAndLaunch } from '../../web/tools/browser.mjs';

const [dist, imageCheck, shotDir] = process.argv.slice(2);
if (!dist || !imageCheck || !shotDir) { console.error('usage: web_screens.mjs DIST IMAGE_CHECK SHOT_DIR'); process.exit(2); }
fs.mkdirSync(shotDir, { recursive: true });

const screens = ['attract', 'language', 'content-note', 'stories', 'play', 'ending', 'debrief', 'help', 'settings'];
const { origin, browser, close } = await serveAndLaunch(dist);
let passed = 0, failed = 0;

// Sparse screens (one language button, a card over a scrim) have little text-like detail by design.
const sparse = new Set(['language', 'settings']);

async function shoot(page, problems, name, viewport, screen = '') {
  const shot = path.join(shotDir, `${name}.png`);
  await page.screenshot({ path: shot });
  let ok = problems.length === 0;
  for (const p of problems) console.log(`  ${name}: ${p}`);
  try {
    const args = [shot, '--expect-size', `${viewport.width}x${viewport.height}`];
    if (sparse.has(screen)) args.push('--min-edges', '0.8');
    console.log(execFileSync(imageCheck, args).toString().trim());
  } catch (e) {
    console.log(e.stdout?.toString() || e.message);
    ok = false;
  }
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}`);
  ok ? passed++ : failed++;
}

try {
  for (const viewport of [{ width: 1920, height: 1080 }, { width: 390, height: 844 }]) {
    for (const screen of screens) {
      const name = `web_${screen}_${viewport.width}x${viewport.height}`;
      const { context, page, problems } = await openWatchedPage(browser, origin, viewport);
      await page.addInitScript(argumentsHook, ['--screen', screen]);
      await page.goto(`${origin}/index.html`);
      // Event-driven rendering: a still screen draws a few frames and then stops, so wait for the
      // first frames and then long enough for fades to end (the canvas keeps the last frame).
      await page.waitForFunction(() => (window.Module && Module.framesRendered) >= 3, null, { timeout: 60000 });
      await page.waitForTimeout(1500);
      await shoot(page, problems, name, viewport, screen);
      await context.close();
    }
    // Real pointer input: a tap on the attract screen starts the journey.
    const { context, page, problems } = await openWatchedPage(browser, origin, viewport);
    await page.goto(`${origin}/index.html`);
    await page.waitForFunction(() => (window.Module && Module.framesRendered) >= 30, null, { timeout: 60000 });
    await page.mouse.click(viewport.width / 2, viewport.height / 2);
    await page.waitForTimeout(1500);
    await shoot(page, problems, `web_after_tap_${viewport.width}x${viewport.height}`, viewport);
    await context.close();
  }
} finally {
  await close();
}
exitWithTally(passed, failed);
