// Web smoke test: serves build/web/dist, loads it in headless Chromium, waits for rendered frames,
// fails on any console error, failed or cross-origin request, and checks the canvas is not blank
// (the screenshot goes through tests/tools/image_check). With ORIGIN it loads the page from that server
// instead (tests/web/deployed.mjs: nginx) and checks the headers of every response too.
// Usage: node smoke.mjs DIST_DIR IMAGE_CHECK_BINARY SCREENSHOT_DIR [ORIGIN]
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import fs from 'node:fs';
import { startServer } from '../../web/tools/static-server.mjs';
import { exitWithTally, launchBrowser, openWatchedPage } from '../../web/tools/browser.mjs';
import { headerProblems } from '../../web/tools/nginx.mjs';

const [dist, imageCheck, shotDir, deployedOrigin] = process.argv.slice(2);
if (!dist || !imageCheck || !shotDir) { console.error('usage: smoke.mjs DIST IMAGE_CHECK SHOT_DIR'); process.exit(2); }
fs.mkdirSync(shotDir, { recursive: true });

const server = deployedOrigin ? null : await startServer(dist);
const origin = deployedOrigin || `http://127.0.0.1:${server.address().port}`;
const browser = await launchBrowser();
let passed = 0, failed = 0;
try {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    const name = `${deployedOrigin ? 'web_deployed' : 'web_title'}_${viewport.width}x${viewport.height}`;
    const { context, page, problems } = await openWatchedPage(browser, origin, viewport);
    let responses = 0;
    if (deployedOrigin) {
      page.on('response', async (res) => {
        responses++;
        problems.push(...headerProblems(new URL(res.url()).pathname, res.status(), await res.allHeaders()));
      });
    }
    const t0 = Date.now();
    await page.goto(`${origin}/index.html`);
    // 10 frames: the first frames, then the attract screen's sparse animation (two frames every 4 s,
    // docs/performance.md) keeps drawing. (30 took about 60 s once the game drew only when needed.)
    await page.waitForFunction(() => (window.Module && Module.framesRendered) >= 10, null, { timeout: 60000 });
    const firstFrames = Date.now() - t0;
    await page.waitForTimeout(1500);
    const shot = path.join(shotDir, `${name}.png`);
    await page.screenshot({ path: shot });
    let ok = problems.length === 0;
    for (const p of problems) console.log(`  ${name}: ${p}`);
    try {
      console.log(execFileSync(imageCheck, [shot, '--expect-size', `${viewport.width}x${viewport.height}`]).toString().trim());
    } catch (e) {
      console.log(e.stdout?.toString() || e.message);
      ok = false;
    }
    if (deployedOrigin) console.log(`  ${name}: headers of ${responses} responses checked`);
    console.log(`${ok ? 'PASS' : 'FAIL'} ${name} (10 frames after ${firstFrames} ms)`);
    ok ? passed++ : failed++;
    await context.close();
  }
} finally {
  await browser.close();
  server?.close();
}
exitWithTally(passed, failed);
