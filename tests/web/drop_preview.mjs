// The educators' preview in visitor mode: a broken .lure file dropped on the page (a DataTransfer
// drop event) lists every diagnostic as file:line:column: severity code message (the positions are
// checked by hand and against `lure validate --json`) while the game keeps running; a valid .lure
// dropped the same way, and a Twee 3 file chosen with the keyboard-accessible file input, start
// playing at once and are played to an ending through the accessible mirror. No console errors, no
// cross-origin requests, nothing uploaded (no request carries the file).
// Usage: node drop_preview.mjs DIST_DIR LURE_CLI
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exitWithErrors, openWatchedPage, serveAndLaunch } from '../../web/tools/browser.mjs';
import { mirrorState, waitForMirror, playUntil } from '../../web/tools/mirror.mjs';


// The game draws only on input or animation (issue 19), so "still alive" means: the page answers at
// once, and moving the pointer over the canvas makes the game draw within 5 s.
async function stillDraws(page, framesBefore) {
  const t0 = Date.now();
  const now = await page.evaluate(() => Module.framesRendered);
  if (Date.now() - t0 > 1000) return false;
  if (now > framesBefore + 5) return true;
  await page.mouse.move(200, 300);
  await page.mouse.move(220, 320);
  try {
    await page.waitForFunction((n) => Module.framesRendered > n, now, { timeout: 5000 });
    return true;
  } catch (e) { return false; }
}

const [dist, lureCli] = process.argv.slice(2);
if (!dist || !lureCli) { console.error('usage: drop_preview.mjs DIST LURE_CLI'); process.exit(2); }
const here = path.dirname(fileURLToPath(import.meta.url));
const data = path.join(here, '..', 'data');

// Two unknown nodes at known places (7:4 and 8:11), a speaker that is not a character (6:1).
const broken = ['scenario: broken-preview', 'title: Broken preview', 'language: en', '', '== start [chat]',
  'ana: Hello', '-> nowhere', '* [Go] -> missing_node', ''].join('\n');
const expectedByHand = ['broken.lure:7:4: error LP200', 'broken.lure:8:11: error LP200', 'broken.lure:6:1: error LP217'];
// The CLI's view of the same file: every diagnostic must be in the panel, at the same place.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lure-drop-'));
fs.writeFileSync(path.join(tmp, 'broken.lure'), broken);
let cli;
try { execFileSync(path.resolve(lureCli), ['validate', '--json', 'broken.lure'], { cwd: tmp }); } catch (e) { cli = JSON.parse(e.stdout.toString()); }
if (!cli) { console.error('lure validate accepted the broken file'); process.exit(1); }
const valid = fs.readFileSync(path.join(data, 'scenarios', 'small_branching.lure'), 'utf8')
  .replace(/^scenario: .*$/m, 'scenario: dropped-small').replace(/^title: .*$/m, 'title: Dropped Small Story');
const twee = fs.readFileSync(path.join(data, 'twee', 'offer.twee'));

async function drop(page, name, text) {
  await page.evaluate(([n, t]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], n, { type: 'text/plain' }));
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, [name, text]);
}
async function panel(page) {
  await page.waitForFunction(() => !document.getElementById('preview').hidden, null, { timeout: 15000 });
  return page.evaluate(() => ({
    file: document.getElementById('preview-file').textContent,
    summary: document.getElementById('preview-summary').textContent,
    lines: Array.from(document.querySelectorAll('#preview-diagnostics li')).map((li) => li.textContent),
  }));
}
async function closePanel(page) {
  await page.locator('#preview-close').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('preview').hidden);
}

const { origin, browser, close } = await serveAndLaunch(dist);
const errors = [];
try {
  const { page, problems } = await openWatchedPage(browser, origin);
  const uploads = [];
  page.on('request', (r) => { if (r.method() !== 'GET' || (r.postData() || '').includes('scenario:')) uploads.push(r.url()); });
  await page.goto(`${origin}/index.html`);
  await waitForMirror(page, (s) => s.actions.some((a) => a.id === 'start'), 'the attract screen', 60000);
  const hint = await page.locator('#educator-preview label').isVisible();
  if (!hint) errors.push('the educator hint is not visible on a 1280x800 page');

  // 1. A broken file: every diagnostic listed, the game keeps running on its screen.
  const framesBefore = await page.evaluate(() => Module.framesRendered);
  await drop(page, 'broken.lure', broken);
  const report = await panel(page);
  for (const prefix of expectedByHand)
    if (!report.lines.some((l) => l.startsWith(prefix))) errors.push(`panel lacks '${prefix}…': ${JSON.stringify(report.lines)}`);
  for (const d of cli.diagnostics) {
    const want = `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}`;
    if (!report.lines.some((l) => l.startsWith(want))) errors.push(`panel lacks the CLI's '${want}'`);
  }
  if (report.lines.length !== cli.diagnostics.length) errors.push(`panel has ${report.lines.length} lines, the CLI ${cli.diagnostics.length}`);
  if (!/error/.test(report.summary)) errors.push(`summary '${report.summary}'`);
  await page.waitForTimeout(500);
  const after = await mirrorState(page);
  if (!after.actions.some((a) => a.id === 'start')) errors.push(`the game left the attract screen: '${after.title}'`);
  if (!(await stillDraws(page, framesBefore))) errors.push('the game stopped rendering');
  console.log(`  broken.lure: ${report.lines.length} diagnostics listed`);
  await closePanel(page);

  // 1b. A hostile file (the sandbox, docs/scenario-format.md §4): includes and images outside the
  // dropped file's folder are refused with positions, nothing of /etc/passwd is shown, the tab stays live.
  const hostile = ['scenario: hostile-preview', 'title: Hostile preview', 'include: ../../../../etc/passwd',
    'include: /dev/zero', '== a [chat] ending safe', 'narrator: x #image:/etc/hostname', 'debrief: d', ''].join('\n');
  const framesHostile = await page.evaluate(() => Module.framesRendered);
  await drop(page, 'hostile.lure', hostile);
  const refused = await panel(page);
  for (const prefix of ['hostile.lure:3:10: error LP161', 'hostile.lure:4:10: error LP160', 'hostile.lure:6:13: error LP160'])
    if (!refused.lines.some((l) => l.startsWith(prefix))) errors.push(`panel lacks '${prefix}…': ${JSON.stringify(refused.lines)}`);
  if (refused.lines.some((l) => l.includes('root:'))) errors.push('the panel shows the content of a refused file');
  await page.waitForTimeout(500);
  if (!(await stillDraws(page, framesHostile))) errors.push('the game stopped rendering after a hostile file');
  console.log(`  hostile.lure: ${refused.lines.length} diagnostics listed`);
  await closePanel(page);

  // 2. A valid .lure file: plays at once, to an ending, through the mirror.
  await drop(page, 'dropped-small.lure', valid);
  const ok = await panel(page);
  if (!/valid/.test(ok.summary)) errors.push(`valid file summary '${ok.summary}'`);
  await waitForMirror(page, (s) => s.title.includes('Dropped Small Story'), 'the dropped story on its play screen');
  const end1 = await playUntil(page, (s) => s.actions.some((a) => a.id === 'to-debrief'), 'the dropped story ending');
  console.log(`  dropped-small.lure: ${ok.lines.length} warnings; ending "${end1.state.title}"`);
  await closePanel(page);

  // 3. A Twee 3 file through the file input (the keyboard alternative to dropping).
  await page.setInputFiles('#preview-input', { name: 'offer.twee', mimeType: 'text/plain', buffer: twee });
  const tw = await panel(page);
  if (!/valid/.test(tw.summary)) errors.push(`twee summary '${tw.summary}': ${JSON.stringify(tw.lines)}`);
  if (!tw.lines.some((l) => /^offer\.twee:\d+:\d+: warning /.test(l))) errors.push(`twee warnings lack positions: ${JSON.stringify(tw.lines)}`);
  const playing = await waitForMirror(page, (s) => s.title.includes('The Offer'), 'the Twee story on its play screen');
  const end2 = await playUntil(page, (s) => s.actions.some((a) => a.id === 'to-debrief'), 'the Twee story ending');
  console.log(`  offer.twee: ${tw.lines.length} warnings; "${playing.title}" -> "${end2.state.title}"`);

  errors.push(...problems);
  for (const u of uploads) errors.push(`a request that could upload: ${u}`);
} catch (e) {
  errors.push(e.message);
} finally {
  await close();
  fs.rmSync(tmp, { recursive: true, force: true });
}
exitWithErrors('drop preview', errors);
