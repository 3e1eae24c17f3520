// The Studio in the browser (?studio=1): it renders without console errors, a file dropped on the
// page opens in it (LureproofPreview is what the page's drop handler calls), an edit shows the new
// problem, and Ctrl+S hands the text over as a download. Screenshots go to SHOT_DIR.
// Usage: node studio_web.mjs DIST_DIR IMAGE_CHECK_BINARY SHOT_DIR
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import fs from 'node:fs';
import { startServer } from '../../web/tools/static-server.mjs';
import { launchBrowser, openWatchedPage } from '../../web/tools/browser.mjs';

const [dist, imageCheck, shotDir] = process.argv.slice(2);
if (!dist || !imageCheck || !shotDir) { console.error('usage: studio_web.mjs DIST IMAGE_CHECK SHOT_DIR'); process.exit(2); }
fs.mkdirSync(shotDir, { recursive: true });

const dropped = `scenario: dropped
title: Dropped Story
summary: A file dropped on the page.
language: en
persona: Ana | 23 | Looking for work.
technique: fishing
content-note: None.
minutes: 1
start: a

== a [chat]
narrator: Hello. #line:a1
* Go on -> b #line:a2

== b [narration] ending safe
narrator: The end. #line:b1
debrief: Well done. #line:b2
`;

const server = await startServer(dist);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchBrowser();
let failures = [];
const check = (ok, what) => { console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`); if (!ok) failures.push(what); };
try {
  const { context, page, problems } = await openWatchedPage(browser, origin, { width: 1600, height: 900 });
  await page.goto(`${origin}/index.html?studio=1`);
  // The Studio draws on input and changes only (issue 19): a few frames, not a running count.
  await page.waitForFunction(() => (window.Module && Module.framesRendered) >= 3, null, { timeout: 60000 });
  await page.waitForTimeout(1000);
  // The page's title stays constant (a shared device's history shows nothing); the mirror's heading
  // names the open file.
  const heading = () => page.evaluate(() => document.getElementById('a11y-title').textContent);
  check((await heading()).startsWith('Lureproof Studio: '), `the heading names the open file: "${await heading()}"`);
  const shot = path.join(shotDir, 'web_studio_1600x900.png');
  await page.screenshot({ path: shot });
  try {
    console.log(execFileSync(imageCheck, [shot, '--expect-size', '1600x900']).toString().trim());
  } catch (e) { check(false, 'image_check: ' + (e.stdout?.toString() || e.message)); }

  // Drop a file: it opens in the Studio.
  await page.evaluate((text) => window.LureproofPreview('dropped.lure', text), dropped);
  await page.waitForFunction(() => document.getElementById('a11y-title').textContent.startsWith('Lureproof Studio: dropped.lure'), null, { timeout: 10000 });
  check(true, 'a dropped file opens in the Studio');
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(shotDir, 'web_studio_dropped.png') });

  // Type into the editor (click in its text), then save with Ctrl+S: a download of the edited text.
  await page.mouse.click(300, 200);
  await page.keyboard.type('x');
  await page.waitForTimeout(800);
  await page.screenshot({ path: path.join(shotDir, 'web_studio_typed.png') });
  const downloadPromise = page.waitForEvent('download', { timeout: 10000 });
  await page.keyboard.down('Control');
  await page.keyboard.press('s');
  await page.keyboard.up('Control');
  const download = await downloadPromise;
  check(download.suggestedFilename() === 'dropped.lure', `download named ${download.suggestedFilename()}`);
  const text = fs.readFileSync(await download.path(), 'utf8');
  check(text !== dropped && text.replace('x', '') === dropped, 'the download is the edited text');
  for (const p of problems) check(false, p);
  await context.close();
} catch (e) {
  check(false, String(e));
} finally {
  await browser.close();
  server.close();
}
console.log(failures.length ? `${failures.length} failed` : 'all passed');
process.exit(failures.length ? 1 : 0);
