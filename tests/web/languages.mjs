// Every language the page offers in the browser: opens a story's play screen with --lang for each of
// its sixteen languages (a different bundled scenario each time), and fails on any console error, failed
// request, catalogue warning (L10N...) or blank canvas. Each language's catalogues must arrive as its
// own pack (l10n/<lang>.<hash>.pack), fetched once and only for that language; English fetches none.
// Screenshots land in SHOT_DIR/web-lang-*.png.
// Usage: node languages.mjs DIST_DIR IMAGE_CHECK SHOT_DIR
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { argumentsHook, exitWithTally, openWatchedPage, serveAndLaunch } from '../../web/tools/browser.mjs';

const [dist, imageCheck, shotDir] = process.argv.slice(2);
if (!dist || !imageCheck || !shotDir) { console.error('usage: languages.mjs DIST IMAGE_CHECK SHOT_DIR'); process.exit(2); }
fs.mkdirSync(shotDir, { recursive: true });
const languages = ['en', 'ro', 'bg', 'pl', 'uk', 'fr', 'de', 'it', 'es', 'el', 'pt', 'nl', 'hu', 'cs', 'sk', 'ru'];
const scenarios = fs.readdirSync(path.join(dist, '..', 'assets', 'scenarios'))
  .filter((f) => f.endsWith('.lure')).map((f) => f.replace(/\.lure$/, '')).sort();

const { origin, browser, close } = await serveAndLaunch(dist);
let passed = 0, failed = 0;
try {
  for (let i = 0; i < languages.length; i++) {
    const lang = languages[i], scenario = scenarios[i % scenarios.length];
    const name = `web-lang-${lang}-${scenario}`;
    const { context, page, problems } = await openWatchedPage(browser, origin, { width: 1280, height: 800 });
    page.on('console', (m) => { if (/L10N\d|language pack/.test(m.text())) problems.push(`catalogue warning: ${m.text()}`); });
    const packs = [];
    page.on('request', (r) => { const m = /\/l10n\/([^/.]+)\.[0-9a-f]{10}\.pack$/.exec(new URL(r.url()).pathname); if (m) packs.push(m[1]); });
    const packArrived = lang === 'en' ? null
      : page.waitForResponse((r) => new RegExp(`^/l10n/${lang}\\.[0-9a-f]{10}\\.pack$`).test(new URL(r.url()).pathname), { timeout: 60000 });
    await page.addInitScript(argumentsHook, ['--lang', lang, '--screen', 'play', '--scenario', `/assets/scenarios/${scenario}.lure`]);
    await page.goto(`${origin}/index.html`);
    if (packArrived && (await packArrived).status() !== 200) problems.push(`l10n/${lang}.pack was not served`);
    // Event-driven rendering: the settled play screen stops drawing, so wait for the first frames
    // and then for the screen to settle (the canvas keeps the last frame).
    await page.waitForFunction(() => (window.Module && Module.framesRendered) >= 3, null, { timeout: 60000 });
    await page.waitForTimeout(1500);
    const shot = path.join(shotDir, `${name}.png`);
    await page.screenshot({ path: shot });
    const expected = lang === 'en' ? [] : [lang];
    if (JSON.stringify(packs) !== JSON.stringify(expected))
      problems.push(`language packs fetched: [${packs.join(', ')}], expected [${expected.join(', ')}]`);
    let ok = problems.length === 0;
    for (const p of problems) console.log(`  ${name}: ${p}`);
    try { console.log(execFileSync(imageCheck, [shot]).toString().trim()); } catch (e) { console.log(e.stdout?.toString() || e.message); ok = false; }
    console.log(`${ok ? 'PASS' : 'FAIL'} ${name}`);
    ok ? passed++ : failed++;
    await context.close();
  }
  // A pack that cannot be fetched: the game warns once and goes on in English (no page error).
  {
    const { context, page, problems } = await openWatchedPage(browser, origin, { width: 1280, height: 800 });
    const warnings = [];
    page.on('console', (m) => { if (/language pack/.test(m.text())) warnings.push(m.text()); });
    await page.route(/\/l10n\/de\.[0-9a-f]{10}\.pack$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.addInitScript(argumentsHook, ['--lang', 'de', '--screen', 'play', '--scenario', `/assets/scenarios/${scenarios[0]}.lure`]);
    await page.goto(`${origin}/index.html`);
    // A settled play screen stops drawing (event-driven rendering): a few frames, then time to settle.
    await page.waitForFunction(() => (window.Module && Module.framesRendered) >= 3, null, { timeout: 60000 });
    await page.waitForTimeout(1500);
    const unexpected = problems.filter((p) => !/HTTP 404: .*\/l10n\/de\.[0-9a-f]{10}\.pack$/.test(p) && !/^console error: Failed to load resource/.test(p));
    const ok = unexpected.length === 0 && warnings.length === 1 && /could not fetch the 'de' language pack; continuing in English/.test(warnings[0]);
    for (const p of unexpected) console.log(`  web-lang-missing-pack: ${p}`);
    console.log(`  web-lang-missing-pack: warnings: ${JSON.stringify(warnings)}`);
    console.log(`${ok ? 'PASS' : 'FAIL'} web-lang-missing-pack`);
    ok ? passed++ : failed++;
    await context.close();
  }
} finally {
  await close();
}
exitWithTally(passed, failed);
