// Arabic in the browser (issue #21; docs/web.md "Arabic"): at 1280x800 and 390x844 a visit in Arabic
// (?lang=ar) through the accessible mirror, from the attract screen to the help screen. On each screen:
// the page says lang="ar" dir="rtl", axe-core finds 0 violations, and the game's canvas shows the lines
// the browser shaped (platform/complex_text_web.cpp): every Arabic line drawn right to left (a line
// without Arabic letters, such as a helpline number, left to right) in the Arabic face
// of the language pack, shaped (the line is narrower than its letters' isolated forms, and the width the
// game was given is the canvas's), and right-aligned (the ink of the content note's paragraph ends at
// one right edge and starts at ragged left edges). Screenshots go to DIST/../arabic-screens/.
// Usage: node arabic.mjs DIST_DIR
import fs from 'node:fs';
import path from 'node:path';
import { axeViolations } from '../../web/tools/journey.mjs';
import { exitWithTally, openWatchedPage, serveAndLaunch } from '../../web/tools/browser.mjs';
import { mirrorState, waitForMirror, pressAndSettle, pressWhenThere, playUntil } from '../../web/tools/mirror.mjs';

const [dist] = process.argv.slice(2);
if (!dist) { console.error('usage: arabic.mjs DIST'); process.exit(2); }
const shots = path.join(dist, '..', 'arabic-screens');
fs.mkdirSync(shots, { recursive: true });
const tally = { passed: 0, failed: 0 };
function report(name, errors) {
  for (const e of errors) console.log(`  ${name}: ${e}`);
  console.log(`${errors.length ? 'FAIL' : 'PASS'} ${name}`);
  errors.length ? tally.failed++ : tally.passed++;
}

// Records every line the game's complex text draws on its 2D canvas (text, font, direction, the advance
// measured) before the page's scripts run.
function recordLines() {
  window.arabicLines = [];
  for (const proto of [window.OffscreenCanvasRenderingContext2D, window.CanvasRenderingContext2D]) {
    if (!proto) continue;
    const fill = proto.prototype.fillText;
    proto.prototype.fillText = function (text, x, y) {
      if (/lureproof-\d/.test(this.font))  // the game's faces (not axe-core's own canvas)
        window.arabicLines.push({ text, font: this.font, direction: this.direction, x, y,
                                  advance: this.measureText(text).width });
      return fill.apply(this, arguments);
    };
  }
}

// In the page: the same line drawn as the game drew it, and with every letter in its isolated form
// (ZWNJ between letters stops joining). Returns both advances and whether their ink differs.
function shapedVersusIsolated(line) {
  const ctx = new OffscreenCanvas(2048, 128).getContext('2d', { willReadFrequently: true });
  const draw = (text) => {
    ctx.clearRect(0, 0, 2048, 128);
    ctx.font = line.font;
    ctx.direction = line.direction;
    ctx.textAlign = 'left';
    ctx.fillStyle = '#fff';
    ctx.fillText(text, 4, 90);
    return { advance: ctx.measureText(text).width, ink: ctx.getImageData(0, 0, 2048, 128).data };
  };
  const shaped = draw(line.text);
  const isolated = draw(Array.from(line.text).join('\u200c'));
  let differing = 0;
  for (let i = 3; i < shaped.ink.length; i += 4) if (shaped.ink[i] !== isolated.ink[i]) differing++;
  return { shaped: shaped.advance, isolated: isolated.advance, differing };
}

// Ink rows of a screenshot region (PNG decoded in the page): for each text line, its left and right ends.
async function inkLines(page, png, region) {
  return page.evaluate(async ({ data, region }) => {
    const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))]));
    const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d');
    ctx.drawImage(bitmap, 0, 0);
    const { x, y, width, height } = region;
    const px = ctx.getImageData(x, y, width, height).data;
    const ink = (i) => px[i] > 150 && px[i + 1] > 150 && px[i + 2] > 150;  // light text (not borders, icons)
    const lines = [];
    let current = null;
    for (let row = 0; row < height; row++) {
      let left = -1, right = -1;
      for (let col = 0; col < width; col++) if (ink((row * width + col) * 4)) { if (left < 0) left = col; right = col; }
      if (left >= 0) {
        if (!current) current = { top: row, left, right };
        current.left = Math.min(current.left, left);
        current.right = Math.max(current.right, right);
        current.bottom = row;
      } else if (current) { lines.push(current); current = null; }
    }
    if (current) lines.push(current);
    return lines.filter((l) => l.bottom - l.top >= 4).map((l) => ({ ...l, left: l.left + x, right: l.right + x }));
  }, { data: png.toString('base64'), region });
}

const { origin, browser, close } = await serveAndLaunch(dist);
try {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    const size = `${viewport.width}x${viewport.height}`;
    const phone = viewport.width < 600 ? { hasTouch: true, isMobile: true } : {};
    const { page, problems } = await openWatchedPage(browser, origin, viewport, phone);
    await page.addInitScript(recordLines);
    await page.goto(`${origin}/index.html?lang=ar`);
    const screens = {};
    const onScreen = async (name, state) => {
      // Two frames after the mirror changed: the canvas shows the same screen.
      const frames = await page.evaluate(() => Module.framesRendered);
      await page.waitForFunction((f) => Module.framesRendered >= f + 2, frames, { timeout: 10000 }).catch(() => {});
      await page.waitForTimeout(700);  // a screen's fade-in
      // The canvas alone: the mirror shows itself over it while it has the keyboard focus.
      const focused = await page.evaluate(() => { const f = document.activeElement; if (f && f.blur) f.blur(); return f && f.dataset.actionId; });
      await page.waitForTimeout(100);
      const png = await page.screenshot({ path: path.join(shots, `ar-${name}-${size}.png`) });
      if (focused) await page.evaluate((id) => document.querySelector(`#a11y-actions button[data-action-id="${id}"]`)?.focus(), focused);
      const errors = [];
      const html = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
      if (html.lang !== 'ar' || html.dir !== 'rtl') errors.push(`<html lang="${html.lang}" dir="${html.dir}">`);
      if (!/[\u0600-\u06FF]/.test(state.title)) errors.push(`the mirror's heading is not Arabic: '${state.title}'`);
      errors.push(...(await axeViolations(page)).map((v) => `axe: ${v}`));
      screens[name] = { png, state };
      report(`${size} ${name}: lang/dir, Arabic mirror, axe 0 violations`, errors);
    };

    const attract = await waitForMirror(page, (s) => s.actions.some((a) => a.id === 'start'), 'the attract screen', 90000);
    await onScreen('attract', attract);
    await pressAndSettle(page, 'start');
    const note = await waitForMirror(page, (s) => s.actions.some((a) => a.id === 'ready'), 'the content note');
    await onScreen('note', note);
    await pressWhenThere(page, /^ready$/);
    const picker = await waitForMirror(page, (s) => s.actions.some((a) => a.id.startsWith('story:')), 'the story picker');
    await pressAndSettle(page, picker.actions.find((a) => a.id.startsWith('story:')).id);
    const { state: play } = await playUntil(page, (s) => s.actions.some((a) => a.id.startsWith('choice:')) && s.log.length > 1,
                                            'a play screen');
    await onScreen('play', play);
    const { state: ending } = await playUntil(page, (s) => s.actions.some((a) => a.id === 'to-debrief'), 'the ending');
    await onScreen('ending', ending);
    await pressAndSettle(page, 'to-debrief');
    const debrief = await waitForMirror(page, (s) => s.actions.some((a) => a.id === 'to-help'), 'the debrief');
    await onScreen('debrief', debrief);
    const { state: help } = await playUntil(page, (s) => s.actions.some((a) => a.id === 'finish'), 'the help screen');
    await onScreen('help', help);

    // The lines the game drew: right to left, in the pack's Arabic face, shaped.
    const lines = await page.evaluate(() => window.arabicLines);
    const arabic = lines.filter((l) => /[\u0620-\u064A]{3}/.test(l.text));
    const errors = [];
    if (arabic.length < 20) errors.push(`only ${arabic.length} Arabic lines drawn`);
    for (const l of lines) {
      // Right to left when the line has Arabic letters; a phone number, URL or English line keeps its order.
      if (l.direction !== (/[\u0600-\u06FF]/.test(l.text) ? 'rtl' : 'ltr')) errors.push(`'${l.text}' drawn ${l.direction}`);
      if (!/px "?lureproof-0"?, "?lureproof-1"?$/.test(l.font)) errors.push(`'${l.text}' drawn in ${l.font}, not the pack's Arabic face`);
    }
    let narrower = 0;
    const sample = arabic.filter((l) => !/[A-Za-z]/.test(l.text)).slice(0, 12);
    for (const l of sample) {
      const r = await page.evaluate(shapedVersusIsolated, l);
      if (Math.abs(r.shaped - l.advance) > 0.01) errors.push(`'${l.text}': advance ${l.advance}, the canvas measures ${r.shaped}`);
      if (r.differing === 0) errors.push(`'${l.text}' looks the same as its isolated letters`);
      if (r.shaped < r.isolated) narrower++;
    }
    if (narrower < sample.length * 0.8) errors.push(`only ${narrower} of ${sample.length} lines narrower than their isolated letters`);
    console.log(`  ${size}: ${lines.length} lines drawn by the canvas (${arabic.length} Arabic); e.g. '${sample[0]?.text}'`);
    report(`${size} lines shaped, right to left, in the Arabic face`, errors);

    // Right-aligned: of two lines of one paragraph on the content note (next to each other, the same
    // height), the lines end at one right edge and start at different left edges; left to right they
    // would start at one left edge.
    const found = await inkLines(page, screens.note.png, { x: 0, y: Math.round(viewport.height * 0.15), width: viewport.width,
                                                          height: Math.round(viewport.height * 0.6) });
    const pairs = found.slice(1).map((l, i) => [found[i], l])
      .filter(([a, b]) => b.top - a.bottom <= 14 && Math.abs((a.bottom - a.top) - (b.bottom - b.top)) <= 4);
    const rightAligned = pairs.filter(([a, b]) => Math.abs(a.right - b.right) <= 2 && Math.abs(a.left - b.left) > 10);
    console.log(`  ${size}: content note: ${found.length} lines, ${pairs.length} paragraph pairs, ${rightAligned.length} ` +
                `sharing their right end: ${rightAligned.map(([a, b]) => `${a.left}-${a.right}/${b.left}-${b.right}`).join(' ')}`);
    if (viewport.width < 600)  // (at 1280 px every paragraph of the note is one line)
      report(`${size} the content note's paragraphs are right-aligned`,
             rightAligned.length >= 2 ? [] : [`${rightAligned.length} right-aligned line pairs: ${JSON.stringify(found)}`]);
    report(`${size} no page problems`, problems);
    await page.context().close();
  }
} catch (e) {
  report('Arabic visit', [e.message]);
} finally {
  await close();
}
exitWithTally(tally.passed, tally.failed);
