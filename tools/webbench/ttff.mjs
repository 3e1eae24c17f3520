// Benchmark: time to first frame of the web edition against the floor page (bare SDL2 + ImGui with
// the same flags), measured in headless Chromium in the same run, alternating pages, fresh context
// (no cache) each time. Prints per-page median/min/max and the ratio of medians (--json: also every
// run's times, in the order measured, so game[i] / floor[i] is the ratio of round i).
// The measurement stays out of the page's way: it reads Module.firstFrameTime (performance.now() at
// the end of the first frame, set by the page) with a bare DevTools Runtime.evaluate every 50 ms,
// because Playwright's waitForFunction injects its helper script into the page while it loads (10-30
// ms of the page's main thread, landing at a different moment in each page). Each load starts after
// the previous browser context is closed and the machine has had 0.4 s to settle.
// Usage: node tools/webbench/ttff.mjs [BUILD_WEB_DIR=build/web] [RUNS=7] [--json]
import { startServer } from '../../web/tools/static-server.mjs';
import { launchBrowser } from '../../web/tools/browser.mjs';

const args = process.argv.slice(2).filter((a) => a !== '--json');
const asJson = process.argv.includes('--json');
const root = args[0] || 'build/web';
const runs = Number(args[1] || 7);

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median, min: s[0], max: s[s.length - 1], runs: s.length, values: xs };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Module.firstFrameTime once the page has drawn its first frame (60 s at most).
async function firstFrameTime(devtools) {
  for (let waited = 0; waited < 60000; waited += 50) {
    await sleep(50);
    const { result } = await devtools.send('Runtime.evaluate', {
      expression: '(window.Module && Module.firstFrameTime) || 0', returnByValue: true });
    if (result.value > 0) return result.value;
  }
  throw new Error('no first frame within 60 s');
}

const server = await startServer(root);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchBrowser();
const pages = { game: '/dist/index.html', floor: '/floor/index.html' };
const times = { game: [], floor: [] };
try {
  for (let i = 0; i < runs + 1; i++) {
    for (const name of i % 2 ? ['floor', 'game'] : ['game', 'floor']) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const devtools = await context.newCDPSession(page);
      await page.goto(origin + pages[name], { waitUntil: 'commit' });
      const t = await firstFrameTime(devtools);
      if (i > 0) times[name].push(t); // run 0 warms up the browser process
      await context.close();
      await sleep(400);
    }
  }
} finally {
  await browser.close();
  server.close();
}
const game = stats(times.game), floor = stats(times.floor);
const ratio = game.median / floor.median;
if (asJson) {
  console.log(JSON.stringify({ game, floor, ratio }));
} else {
  const fmt = (s) => `median ${s.median.toFixed(0)} ms (min ${s.min.toFixed(0)}, max ${s.max.toFixed(0)}, ${s.runs} runs)`;
  console.log(`time to first frame, headless Chromium (SwiftShader WebGL2), fresh context each run`);
  console.log(`  lureproof: ${fmt(game)}`);
  console.log(`  floor    : ${fmt(floor)}`);
  console.log(`  ratio    : ${ratio.toFixed(2)}x the floor (budget 1.30x)`);
}
