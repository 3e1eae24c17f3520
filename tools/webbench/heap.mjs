// Benchmark: the wasm heap during play, in headless Chromium. Opens the game on the play screen
// (`--screen play`, set before the game starts) and the floor page, lets them settle, and reads the
// linear memory size (HEAP8.length) and, for the game, the top of the heap (Module.wasmSbrkBytes).
// Usage: node tools/webbench/heap.mjs [BUILD_WEB_DIR=build/web] [RUNS=5]   (prints JSON)
import { startServer } from '../../web/tools/static-server.mjs';
import { argumentsHook, launchBrowser } from '../../web/tools/browser.mjs';

const root = process.argv[2] || 'build/web';
const runs = Number(process.argv[3] || 5);

const server = await startServer(root);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchBrowser();
const result = { game_heap: [], game_sbrk: [], floor_heap: [] };
try {
  for (let i = 0; i < runs; i++) {
    for (const name of ['game', 'floor']) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      if (name === 'game') await page.addInitScript(argumentsHook, ['--screen', 'play']);
      await page.goto(origin + (name === 'game' ? '/dist/index.html' : '/floor/index.html'));
      await page.waitForFunction(() => window.Module && Module.framesRendered >= 3, null, { timeout: 60000 });
      await page.waitForTimeout(2500);
      // The game's JS is minified by Closure (no HEAP8 global): it publishes Module.wasmHeapBytes.
      const m = await page.evaluate(() => ({
        heap: Module.wasmHeapBytes || (typeof HEAP8 !== 'undefined' ? HEAP8.length : 0),
        sbrk: Module.wasmSbrkBytes || 0 }));
      if (name === 'game') {
        result.game_heap.push(m.heap);
        result.game_sbrk.push(m.sbrk);
      } else {
        result.floor_heap.push(m.heap);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(JSON.stringify(result));
