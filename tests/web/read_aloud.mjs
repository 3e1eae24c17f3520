// Read aloud in the browser (issue #21) with a stubbed speechSynthesis that records speak() calls.
// 1. Local voices for English: the speaker button turns it on, the mirror plays a story, and the
//    recorded calls say the play screen's heading, then its messages (speaker, then text) once each,
//    the choices, then the ending's heading, with a local voice only; the mirror's log stops
//    announcing itself (aria-live off) while the game reads aloud; Stop cancels.
// 2. Only a remote Romanian voice: after choosing Romanian nothing more is spoken, and the
//    speaker button (on the page and in the mirror) says there is no voice on this device.
// Usage: node read_aloud.mjs DIST_DIR
import { exitWithErrors, openWatchedPage, serveAndLaunch } from '../../web/tools/browser.mjs';
import { press, playUntil, pressAndSettle, waitForMirror } from '../../web/tools/mirror.mjs';

const [dist] = process.argv.slice(2);
if (!dist) { console.error('usage: read_aloud.mjs DIST'); process.exit(2); }

// Replaces the browser's speech with a recorder before the page runs; `voices` is the voice list.
function stubSpeech(voices) {
  const calls = [];
  let current = null;
  const synth = {
    speaking: false, pending: false,
    getVoices: () => voices,
    speak(u) {
      calls.push({ text: u.text, lang: u.lang, voice: u.voice ? u.voice.name : null, local: !!(u.voice && u.voice.localService), rate: u.rate });
      current = u;
      synth.speaking = true;
      setTimeout(() => { if (current === u) { synth.speaking = false; current = null; if (u.onend) u.onend({}); } }, 30);
    },
    cancel() { calls.push({ cancel: true }); const u = current; current = null; synth.speaking = false; if (u && u.onerror) u.onerror({}); },
    addEventListener() {}, removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  window.SpeechSynthesisUtterance = function (text) { this.text = text; this.lang = ''; this.voice = null; this.rate = 1; };
  window.speechCalls = calls;
}

const spoken = (page) => page.evaluate(() => window.speechCalls.filter((c) => !c.cancel));

const { origin, browser, close } = await serveAndLaunch(dist);
const errors = [];
try {
  // ---- 1. local English voices ----
  {
    const { context, page, problems } = await openWatchedPage(browser, origin);
    await context.addInitScript(stubSpeech, [
      { name: 'Local English', lang: 'en-US', localService: true, default: true },
      { name: 'Remote English', lang: 'en-GB', localService: false, default: false },
    ]);
    await page.goto(`${origin}/index.html?lang=en&scenario=dream-job`);
    let s = await waitForMirror(page, (st) => st.actions.some((a) => a.id === 'settings'), 'the first screen', 60000);
    if ((await spoken(page)).length) errors.push('something was spoken before read aloud was turned on');
    await pressAndSettle(page, 'settings');
    s = await waitForMirror(page, (st) => st.actions.some((a) => a.id === 'settings-read-aloud'), 'the settings');
    const off = s.actions.find((a) => a.id === 'settings-read-aloud');
    if (!/Read aloud: Off/.test(off.label)) errors.push(`speaker button before: '${off.label}'`);
    await pressAndSettle(page, 'settings-read-aloud');
    s = await waitForMirror(page, (st) => st.actions.some((a) => a.id === 'speech-stop'), 'Stop, Skip, Repeat');
    const on = s.actions.find((a) => a.id === 'settings-read-aloud');
    if (on.label !== 'Read aloud: On') errors.push(`speaker button on: '${on.label}' (a note about voices?)`);
    if (await page.evaluate(() => document.getElementById('a11y-log').getAttribute('aria-live')) !== 'off')
      errors.push('the mirror log still announces itself while the game reads aloud');
    await pressAndSettle(page, 'settings-done');
    // From the title screen to the story: start, (language,) content note, the story's card.
    for (const id of ['start', 'lang:en', 'ready', 'story:dream-job']) {
      const now = await waitForMirror(page, () => true, 'the mirror');
      if (now.actions.some((a) => a.id === id && a.enabled)) await pressAndSettle(page, id);
    }
    const { state } = await playUntil(page, (st) => st.actions.some((a) => a.id === 'to-debrief'), 'the ending');
    // The game says one utterance after the other: wait until it reached the ending's heading.
    for (let i = 0; i < 300 && !(await spoken(page)).some((c) => c.text === state.title); i++) await page.waitForTimeout(100);
    const calls = await spoken(page);
    const texts = calls.map((c) => c.text);
    if (!calls.length) errors.push('nothing was spoken');
    const remote = calls.filter((c) => !c.local || c.voice !== 'Local English');
    if (remote.length) errors.push(`spoken without the local voice: ${JSON.stringify(remote[0])}`);
    if (calls.some((c) => c.lang !== 'en-US')) errors.push('an utterance not in the local voice\'s language');
    const playHeading = texts.findIndex((t) => t.includes(' · '));
    const firstMessage = texts.findIndex((t, i) => i > playHeading && /^[^:]{1,40}: /.test(t));
    const ending = texts.indexOf(state.title);
    if (playHeading < 0) errors.push('the play screen\'s heading was not spoken');
    if (firstMessage < 0) errors.push('no message was spoken as "speaker: text" after the play heading');
    if (ending < 0 || ending < firstMessage) errors.push(`the ending's heading '${state.title}' was not spoken after the messages`);
    const story = texts.slice(playHeading, ending < 0 ? texts.length : ending);
    const repeated = story.filter((t, i) => story.indexOf(t) !== i && /: /.test(t));
    if (repeated.length) errors.push(`said twice: '${repeated[0]}'`);
    console.log(`  ${calls.length} utterances, e.g. ${JSON.stringify(texts.slice(playHeading, playHeading + 3))}`);
    // Stop: the browser's speech is cancelled.
    await pressAndSettle(page, 'settings');
    const before = await page.evaluate(() => window.speechCalls.length);
    await waitForMirror(page, (st) => st.actions.some((a) => a.id === 'speech-stop'), 'Stop');
    await press(page, 'speech-stop');
    await page.waitForTimeout(300);
    if (!(await page.evaluate((n) => window.speechCalls.slice(n).some((c) => c.cancel), before)))
      errors.push('Stop did not cancel the speech');
    errors.push(...problems);
    await context.close();
  }
  // ---- 2. no local voice for Romanian ----
  {
    const { context, page, problems } = await openWatchedPage(browser, origin);
    await context.addInitScript(stubSpeech, [
      { name: 'Local English', lang: 'en-US', localService: true, default: true },
      { name: 'Cloud Romanian', lang: 'ro-RO', localService: false, default: false },
    ]);
    await page.goto(`${origin}/index.html?lang=ro`);
    await waitForMirror(page, (st) => st.actions.some((a) => a.id === 'start'), 'the title screen', 60000);
    await pressAndSettle(page, 'start');
    await waitForMirror(page, (st) => st.lang === 'ro' && st.actions.some((a) => a.id === 'settings'), 'Romanian', 60000);
    await pressAndSettle(page, 'settings');
    await pressAndSettle(page, 'settings-read-aloud');
    const s = await waitForMirror(page, (st) => st.actions.some((a) => a.id === 'settings-read-aloud' && /\. /.test(a.label)),
      'the note that no voice speaks Romanian here', 10000);
    const label = s.actions.find((a) => a.id === 'settings-read-aloud').label;
    if (!/Nu există o voce/.test(label)) errors.push(`no-voice note: '${label}'`);
    await page.waitForTimeout(1000);
    const calls = await spoken(page);
    if (calls.length) errors.push(`spoken without a local Romanian voice: ${JSON.stringify(calls[0])}`);
    console.log(`  ro without a local voice: '${label}'`);
    errors.push(...problems);
    await context.close();
  }
} catch (e) {
  errors.push(e.message);
} finally {
  await close();
}
exitWithErrors('read aloud (web)', errors);
