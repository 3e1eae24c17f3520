// Event-driven rendering in the browser: a settled play screen stops drawing (Module.framesRendered
// stays put), a click on a choice draws again, and the screen that follows is really shown (a
// screenshot taken while nothing draws is not blank). Usage: node event_driven.mjs DIST IMAGE_CHECK SHOT_DIR
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { argumentsHook, exitWithTally, openWatchedPage, serveAndLaunch } from '../../web/tools/browser.mjs';

const [dist, imageCheck, shotDir] = process.argv.slice(2);
if (!dist || !imageCheck || !shotDir) { console.error('usage: event_driven.mjs DIST IMAGE_CHECK SHOT_DIR'); process.exit(2); }
fs.mkdirSync(shotDir, { recursive: true });

const { origin, browser, close } = await serveAndLaunch(dist);
let passed = 0, failed = 0;
const check = (name, ok, detail) => { console.log(`${ok ? 'PASS' : 'FAIL'} ${name}: ${detail}`); ok ? passed++ : failed++; };
const frames = (page) => page.evaluate(() => Module.framesRendered || 0);
try {
  const { page, problems } = await openWatchedPage(browser, origin, { width: 1280, height: 800 });
  await page.addInitScript(argumentsHook, ['--screen', 'play']);
  await page.goto(`${origin}/index.html`);
  await page.waitForFunction(() => (window.Module && Module.framesRendered) >= 3, null, { timeout: 60000 });
  await page.waitForTimeout(2500);
  const settled = await frames(page);
  await page.waitForTimeout(2000);
  const idle = (await frames(page)) - settled;
  check('settled play screen is idle', idle <= 3, `${idle} frames in 2 s (after ${settled})`);
  const shot = path.join(shotDir, 'web_idle_play.png');
  await page.screenshot({ path: shot });
  let shown = true;
  try { console.log(execFileSync(imageCheck, [shot]).toString().trim()); } catch (e) { console.log(e.stdout?.toString() || e.message); shown = false; }
  check('idle canvas still shows the screen', shown, shot);
  // The first choice button, at the right of the phone (1280x800 landscape layout).
  const before = await frames(page);
  await page.mouse.click(870, 391);
  await page.waitForTimeout(1000);
  const woke = (await frames(page)) - before;
  check('a click draws again', woke >= 3, `${woke} frames in 1 s after the click`);
  for (const p of problems) console.log(`  ${p}`);
  if (problems.length) failed++;
} finally {
  await close();
}
exitWithTally(passed, failed);
