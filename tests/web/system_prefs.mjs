// The browser's display preferences (issue 19): prefers-reduced-motion: reduce turns reduced motion
// on, prefers-contrast: more or forced-colors: active turns high contrast on, at load and live when
// they change while the page is open; a visitor's own choice in the settings overlay wins. Read
// through the settings overlay's buttons in the accessible mirror. Usage: node system_prefs.mjs DIST
import { exitWithTally, openWatchedPage, serveAndLaunch } from '../../web/tools/browser.mjs';
import { mirrorState, press, waitForMirror } from '../../web/tools/mirror.mjs';

const [dist] = process.argv.slice(2);
if (!dist) { console.error('usage: system_prefs.mjs DIST'); process.exit(2); }
delete process.env.DISPLAY;

const { origin, browser, close } = await serveAndLaunch(dist);
let passed = 0, failed = 0;
const check = (name, ok, detail) => { console.log(`${ok ? 'PASS' : 'FAIL'} ${name}: ${detail}`); ok ? passed++ : failed++; };

// {contrast, motion}: true/false from the overlay's "High contrast: On|Off" and "Reduce motion: On|Off".
const toggles = (s) => {
  const on = (id) => { const a = s.actions.find((x) => x.id === id); return a ? /: On$/.test(a.label) : undefined; };
  return { contrast: on('high-contrast'), motion: on('reduced-motion') };
};
async function expectToggles(page, want, name) {
  try {
    const s = await waitForMirror(page, (st) => { const t = toggles(st); return t.contrast === want.contrast && t.motion === want.motion; },
                                  name, 10000);
    check(name, true, JSON.stringify(toggles(s)));
  } catch {
    check(name, false, `wanted ${JSON.stringify(want)}, the overlay shows ${JSON.stringify(toggles(await mirrorState(page)))}`);
  }
}
async function openSettings(page, media) {
  if (media) await page.emulateMedia(media);
  await page.goto(`${origin}/index.html`);
  await page.waitForFunction(() => (window.Module && Module.framesRendered) >= 3, null, { timeout: 60000 });
  await waitForMirror(page, (s) => s.actions.some((a) => a.id === 'settings'), 'the settings button');
  await press(page, 'settings');
  await waitForMirror(page, (s) => s.actions.some((a) => a.id === 'high-contrast'), 'the settings overlay');
}

try {
  {
    const { page, problems } = await openWatchedPage(browser, origin);
    await openSettings(page, null);
    await expectToggles(page, { contrast: false, motion: false }, 'no system preference: both off');
    for (const p of problems) console.log(`  ${p}`);
    if (problems.length) failed++;
  }
  {
    const { page, problems } = await openWatchedPage(browser, origin);
    await openSettings(page, { reducedMotion: 'reduce', contrast: 'more' });
    await expectToggles(page, { contrast: true, motion: true }, 'at load: reduced motion and more contrast');
    await page.emulateMedia({ reducedMotion: 'no-preference', contrast: 'no-preference' });
    await expectToggles(page, { contrast: false, motion: false }, 'live: both preferences withdrawn');
    await page.emulateMedia({ forcedColors: 'active' });
    await expectToggles(page, { contrast: true, motion: false }, 'live: forced colours turn high contrast on');
    await page.emulateMedia({ forcedColors: 'none', reducedMotion: 'reduce' });
    await expectToggles(page, { contrast: false, motion: true }, 'live: reduced motion on, forced colours off');
    // The visitor's own choice wins over later system changes.
    await press(page, 'reduced-motion');
    await expectToggles(page, { contrast: false, motion: false }, 'the visitor turns motion back on');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.emulateMedia({ reducedMotion: 'reduce', contrast: 'more' });
    await expectToggles(page, { contrast: true, motion: false }, 'a system change keeps the visitor\'s motion choice');
    await press(page, 'high-contrast');
    await expectToggles(page, { contrast: false, motion: false }, 'the visitor turns high contrast off');
    await page.emulateMedia({ contrast: 'no-preference', forcedColors: 'active' });
    await expectToggles(page, { contrast: false, motion: false }, 'forced colours keep the visitor\'s contrast choice');
    for (const p of problems) console.log(`  ${p}`);
    if (problems.length) failed++;
  }
} finally {
  await close();
}
exitWithTally(passed, failed);
