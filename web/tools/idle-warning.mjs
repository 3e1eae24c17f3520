// The idle-warning countdown ("Are you still there?") set up for a measurement, shared by
// tests/web/idle_budget.mjs and tools/webbench/countdown_breakdown.mjs: a kiosk configuration named on
// the game's command line, and counters of the loop's animation frames and timer tasks.
import { launchBrowser, openWatchedPage } from './browser.mjs';
import { launchedBrowserPid } from './tree-cpu.mjs';

// The configuration: a 20 s idle timeout, then a 300 s countdown (it runs all through a measurement).
// (The web build reads its configuration as JSON: scripts/build-steps/toml2json.py.)
export const IDLE_WARNING_CONFIG = JSON.stringify({ languages: ['en'], quiz: false, statistics: false,
                                                    idle_timeout_s: 20, idle_countdown_s: 300 });

// Runs in the page: `config` written into the game's file system just before main() and named on its
// command line (--config), on the play screen so that a visit is under way.
export function withIdleWarningConfig(config) {
  let module;
  Object.defineProperty(window, 'Module', {
    configurable: true,
    get() { return module; },
    set(value) {
      if (value && !value.__idleWarning) {
        value.__idleWarning = true;
        value.arguments = ['--config', '/idle-warning.json', '--screen', 'play'];
        // onRuntimeInitialized runs just before main() (the page may replace preRun later).
        const pageHook = value.onRuntimeInitialized;
        value.onRuntimeInitialized = function () {
          value.FS.writeFile('/idle-warning.json', config);
          if (pageHook) pageHook.apply(this, arguments);
        };
      }
      module = value;
    },
  });
}

// Runs in the page: counts the animation-frame callbacks (each wakes the renderer, the compositor and the
// GPU process, so a loop that rests between the countdown's ticks runs one per frame it draws) and the
// timer tasks (the resting loop's checks: game/platform/platform_web.cpp) the page runs.
export function countLoopTasks() {
  const request = window.requestAnimationFrame.bind(window);
  const timeout = window.setTimeout.bind(window);
  window.animationFramesRun = 0;
  window.timerTasksRun = 0;
  window.requestAnimationFrame = (callback) => request((t) => { window.animationFramesRun++; callback(t); });
  window.setTimeout = (callback, ...rest) => timeout(
      typeof callback === 'function' ? (...args) => { window.timerTasksRun++; callback(...args); } : callback, ...rest);
}

// A fresh browser on `origin`'s page with the countdown under way: waits until it shows, then `settleMs`.
// Returns the browser (the caller closes it), its process id, the page and the problems it logged.
export async function openIdleWarning(origin, settleMs) {
  const browser = await launchBrowser();
  const pid = launchedBrowserPid();
  let page, problems;
  try {
    ({ page, problems } = await openWatchedPage(browser, origin, { width: 1280, height: 800 }));
    await page.addInitScript(withIdleWarningConfig, IDLE_WARNING_CONFIG);
    await page.addInitScript(countLoopTasks);
    await page.goto(`${origin}/index.html`);
    await page.waitForFunction(() => (window.Module && Module.framesRendered) >= 3, null, { timeout: 60000 });
    await page.waitForFunction(() => /still there/i.test(document.getElementById('a11y-title')?.textContent ?? ''), null,
                               { timeout: 60000, polling: 500 });
    await page.waitForTimeout(settleMs);
  } catch (e) {
    await browser.close();
    throw e;
  }
  return { browser, pid, page, problems };
}

// The page's counters so far: frames drawn, animation frames and timer tasks run.
export function loopCounts(page) {
  return page.evaluate(() => ({ frames: Module.framesRendered, animationFrames: window.animationFramesRun,
                                timerTasks: window.timerTasksRun }));
}
