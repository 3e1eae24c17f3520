// The way to the text edition and what each edition downloads (headless Chromium, 390x844 and 1280x800):
// 1. the normal page's "Text version" link is visible, in the viewport, a >= 44x44 px target, on top,
//    and clear of the poster (its start button included) and then of the game's title screen, whose
//    pixels under the link are plain background; once the game leaves that screen it is hidden
//    (other screens use the corners); axe-core 0 violations with it shown;
// 2. its target (?text=1) opens the text edition, which fetches no fonts, while the normal page fetches no
//    text-edition file; the bytes each really requested (brotli, the dist's .br siblings) are printed
//    and the text edition's must be fewer.
// Screenshots: <SHOT_DIR>/text_link_<poster|title|text>_<size>.png.
// Usage: node text_link.mjs DIST_DIR SHOT_DIR
import fs from 'node:fs';
import path from 'node:path';
import { exitWithTally, openWatchedPage, serveAndLaunch } from '../../web/tools/browser.mjs';
import { pressAndSettle, waitForMirror } from '../../web/tools/mirror.mjs';
import { axeViolations, reportCase } from '../../web/tools/journey.mjs';

const [dist, shotDir] = process.argv.slice(2);
if (!dist || !shotDir) { console.error('usage: text_link.mjs DIST SHOT_DIR'); process.exit(2); }
fs.mkdirSync(shotDir, { recursive: true });
const { origin, browser, close } = await serveAndLaunch(dist);
const tally = { passed: 0, failed: 0 };

// The link's box and what stops it from being seen or tapped; [] when all is well.
async function linkProblems(page, viewport, where) {
  const r = await page.evaluate(() => {
    const link = document.getElementById('text-link');
    const box = link.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    const poster = document.getElementById('poster');
    const overlaps = poster.hidden ? [] : Array.from(poster.children).filter((el) => {
      const b = el.getBoundingClientRect();
      return b.width > 0 && b.height > 0 && b.left < box.right && box.left < b.right && b.top < box.bottom && box.top < b.bottom;
    }).map((el) => el.id || el.tagName);
    return { box: [box.x, box.y, box.width, box.height], onTop: hit === link || link.contains(hit), overlaps,
             visible: link.checkVisibility({ opacityProperty: true, visibilityProperty: true }) };
  });
  const [x, y, w, h] = r.box;
  const problems = [];
  if (!r.visible) problems.push('not visible');
  if (w < 44 || h < 44) problems.push(`a ${w}x${h} px target (44x44 at least)`);
  if (x < 0 || y < 0 || x + w > viewport.width || y + h > viewport.height) problems.push(`outside the viewport: ${r.box}`);
  if (!r.onTop) problems.push('covered by something else');
  if (r.overlaps.length) problems.push(`overlaps the poster's ${r.overlaps.join(', ')}`);
  console.log(`  ${where}: link at ${r.box.map(Math.round).join(',')} (x,y,w,h)`);
  return { problems: problems.map((p) => `${where}: the Text version link is ${p}`), box: r.box };
}

// How much of the canvas under `box` (the link hidden, 6 px around it) differs from plain background:
// the share of pixels off the area's median colour by more than 40 in some channel. Decoded in a
// blank page, since the game's page policy allows no data: images.
async function busyShareUnder(page, box) {
  const pad = 6;
  const clip = { x: Math.max(0, box[0] - pad), y: Math.max(0, box[1] - pad), width: box[2] + 2 * pad, height: box[3] + 2 * pad };
  await page.evaluate(() => { document.getElementById('text-link').style.visibility = 'hidden'; });
  const png = await page.screenshot({ clip });
  await page.evaluate(() => { document.getElementById('text-link').style.visibility = ''; });
  const blank = await page.context().newPage();
  const share = await blank.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    const median = [0, 1, 2].map((ch) => {
      const v = []; for (let i = ch; i < d.length; i += 4) v.push(d[i]);
      return v.sort((a, b) => a - b)[v.length >> 1];
    });
    let off = 0;
    for (let i = 0; i < d.length; i += 4) if ([0, 1, 2].some((ch) => Math.abs(d[i + ch] - median[ch]) > 40)) off++;
    return off / (d.length / 4);
  }, png.toString('base64'));
  await blank.close();
  return share;
}

// Brotli bytes of every file of the dist a page requested (the .br sibling the server would send).
function requestedBytes(paths) {
  let total = 0;
  for (const p of new Set(paths)) {
    const file = path.join(dist, p === '/' ? 'index.html' : decodeURIComponent(p.slice(1)));
    if (fs.existsSync(`${file}.br`)) total += fs.statSync(`${file}.br`).size;
  }
  return total;
}

try {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    const size = `${viewport.width}x${viewport.height}`;
    const name = `Text version link ${size}; normal page vs text edition downloads`;
    const { context, page, problems } = await openWatchedPage(browser, origin, viewport);
    const errors = [];
    const requested = [];
    page.on('request', (req) => { if (req.url().startsWith(origin)) requested.push(new URL(req.url()).pathname); });
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route(/lureproof\.[0-9a-f]{10}\.wasm$/, async (route) => { await held; await route.continue(); });
    try {
      await page.goto(`${origin}/`);
      await page.waitForSelector('#poster-start', { state: 'visible', timeout: 20000 });
      errors.push(...(await linkProblems(page, viewport, 'poster')).problems);
      for (const v of await axeViolations(page)) errors.push(`axe on the poster: ${v}`);
      await page.screenshot({ path: path.join(shotDir, `text_link_poster_${size}.png`) });
      release();
      await waitForMirror(page, (s) => s.actions.some((a) => a.id === 'start'), 'the title screen', 90000);
      await page.waitForFunction(() => document.getElementById('poster').hidden, null, { timeout: 10000 });
      await page.waitForTimeout(500);
      const title = await linkProblems(page, viewport, 'title screen');
      errors.push(...title.problems);
      const busy = await busyShareUnder(page, title.box);
      console.log(`  title screen: ${(busy * 100).toFixed(1)} % of the canvas under the link is not plain background`);
      if (busy > 0.02) errors.push(`title screen: the link covers the game's drawing (${(busy * 100).toFixed(1)} % of its area)`);
      for (const v of await axeViolations(page)) errors.push(`axe on the title screen: ${v}`);
      await page.screenshot({ path: path.join(shotDir, `text_link_title_${size}.png`) });
      await pressAndSettle(page, 'start');
      const hidden = await page.evaluate(() => document.getElementById('text-link').getBoundingClientRect().width <= 1);
      if (!hidden) errors.push('the link still shows after the title screen (the game\'s screens use the corners)');

      // The two editions' downloads: the link's target opened in a page of its own (a click on the
      // normal page would count the requests that page still makes as it leaves).
      const normal = requested.slice();
      const href = await page.evaluate(() => document.getElementById('text-link').href);
      if (href !== `${origin}/?text=1`) errors.push(`the link leads to ${href}`);
      const textPage = await context.newPage();
      const text = [];
      textPage.on('request', (req) => { if (req.url().startsWith(origin)) text.push(new URL(req.url()).pathname); });
      textPage.on('console', (msg) => { if (msg.type() === 'error') problems.push(`text edition console error: ${msg.text()}`); });
      await textPage.goto(href);
      await waitForMirror(textPage, (s) => s.actions.some((a) => a.id === 'start'), 'the text edition\'s title screen', 90000);
      await textPage.waitForTimeout(500);
      await textPage.screenshot({ path: path.join(shotDir, `text_link_text_${size}.png`) });
      const has = (list, re) => list.some((p) => re.test(p));
      if (!has(normal, /lureproof-fonts\./)) errors.push('the normal page fetched no fonts');
      if (has(normal, /lureproof-text\./)) errors.push(`the normal page fetched the text edition's files: ${normal.filter((p) => /lureproof-text\./.test(p))}`);
      if (has(text, /lureproof-fonts\./)) errors.push('the text edition fetched the fonts');
      if (!has(text, /lureproof-text\.[0-9a-f]{10}\.css$/) || !has(text, /lureproof-text\.[0-9a-f]{10}\.js$/))
        errors.push(`the text edition did not fetch its style sheet and script: ${text.join(' ')}`);
      const normalBytes = requestedBytes(normal), textBytes = requestedBytes(text);
      console.log(`  downloads (brotli): normal page ${normalBytes} B (${new Set(normal).size} files), text edition ${textBytes} B (${new Set(text).size} files)`);
      if (!(textBytes < normalBytes)) errors.push(`the text edition downloads ${textBytes} B, the normal page ${normalBytes} B`);
    } catch (e) {
      errors.push(e.message);
    }
    reportCase(tally, name, errors.concat(problems));
    await context.close();
  }
} finally {
  await close();
}
exitWithTally(tally.passed, tally.failed);
