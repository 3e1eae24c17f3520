// The Studio is a page of its own (docs/web.md): ?studio=1 loads lureproof-studio.js/.wasm/.data and
// the bundled stories' text, draws the Studio (canvas not blank, screenshot through image_check), and
// the visitor's page (no ?studio=1) requests none of the Studio's files. Fails on console errors,
// failed or cross-origin requests.
// Usage: node studio_page.mjs DIST_DIR IMAGE_CHECK_BINARY SCREENSHOT_DIR
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { exitWithTally, openWatchedPage, serveAndLaunch } from '../../web/tools/browser.mjs';

const [dist, imageCheck, shotDir] = process.argv.slice(2);
if (!dist || !imageCheck || !shotDir) { console.error('usage: studio_page.mjs DIST IMAGE_CHECK SHOT_DIR'); process.exit(2); }
fs.mkdirSync(shotDir, { recursive: true });
const studioFile = /\/lureproof-studio\.[0-9a-f]{10}\.(js|wasm|data)$/;
const visitorFile = /\/lureproof\.[0-9a-f]{10}\.(js|wasm|data)$/;
const storySource = /\/stories\/[a-z0-9-]+\.[0-9a-f]{10}\.pack$/;
const stories = fs.readdirSync(path.join(dist, 'stories')).filter((f) => f.endsWith('.pack')).length;

const { origin, browser, close } = await serveAndLaunch(dist);
let passed = 0, failed = 0;
function verdict(name, problems) {
  for (const p of problems) console.log(`  ${name}: ${p}`);
  console.log(`${problems.length ? 'FAIL' : 'PASS'} ${name}`);
  problems.length ? failed++ : passed++;
}
try {
  {  // the Studio's page
    const { context, page, problems } = await openWatchedPage(browser, origin);
    const requested = [];
    page.on('request', (req) => requested.push(req.url()));
    await page.goto(`${origin}/index.html?studio=1`);
    // The Studio opens once every bundled story's text is there, then draws on input only: a click
    // into it asks for frames after the first ones.
    await page.waitForFunction(() => (window.Module && Module.framesRendered) >= 3, null, { timeout: 90000 });
    await page.waitForTimeout(3000);
    await page.mouse.click(640, 400);
    await page.waitForTimeout(1500);
    const shot = path.join(shotDir, 'web_studio_1280x800.png');
    await page.screenshot({ path: shot });
    for (const kind of ['js', 'wasm', 'data'])
      if (!requested.some((u) => studioFile.test(u) && u.endsWith(`.${kind}`))) problems.push(`lureproof-studio.${kind} was not loaded`);
    if (requested.some((u) => visitorFile.test(u) && !u.endsWith('.js'))) problems.push('the visitor\'s lureproof.wasm/.data were loaded too');
    const sources = requested.filter((u) => storySource.test(u)).length;
    if (sources !== stories) problems.push(`${sources} of ${stories} stories' text fetched for the Studio`);
    try {
      console.log(execFileSync(imageCheck, [shot, '--expect-size', '1280x800']).toString().trim());
    } catch (e) {
      problems.push(`screenshot: ${e.stdout?.toString().trim() || e.message}`);
    }
    verdict('web_studio_page', problems);
    await context.close();
  }
  {  // the visitor's page: none of the Studio's files
    const { context, page, problems } = await openWatchedPage(browser, origin);
    const requested = [];
    page.on('request', (req) => requested.push(req.url()));
    await page.goto(`${origin}/index.html`);
    await page.waitForFunction(() => (window.Module && Module.framesRendered) >= 3, null, { timeout: 60000 });
    for (const u of requested.filter((u) => studioFile.test(u))) problems.push(`the visitor's page requested ${u}`);
    if (!requested.some((u) => visitorFile.test(u) && u.endsWith('.wasm'))) problems.push('lureproof.wasm was not loaded');
    verdict('web_visitor_page_without_studio', problems);
    await context.close();
  }
} finally {
  await close();
}
exitWithTally(passed, failed);
