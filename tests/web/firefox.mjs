// The web edition in Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi.
// headful (under Xvfb, Mesa): WebGL2 works, so the game draws into its canvas (smoke: frames, a
//   non-blank screenshot through image_check) and a story is played through the accessible mirror
//   from the attract screen to the help screen.
// headless: Firefox offers no WebGL2 there, so the page must start the text edition with its notice;
//   a story is played to the help screen with axe-core 0 violations on every screen.
// Both: 0 console errors, no failed or cross-origin requests.
// Usage: node firefox.mjs headful|headless DIST_DIR IMAGE_CHECK SHOT_DIR
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from '../../web/tools/static-server.mjs';
import { asPlaywrightPage, axeViolations, playToHelp, puppeteer, reportCase, textEditionState } from '../../web/tools/journey.mjs';

const [mode, dist, imageCheck, shotDir] = process.argv.slice(2);
if (!['headful', 'headless'].includes(mode) || !dist || !imageCheck || !shotDir) {
  console.error('usage: firefox.mjs headful|headless DIST IMAGE_CHECK SHOT_DIR');
  process.exit(2);
}
fs.mkdirSync(shotDir, { recursive: true });
const server = await startServer(dist);
const origin = `http://127.0.0.1:${server.address().port}`;
const executablePath = process.env.FIREFOX || '/usr/bin/firefox-esr';
const version = execFileSync(executablePath, ['--version']).toString().trim();
const browser = await puppeteer.launch({
  browser: 'firefox', executablePath, headless: mode === 'headless', protocol: 'webDriverBiDi',
  args: ['--width=1280', '--height=800'],
  // No update checks, telemetry or other traffic of the browser's own (the page's is checked below).
  extraPrefsFirefox: { 'app.update.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false,
                       'toolkit.telemetry.enabled': false, 'network.captive-portal-service.enabled': false },
});
console.log(`${version}, ${mode}, puppeteer-core over ${browser.protocol || 'webDriverBiDi'}`);
const tally = { passed: 0, failed: 0 };
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`); });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()}`));
  page.on('response', (res) => { if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`); });
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`cross-origin request: ${url}`);
  });
  const pw = asPlaywrightPage(page);
  const name = `firefox ${mode}`;
  const errors = [];
  try {
    await page.goto(`${origin}/index.html`);
    await page.waitForFunction(() => (window.Module && Module.framesRendered) >= 30, { timeout: 90000 });
    const webgl2 = await page.evaluate(() => !!document.createElement('canvas').getContext('webgl2'));
    const t = await textEditionState(pw);
    console.log(`  WebGL2: ${webgl2}; text edition: '${t.reason}'; notice: ${t.notice ? t.notice.text : '-'}`);
    let onScreen = async () => {};
    if (mode === 'headful') {
      if (!webgl2 || t.reason) errors.push(`expected WebGL2 and the graphic edition (WebGL2 ${webgl2}, text edition '${t.reason}')`);
      const shot = path.join(shotDir, 'firefox_headful_title_1280x800.png');
      await page.screenshot({ path: shot });
      try {
        console.log(execFileSync(imageCheck, [shot, '--expect-size', '1280x800']).toString().trim());
      } catch (e) {
        errors.push(`blank or wrong screenshot: ${e.stdout?.toString() || e.message}`);
      }
    } else {
      if (webgl2 || t.reason !== 'no-webgl2' || !t.notice) errors.push(`expected the text edition for lack of WebGL2 (WebGL2 ${webgl2}, '${t.reason}')`);
      onScreen = async (screen) => {
        for (const v of await axeViolations(pw)) errors.push(`axe on ${screen}: ${v}`);
        await page.screenshot({ path: path.join(shotDir, `firefox_headless_${screen}_1280x800.png`), fullPage: true });
      };
    }
    const { help, marked } = await playToHelp(pw, { story: 'perfect-partner', onScreen });
    if (!marked || marked.logAfter <= marked.logBefore) errors.push('marking a message gave no feedback in the log');
    console.log(`  help screen reached: "${help.title}"`);
    if (mode === 'headless') {
      const end = await textEditionState(pw);
      if (!end.tel.length) errors.push('no tel: links on the help screen');
    }
  } catch (e) {
    errors.push(e.message);
  }
  reportCase(tally, name, errors.concat(problems));
} finally {
  await browser.close();
  server.close();
}
console.log(`${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed ? 1 : 0);
