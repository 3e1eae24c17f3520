// No WebGL, no blank page (headless Chromium):
// 1. WebGL switched off (--disable-3d-apis), browser language German: the page finds no WebGL2 before
//    the game loads, says why in German and starts the text edition, which plays a story from the
//    attract screen to the help screen with 0 console errors and axe-core 0 violations on every screen.
// 2. WebGL2 there but the game's GL context cannot be created (the page's #canvas refuses it): the
//    game reports it through the platform module and the page switches to the text edition.
// 3. The wasm does not download / does not compile: the status says so in the browser's language
//    (German, Greek, English) and offers a retry, which loads the game once the file is there again.
// Screenshots: <SHOT_DIR>/no_webgl_<screen>_<size>.png.
// Usage: node no_webgl.mjs DIST_DIR SHOT_DIR
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from '../../web/tools/static-server.mjs';
import { exitWithTally, launchBrowser, openWatchedPage } from '../../web/tools/browser.mjs';
import { waitForMirror } from '../../web/tools/mirror.mjs';
import { axeViolations, playToHelp, reportCase, textEditionState } from '../../web/tools/journey.mjs';

const [dist, shotDir] = process.argv.slice(2);
if (!dist || !shotDir) { console.error('usage: no_webgl.mjs DIST SHOT_DIR'); process.exit(2); }
fs.mkdirSync(shotDir, { recursive: true });
const server = await startServer(dist);
const origin = `http://127.0.0.1:${server.address().port}`;
const tally = { passed: 0, failed: 0 };
const report = (name, errors) => reportCase(tally, name, errors);

try {
  // 1. No WebGL at all, a German browser.
  {
    const name = 'Chromium --disable-3d-apis: text edition in German, story to the help screen';
    const browser = await launchBrowser(['--disable-3d-apis']);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'de-DE' });
    const { page, problems } = await openWatchedPage({ newContext: async () => context }, origin);
    const errors = [];
    try {
      await page.goto(`${origin}/index.html`);
      const onScreen = async (screen) => {
        const t = await textEditionState(page);
        if (t.reason !== 'no-webgl2') errors.push(`${screen}: text edition '${t.reason}', expected 'no-webgl2'`);
        if (!t.notice || t.notice.lang !== 'de' || !/WebGL2/.test(t.notice.text)) errors.push(`${screen}: notice ${JSON.stringify(t.notice)}`);
        for (const v of await axeViolations(page)) errors.push(`axe on ${screen}: ${v}`);
        await page.screenshot({ path: path.join(shotDir, `no_webgl_${screen}_390x844.png`), fullPage: true });
      };
      const { help } = await playToHelp(page, { story: 'remote-it-job', onScreen });
      console.log(`  notice: ${(await textEditionState(page)).notice.text}`);
      console.log(`  help screen: "${help.title}", ${help.actions.length} buttons`);
      const webgl = await page.evaluate(() => !!document.createElement('canvas').getContext('webgl2'));
      if (webgl) errors.push('this browser has WebGL2 after all: the test tests nothing');
    } catch (e) {
      errors.push(e.message);
    }
    report(name, errors.concat(problems));
    await browser.close();
  }

  const browser = await launchBrowser();
  // 2. The game cannot create its GL context although the page found WebGL2.
  {
    const name = 'Chromium, GL context refused to the game: reported, text edition';
    const { context, page, problems } = await openWatchedPage(browser, origin);
    const errors = [];
    await page.addInitScript(() => {
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (type, attrs) {
        return this.id === 'canvas' ? null : getContext.call(this, type, attrs);
      };
    });
    try {
      await page.goto(`${origin}/index.html`);
      await waitForMirror(page, (s) => s.actions.some((a) => a.id === 'start'), 'the attract screen', 90000);
      const t = await textEditionState(page);
      if (t.reason !== 'gl-failed') errors.push(`text edition '${t.reason}', expected 'gl-failed'`);
      if (!t.notice || t.notice.lang !== 'en') errors.push(`notice ${JSON.stringify(t.notice)}`);
      if (!t.mirror || t.mirror[0] < 300) errors.push(`the mirror is not shown (${t.mirror})`);
      for (const v of await axeViolations(page)) errors.push(`axe: ${v}`);
      await page.screenshot({ path: path.join(shotDir, 'no_webgl_gl_failed_1280x800.png'), fullPage: true });
    } catch (e) {
      errors.push(e.message);
    }
    report(name, errors.concat(problems));
    await context.close();
  }
  // 3. The wasm fails to download, or to compile: a message in the browser's language and a retry that works.
  const FAILED = { de: [/konnte nicht geladen werden/, 'Noch einmal versuchen'], el: [/Δεν ήταν δυνατή η φόρτωση/, 'Δοκίμασε ξανά'],
                   en: [/could not be loaded/, 'Try again'] };
  for (const [failure, locale] of [['download', 'de-DE'], ['compile', 'el-GR'], ['compile', 'en-US']]) {
    const lang = locale.slice(0, 2);
    const name = `Chromium ${locale}, the wasm fails to ${failure}: the status says so in '${lang}' and the retry loads the game`;
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale });
    const { page } = await openWatchedPage({ newContext: async () => context }, origin);
    const errors = [];
    let broken = true;
    await page.route(/\/lureproof(\.[0-9a-f]{10})?\.wasm$/, (route) => {
      if (!broken) return route.continue();
      return failure === 'download' ? route.abort('connectionreset')
        : route.fulfill({ status: 200, contentType: 'application/wasm', body: 'this is not WebAssembly' });
    });
    try {
      await page.goto(`${origin}/index.html`);
      await page.waitForSelector('#status.failed button', { timeout: 60000 });
      const status = await page.evaluate(() => {
        const s = document.getElementById('status');
        return { lang: s.lang, text: s.textContent, button: s.querySelector('button').textContent };
      });
      console.log(`  ${failure}, ${locale}: status ${JSON.stringify(status)}`);
      if (status.lang !== lang || !FAILED[lang][0].test(status.text) || status.button !== FAILED[lang][1])
        errors.push(`status ${JSON.stringify(status)}, expected the notice in '${lang}'`);
      for (const v of await axeViolations(page)) errors.push(`axe: ${v}`);
      await page.screenshot({ path: path.join(shotDir, `no_webgl_wasm_${failure}_failed_${lang}_1280x800.png`) });
      broken = false;
      await page.click('#status button');
      await page.waitForFunction(() => (window.Module && Module.framesRendered) >= 10, null, { timeout: 60000 });
      const after = await page.evaluate(() => document.getElementById('status').textContent);
      if (after) errors.push(`status after the retry: "${after}"`);
    } catch (e) {
      errors.push(e.message);
    }
    report(name, errors);
    await context.close();
  }
  await browser.close();
} finally {
  server.close();
}
exitWithTally(tally.passed, tally.failed);
