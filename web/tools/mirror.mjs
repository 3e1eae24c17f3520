// Helpers for browser tests that use the game only through its accessible DOM mirror (#a11y): read
// the heading, log and buttons, and press a button the way a keyboard user does (focus + Enter).
export async function mirrorState(page) {
  return page.evaluate(() => ({
    title: document.getElementById('a11y-title').textContent,
    log: Array.from(document.querySelectorAll('#a11y-log p')).map((p) => p.textContent),
    actions: Array.from(document.querySelectorAll('#a11y-actions button')).map((b) => ({
      id: b.dataset.actionId, label: b.textContent, lang: b.lang,
      enabled: b.getAttribute('aria-disabled') !== 'true', pressed: b.getAttribute('aria-pressed'),
    })),
    lang: document.documentElement.lang,
  }));
}

// Waits until `predicate(state)` holds (polling the mirror); returns that state.
export async function waitForMirror(page, predicate, what, timeout = 30000) {
  const end = Date.now() + timeout;
  let state;
  while (Date.now() < end) {
    state = await mirrorState(page);
    if (predicate(state)) return state;
    await page.waitForTimeout(100);
  }
  throw new Error(`timed out waiting for ${what}; mirror: ${JSON.stringify(state).slice(0, 600)}`);
}

// Moves keyboard focus to the mirror button with this action id; false when there is none.
async function focusButton(page, id) {
  return page.evaluate((actionId) => {
    const b = Array.from(document.querySelectorAll('#a11y-actions button')).find((x) => x.dataset.actionId === actionId);
    if (!b) return false;
    b.focus();
    return document.activeElement === b;
  }, id);
}

// Presses the mirror button with this action id: keyboard focus on it, then Enter.
export async function press(page, id) {
  if (!(await focusButton(page, id))) throw new Error(`no mirror button '${id}' to press`);
  await page.keyboard.press('Enter');
}

// Waits for a button whose id matches `re`, then presses it; returns its id.
export async function pressWhenThere(page, re, timeout = 30000) {
  const s = await waitForMirror(page, (st) => st.actions.some((a) => re.test(a.id) && a.enabled), `a button ${re}`, timeout);
  const id = s.actions.find((a) => re.test(a.id) && a.enabled).id;
  await press(page, id);
  return id;
}

const key = (s) => JSON.stringify([s.title, s.actions.map((a) => [a.id, a.enabled, a.pressed])]);

// Presses a button, then waits until the mirror shows something else (the game handled it).
// A button that left before it could be focused (e.g. "Show all messages" once all arrived) is
// not an error: the caller looks at the mirror again.
export async function pressAndSettle(page, id, timeout = 20000) {
  await watchPublishes(page);
  const before = key(await mirrorState(page));
  if (!(await focusButton(page, id))) return mirrorState(page);
  await page.keyboard.press('Enter');
  try {
    return await waitForMirror(page, (s) => key(s) !== before, `a change after pressing ${id}`, timeout);
  } catch (e) {
    throw new Error(`${e.message.replace(/; mirror: .*/s, '')}; ${await diagnose(page)}`);
  }
}

// What the page and the game's loop are doing, for a failure message: frames drawn (and whether
// they still advance), visibility, focus, activations the game has not taken, the whole mirror.
export async function diagnose(page) {
  const at = () => page.evaluate(() => ({
    frames: window.Module && Module.framesRendered, wake: window.Module && Module.wakeRequested,
    visibility: document.visibilityState, hasFocus: document.hasFocus(),
    active: document.activeElement ? `${document.activeElement.tagName}#${document.activeElement.id}` +
      `[${(document.activeElement.dataset || {}).actionId || ''}]` : null,
  }));
  const first = await at();
  await page.waitForTimeout(1000);
  const second = await at();
  const pending = await page.evaluate(() => window.LureproofA11y.takeActivated());
  return `page: ${JSON.stringify(first)}, 1 s later ${JSON.stringify(second)}; ` +
    `activations not taken: ${JSON.stringify(pending)}; mirror: ${JSON.stringify(await mirrorState(page))}`;
}

// Plays whatever screen the mirror shows until `done(state)` holds, using only mirror buttons:
// quiz cards are answered (3 / check first), "What would you check?" with its first check, messages revealed, the first markable message of the
// play screen marked once (the feedback must reach the log), and choices taken in rotation.
// Returns {state, marked} where marked = {label, logBefore, logAfter} of the mark.
export async function playUntil(page, done, what, maxSteps = 200) {
  let marked = null, step = 0;
  for (; step < maxSteps; step++) {
    const s = await mirrorState(page);
    if (done(s)) return { state: s, marked };
    const has = (id) => s.actions.find((a) => a.id === id && a.enabled);
    const trust = s.actions.find((a) => a.id === 'trust:3');
    if (trust && trust.pressed !== 'true') { await pressAndSettle(page, 'trust:3'); continue; }
    const check = s.actions.find((a) => a.id === 'action:check-first');
    if (check && check.pressed !== 'true') { await pressAndSettle(page, 'action:check-first'); continue; }
    // "What would you check?": answer with the first check, then go on.
    const answers = s.actions.filter((a) => a.id.startsWith('check:') && a.id !== 'check:next');
    if (answers.length && !answers.some((a) => a.pressed === 'true')) { await pressAndSettle(page, answers[0].id); continue; }
    let next = ['quiz:next', 'quiz:continue', 'check:next', 'show-all', 'see-what-happened', 'to-debrief', 'to-help', 'finish']
      .find((id) => has(id));
    const mark = s.actions.find((a) => a.id.startsWith('mark:') && a.enabled);
    if (!marked && mark && !has('show-all')) {
      const logBefore = s.log.length;
      const after = await pressAndSettle(page, mark.id);
      marked = { label: mark.label, id: mark.id, logBefore, logAfter: after.log.length, log: after.log,
                 now: after.actions.find((a) => a.id === mark.id) };
      continue;
    }
    if (!next) {
      const choices = s.actions.filter((a) => a.id.startsWith('choice:') && a.enabled);
      if (choices.length) next = choices[step % choices.length].id;
    }
    if (!next) { await page.waitForTimeout(150); continue; }
    await pressAndSettle(page, next);
  }
  throw new Error(`${what}: not reached after ${step} steps: ${JSON.stringify(await mirrorState(page)).slice(0, 800)}`);
}

// Watches every view the game publishes to the mirror for half-updated screens, which a screen
// reader would read out and a keyboard user act on: a quiz card whose "Next" is enabled must show a
// trust rating and an action as pressed, and one whose "Next" is disabled must not show both.
// Installed once per page by pressAndSettle; `halfUpdatedViews(page)` returns what it saw.
export async function watchPublishes(page) {
  await page.evaluate(() => {
    const a11y = window.LureproofA11y;
    if (!a11y || a11y.watched) return;
    a11y.watched = true;
    window.halfUpdatedViews = [];
    const publish = a11y.publish;
    a11y.publish = function (view) {
      const next = view.actions.find((a) => a.id === 'quiz:next');
      const answered = (prefix) => view.actions.some((a) => a.id.startsWith(prefix) && a.pressed === 1);
      if (next && view.actions.some((a) => a.id.startsWith('trust:')) &&
          next.enabled !== (answered('trust:') && answered('action:'))) {
        const pressed = view.actions.filter((a) => a.pressed === 1).map((a) => a.id);
        window.halfUpdatedViews.push(`"${view.title}": Next ${next.enabled ? 'enabled' : 'disabled'}, pressed [${pressed}]`);
      }
      return publish.call(this, view);
    };
  });
}

export async function halfUpdatedViews(page) {
  return page.evaluate(() => window.halfUpdatedViews || []);
}
