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
  const before = key(await mirrorState(page));
  if (!(await focusButton(page, id))) return mirrorState(page);
  await page.keyboard.press('Enter');
  return waitForMirror(page, (s) => key(s) !== before, `a change after pressing ${id}`, timeout);
}

// Plays whatever screen the mirror shows until `done(state)` holds, using only mirror buttons:
// quiz cards are answered (3 / check first), messages revealed, the first markable message of the
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
    let next = ['quiz:next', 'quiz:continue', 'show-all', 'see-what-happened', 'to-debrief', 'to-help', 'finish']
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
