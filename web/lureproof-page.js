// Page glue for the web edition: the Emscripten Module (URL parameters become program arguments),
// the accessible DOM mirror the game keeps in sync (window.LureproofA11y), the text edition's switch
// (no WebGL2, ?text=1), the canvas edition's fonts, a retry in the visitor's language when the game
// fails to load, the drop-a-file educator preview, and recovery from WebGL context loss. Requests
// nothing outside this origin.
(function () {
  'use strict';
  // In the display-check worker (displayChecked, below): create a WebGL2 context and say when done.
  if (typeof document === 'undefined') {
    var context = null;
    try { context = new OffscreenCanvas(1, 1).getContext('webgl2'); } catch (e) { /* no WebGL2 here */ }
    postMessage(!!context);
    return;
  }
  var pageScript = document.currentScript && document.currentScript.src;
  var statusEl = document.getElementById('status');
  var canvas = document.getElementById('canvas');

  // ?lang=xx&scenario=id&kiosk=1&studio=1 -> command-line options of the game.
  function argumentsFromUrl() {
    var params = new URLSearchParams(window.location.search);
    var args = [];
    var lang = params.get('lang');
    if (lang && /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(lang)) args.push('--lang', lang);
    var scenario = params.get('scenario');
    if (scenario && /^[a-z0-9][a-z0-9-]{0,63}$/.test(scenario)) args.push('--scenario', '/assets/scenarios/' + scenario + '.lure');
    if (params.get('kiosk') === '1') args.push('--kiosk');
    if (params.get('studio') === '1') args.push('--studio');  // the educators' Studio
    return args;
  }

  // The deployed page's files have content-hashed names (scripts/build-steps/web-dist.py): index.html lists those
  // the page finds at run time; Emscripten and the language-pack fetch ask locateFile for them.
  var filesMeta = document.querySelector('meta[name="lureproof-files"]');
  var hashedNames = filesMeta ? JSON.parse(filesMeta.content) : {};

  // ---- the text edition: the same game without a display, its accessible mirror as the page ----
  // Chosen before the game starts (?text=1 at once; no WebGL2: displayChecked, below), or by the
  // game when it cannot create its GL context (LureproofPage.displayUnavailable).
  // lureproof-text.css/.js are fetched only then.
  function hasWebGL2() {
    try {
      // The game's own context, with the attributes it asks for (the game then gets this one: a
      // second context costs the main thread a blocking round trip to the GPU process). The drawing
      // buffer is kept between frames: the idle countdown then redraws only its ticking ring
      // (platform::redraw_only), not the whole canvas, once a second.
      if (canvas.getContext('webgl2', { alpha: false, depth: false, stencil: false, antialias: false,
                                         preserveDrawingBuffer: true })) return true;
      var gl = document.createElement('canvas').getContext('webgl2');
      var lose = gl && gl.getExtension('WEBGL_lose_context');
      if (lose) lose.loseContext();
      return !!gl;
    } catch (e) { return false; }
  }
  // A file of the page's own fetched only when needed (the text edition's, the failure notice's).
  function fetchPageFile(tag, name) {
    var el = document.createElement(tag);
    if (tag === 'link') { el.rel = 'stylesheet'; el.href = hashedNames[name] || name; } else el.src = hashedNames[name] || name;
    document.head.appendChild(el);
    return el;
  }
  function startTextEdition(reason) {
    var root = document.documentElement;
    if (root.dataset.textEdition) return;
    root.dataset.textEdition = reason;
    if (window.Module) Module.textEdition = reason;
    fetchPageFile('link', 'lureproof-text.css');
    fetchPageFile('script', 'lureproof-text.js');
  }
  // The first of the browser's languages the game ships, else English: the page's notices speak it.
  function visitorLanguage() {
    var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
    for (var i = 0; i < wanted.length; i++) {
      var code = String(wanted[i]).toLowerCase().split('-')[0];
      if (/^(en|ro|bg|pl|uk|fr|de|it|es|el)$/.test(code)) return code;
    }
    return 'en';
  }

  // ---- a game that fails to download or start: say so, offer a retry -----------------------
  // In the visitor's language: lureproof-failed.js (fetched only then) holds the texts; English when
  // the visitor reads it, or when that file cannot be had either (not within 3 s).
  function showFailure(code, text, retryLabel) {
    if (statusEl.lang) return;
    statusEl.lang = code;
    statusEl.textContent = text.replace('{what}', statusEl.dataset.failure) + ' ';
    var retry = document.createElement('button');
    retry.type = 'button';
    retry.textContent = retryLabel;
    retry.addEventListener('click', function () { window.location.reload(); });
    statusEl.appendChild(retry);
  }
  function loadFailed(what) {
    if ((window.Module && Module.framesRendered) || statusEl.classList.contains('failed')) return;
    statusEl.classList.add('failed');
    statusEl.dataset.failure = what;
    var english = function () {
      showFailure('en', 'The game could not be loaded ({what}). Check the connection and try again.', 'Try again');
    };
    if (visitorLanguage() === 'en') return english();
    fetchPageFile('script', 'lureproof-failed.js').addEventListener('error', english);
    setTimeout(english, 3000);
  }
  window.LureproofPage = {
    displayUnavailable: function () { startTextEdition('gl-failed'); },
    visitorLanguage: visitorLanguage,
    showFailure: showFailure
  };
  window.addEventListener('error', function (e) {
    var src = e.target && (e.target.src || e.target.href);
    if (src && /lureproof\./.test(src)) loadFailed(src.replace(/^.*\//, '') + ' did not download');
    else if (e.message && !(window.Module && Module.framesRendered)) loadFailed(e.message);
  }, true);
  // (A failed fetch of the wasm rejects a promise nobody catches in Emscripten's loader.)
  window.addEventListener('unhandledrejection', function (e) {
    loadFailed(String(e.reason && e.reason.message || e.reason));
  });

  window.Module = {
    canvas: canvas,
    locateFile: function (path) { return hashedNames[path] || path; },
    arguments: argumentsFromUrl(),
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    // No setStatus: with it Emscripten starts main() from a timer instead of at once (a later first frame).
    monitorRunDependencies: function (left) {
      if (left === 0) statusEl.textContent = '';
      else if (left === 1 && mainWaits) setTimeout(startMain, 0);
    },
    preRun: [holdMain],
    onRuntimeInitialized: function () { statusEl.textContent = ''; },
    onFirstFrame: function () { handOverPoster(); },  // called by the game (platform_web.cpp)
    onAbort: function (what) { loadFailed(String(what)); }
  };
  // main() runs in a task of its own, after the wasm's instantiation and the data's unpacking (the
  // last run dependency is this one): one long task would block the page (Total Blocking Time).
  var mainWaits = false;
  function holdMain() {
    mainWaits = true;
    Module.addRunDependency('main');
  }
  function startMain() {
    if (!mainWaits) return;
    mainWaits = false;
    Module.removeRunDependency('main');
  }
  var textWanted = new URLSearchParams(window.location.search).get('text') === '1';
  var studioWanted = new URLSearchParams(window.location.search).get('studio') === '1';
  if (textWanted) startTextEdition('asked');  // without WebGL2: found when the game starts (startGame)

  // ---- the accessible mirror (window.LureproofA11y) --------------------------------------
  // The game publishes its frame as {title, messages, actions}; only changes touch the DOM. The log
  // only appends messages it has not shown (aria-live announces just those); a new title starts a
  // new log, and going back to the title before (closing the settings) restores that log silently.
  // Buttons are kept by id, so a focused button stays focused while the screen around it changes.
  function installMirror() {
    var section = document.getElementById('a11y');
    var titleEl = document.getElementById('a11y-title');
    var logEl = document.getElementById('a11y-log');
    var actionsEl = document.getElementById('a11y-actions');
    var activated = [];
    var shown = new Set();
    var lastTitle = null;
    var previousLog = null;  // {title, nodes, shown} of the screen before this one
    var buttons = new Map(); // action id -> <button>
    var pressWhenShown = null; // an action pressed before the game showed it (the poster's start)

    function focusInMirror() { return section.contains(document.activeElement); }

    function switchLog(title) {
      var nodes = Array.prototype.slice.call(logEl.childNodes);
      var restore = previousLog && previousLog.title === title ? previousLog : null;
      previousLog = { title: lastTitle, nodes: nodes, shown: shown };
      logEl.textContent = '';
      shown = new Set();
      if (!restore) return;
      // Back to the screen before (e.g. the settings closed): its log again, without re-reading it.
      logEl.setAttribute('aria-live', 'off');
      restore.nodes.forEach(function (n) { logEl.appendChild(n); });
      shown = restore.shown;
      // (it stays off while the game reads aloud: platform/speech_web.cpp)
      setTimeout(function () { logEl.setAttribute('aria-live', logEl.dataset.readAloud ? 'off' : 'polite'); }, 0);
    }

    function appendMessages(messages) {
      messages.forEach(function (m) {
        if (shown.has(m.id)) return;
        shown.add(m.id);
        var p = document.createElement('p');
        p.dataset.kind = m.id.slice(0, m.id.indexOf(':'));  // msg, me, flag, app, step, t... (the text edition's styles)
        if (m.speaker) {
          var who = document.createElement('strong');
          who.textContent = m.speaker + ': ';
          p.appendChild(who);
        }
        p.appendChild(document.createTextNode(m.text));
        logEl.appendChild(p);
      });
    }

    function buttonFor(a) {
      var b = buttons.get(a.id);
      if (!b) {
        b = document.createElement('button');
        b.type = 'button';
        b.dataset.actionId = a.id;
        b.addEventListener('click', function () {
          if (b.getAttribute('aria-disabled') !== 'true') activated.push(b.dataset.actionId);
        });
        buttons.set(a.id, b);
      }
      var text = a.enabled || !a.note ? a.label : a.label + ' (' + a.note + ')';
      if (b.textContent !== text) b.textContent = text;
      if (a.enabled) b.removeAttribute('aria-disabled'); else b.setAttribute('aria-disabled', 'true');
      if (a.lang) b.lang = a.lang; else b.removeAttribute('lang');
      if (a.pressed >= 0) b.setAttribute('aria-pressed', a.pressed ? 'true' : 'false');
      else b.removeAttribute('aria-pressed');
      return b;
    }

    // Returns the first action id that was not there before (where focus goes when its button left).
    function renderActions(actions) {
      var focused = document.activeElement;
      var focusedId = focused && focused.dataset ? focused.dataset.actionId : null;
      var focusedIndex = focusedId ? Array.prototype.indexOf.call(actionsEl.children, focused) : -1;
      var keep = new Set();
      var firstNew = null;
      actions.forEach(function (a, i) {
        if (!buttons.has(a.id) && firstNew === null) firstNew = a.id;
        var b = buttonFor(a);
        keep.add(a.id);
        var at = actionsEl.children[i];
        if (at !== b) actionsEl.insertBefore(b, at || null);
      });
      buttons.forEach(function (b, id) {
        if (!keep.has(id)) { b.remove(); buttons.delete(id); }
      });
      if (focusedId && !keep.has(focusedId)) {
        // The focused button is gone (its action happened): the newest action, else the same place.
        var next = firstNew !== null ? buttons.get(firstNew)
                 : actionsEl.children[Math.min(focusedIndex, actionsEl.children.length - 1)];
        (next || titleEl).focus();
      } else if (focusedId && document.activeElement !== buttons.get(focusedId)) {
        buttons.get(focusedId).focus();  // moved in the DOM
      }
    }

    function pressPending() {
      if (pressWhenShown === null || !buttons.has(pressWhenShown)) return;
      activated.push(pressWhenShown);
      pressWhenShown = null;
      Module.wakeRequested = 1;
    }

    window.LureproofA11y = {
      setLanguage: function (code) { document.documentElement.lang = code; },
      // The settings, for the text edition's CSS: --text-size (1 = 100 %) and data-contrast.
      setReading: function (size, high) {
        document.documentElement.style.setProperty('--text-size', String(size));
        document.documentElement.dataset.contrast = high ? 'high' : 'normal';
      },
      publish: function (view) {
        if (view.title !== lastTitle) {
          var hadFocus = focusInMirror();
          switchLog(view.title);
          lastTitle = view.title;
          titleEl.textContent = view.title;  // document.title stays constant (browser history)
          appendMessages(view.messages);
          renderActions(view.actions);
          // A new screen: keyboard and screen-reader users continue from its heading.
          if (hadFocus) titleEl.focus();
          pressPending();
          return;
        }
        appendMessages(view.messages);
        renderActions(view.actions);
        pressPending();
      },
      pressWhenShown: function (id) { pressWhenShown = id; },
      takeActivated: function () { var a = activated; activated = []; return a; },
      takeDropped: function () { return takeDroppedFile(); },
      showDiagnostics: function (report) { showPreviewReport(report); }
    };
  }
  installMirror();

  // ---- the poster: the attract screen in HTML until the game's first frame --------------------
  // Its start button works at once: the press waits until the game shows its own start action. At
  // the hand-over the poster leaves the accessibility tree first, so nothing is announced twice
  // (the mirror then carries the same screen), and fades out over the canvas.
  var poster = document.getElementById('poster');
  var posterStart = document.getElementById('poster-start');
  if (new URLSearchParams(window.location.search).get('studio') === '1') poster.hidden = true;
  posterStart.addEventListener('click', function () {
    window.LureproofA11y.pressWhenShown('start');
    posterStart.textContent = 'Starting…';
  });
  function handOverPoster() {
    if (poster.hidden || poster.classList.contains('leaving')) return;
    var hadFocus = poster.contains(document.activeElement);
    poster.setAttribute('aria-hidden', 'true');
    poster.inert = true;  // nor focusable while it fades (axe: aria-hidden-focus)
    poster.classList.add('leaving');
    if (hadFocus) document.getElementById('a11y-title').focus();
    // No fade in the text edition: there is no canvas to fade into.
    var still = window.matchMedia('(prefers-reduced-motion: reduce)').matches || !!document.documentElement.dataset.textEdition;
    setTimeout(function () { poster.hidden = true; }, still ? 0 : 300);
  }

  // ---- keyboard: the DOM's own keys stay in the DOM ---------------------------------------
  // SDL listens for keys on the window and cancels Tab, arrows and (mostly) every keydown, which
  // would stop Tab from ever reaching the mirror and Enter/Space from pressing its buttons. Keys
  // typed in the mirror or the preview controls therefore stop before the window; a Tab typed
  // anywhere else (page body, canvas) moves into the mirror instead of reaching the game.
  function installKeyboardRouting() {
    var regions = ['poster', 'a11y', 'educator-preview', 'preview'].map(function (id) { return document.getElementById(id); });
    regions.forEach(function (region) {
      ['keydown', 'keyup', 'keypress'].forEach(function (type) {
        region.addEventListener(type, function (e) { e.stopPropagation(); });
      });
    });
    window.addEventListener('keydown', function (e) {
      if (e.key !== 'Tab' || regions.some(function (r) { return r.contains(e.target); })) return;
      var focusable = Array.prototype.slice.call(document.querySelectorAll(
        '#a11y button, #educator-preview:not([hidden]) input, #preview:not([hidden]) button'));
      if (!focusable.length) return;
      e.stopPropagation();
      e.preventDefault();
      focusable[e.shiftKey ? focusable.length - 1 : 0].focus();
    }, true);
  }
  installKeyboardRouting();

  // ---- educator preview: drop a .lure or .twee file on the page, or pick one ---------------
  // The file is read in the browser and written to the game's virtual file system (/preview/);
  // nothing is uploaded. The game checks it (a11y::take_dropped_file) and either plays it or lists
  // its diagnostics here (a11y::show_diagnostics).
  var droppedPath = '';
  function takeDroppedFile() { var d = droppedPath; droppedPath = ''; return d; }

  function showPreviewReport(report) {
    var panel = document.getElementById('preview');
    document.getElementById('preview-file').textContent = report.file;
    var list = document.getElementById('preview-diagnostics');
    list.textContent = '';
    var errors = report.lines.filter(function (l) { return / error /.test(l) || /: error:/.test(l); }).length;
    document.getElementById('preview-summary').textContent = errors
      ? errors + (errors === 1 ? ' error: the file was not loaded. The game keeps running.' : ' errors: the file was not loaded. The game keeps running.')
      : 'The file is valid and is playing now.' + (report.lines.length ? ' Warnings:' : '');
    report.lines.forEach(function (line) {
      var li = document.createElement('li');
      li.textContent = line;
      list.appendChild(li);
    });
    panel.hidden = false;
  }

  function installPreview() {
    var panel = document.getElementById('preview');
    var hint = document.getElementById('drop-hint');
    var input = document.getElementById('preview-input');
    var educator = document.getElementById('educator-preview');
    // A kiosk has no educators at it; the Studio opens dropped files itself.
    var params = new URLSearchParams(window.location.search);
    if (params.get('kiosk') === '1' || params.get('studio') === '1') educator.hidden = true;
    document.getElementById('preview-close').addEventListener('click', function () { panel.hidden = true; });
    window.addEventListener('dragover', function (e) { e.preventDefault(); hint.hidden = false; });
    window.addEventListener('dragleave', function (e) { if (e.target === hint) hint.hidden = true; });
    window.addEventListener('drop', function (e) {
      e.preventDefault();
      hint.hidden = true;
      var file = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
      if (file) window.LureproofPreview(file.name, file);
    });
    input.addEventListener('change', function () {
      if (input.files && input.files[0]) window.LureproofPreview(input.files[0].name, input.files[0]);
      input.value = '';
    });
  }
  installPreview();

  // Also used by tests: LureproofPreview(name, Blob|string).
  window.LureproofPreview = function (name, content) {
    var safe = String(name).replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 80) || 'dropped.lure';
    var write = function (text) {
      try { Module.FS.mkdir('/preview'); } catch (err) { /* exists */ }
      Module.FS.writeFile('/preview/' + safe, text);
      droppedPath = '/preview/' + safe;
      Module.wakeRequested = 1;  // read asynchronously: the drop's own wake-up may have passed
    };
    if (typeof content === 'string') write(content);
    else content.text().then(write);
  };

  canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });

  // ---- WebGL context loss: reload cleanly once the browser restores the context ----------
  canvas.addEventListener('webglcontextlost', function (e) {
    e.preventDefault();
    statusEl.textContent = 'Restoring the display…';
  }, false);
  canvas.addEventListener('webglcontextrestored', function () { window.location.reload(); }, false);

  // ---- the display, decided while the game downloads --------------------------------------
  // Creating the first WebGL context makes the browser's GPU process start its GL (with a software
  // renderer 0.4-2.5 s here), and getContext waits for it on the calling thread. A worker (this same
  // script, below) creates a throwaway context first and so takes that wait; the page's own getContext
  // (hasWebGL2) afterwards takes about 10 ms. Without workers or OffscreenCanvas it is asked directly.
  function displayChecked() {
    return new Promise(function (resolve) {
      var done = false;
      var decide = function () {
        if (done) return;
        done = true;
        if (!textWanted && !hasWebGL2()) startTextEdition('no-webgl2');
        else if (!textWanted) warmShaderCompiler();
        if (warmer) warmer.terminate();
        resolve();
      };
      var warmer = null;
      if (!textWanted && window.Worker && window.OffscreenCanvas && pageScript) {
        try {
          warmer = new Worker(pageScript);
          warmer.onmessage = warmer.onerror = function () { setTimeout(decide, 0); };
          setTimeout(decide, 10000);  // a worker that never answers
          return;
        } catch (e) { warmer = null; }
      }
      setTimeout(decide, 0);
    });
  }

  // The GPU process sets up its shader compiler on a context's first compile (0.1-0.3 s with a software
  // renderer), and the game's first status query waits for it. A throwaway program compiled now, on the
  // game's own context and never queried, lets that happen while the game still downloads.
  function warmShaderCompiler() {
    try {
      var gl = canvas.getContext('webgl2');
      var program = gl.createProgram();
      [[gl.VERTEX_SHADER, 'void main() { gl_Position = vec4(0.0); }'],
       [gl.FRAGMENT_SHADER, 'precision mediump float; out vec4 c; void main() { c = vec4(0.0); }']].forEach(function (s) {
        var shader = gl.createShader(s[0]);
        gl.shaderSource(shader, '#version 300 es\n' + s[1]);
        gl.compileShader(shader);
        gl.attachShader(program, shader);
        gl.deleteShader(shader);
      });
      gl.linkProgram(program);
      gl.deleteProgram(program);
      gl.flush();
    } catch (e) { /* only a head start: the game compiles its own */ }
  }

  // ---- the canvas edition's fonts: fetched with the game, never for the text edition -------------
  // lureproof-fonts.data (scripts/build-steps/web-fonts.py) is a JSON line [[path, size], ...] and then the files;
  // they go into the game's file system before main() (a run dependency, 'display', holds it back until
  // the display is decided and the fonts are there).
  function fetchCanvasFonts() {
    var name = 'lureproof-fonts.data';
    if (document.documentElement.dataset.textEdition) return null;
    return fetch(hashedNames[name] || name).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.arrayBuffer();
    });
  }
  function writeCanvasFonts(buffer) {
    if (!buffer) return;
    var bytes = new Uint8Array(buffer), offset = bytes.indexOf(10) + 1;
    JSON.parse(new TextDecoder().decode(bytes.subarray(0, offset - 1))).forEach(function (f) {
      Module.FS_createPath('/', f[0].replace(/\/[^/]*$/, ''), true, true);
      Module.FS.writeFile(f[0], bytes.subarray(offset, offset += f[1]));
    });
  }

  // ---- the game starts after the poster's first paint -------------------------------------
  // Its start-up (fetching 0.4 MB, instantiating the wasm, unpacking the data, the first frames) holds
  // the network and the main thread for a while. Started with the page, it held the poster's first
  // paint back by seconds on a slow phone (Lighthouse, mobile preset: FCP 3.2 s, LCP 7.0 s); started
  // once the browser reports that paint, the poster shows first. (A browser without paint timing
  // starts it at once; 10 s is the most it waits, for a paint that is never reported.) The game's
  // script, the display check and the fonts then go on side by side; main() waits for all of them.
  var gameScript = document.querySelector('link[rel="preload"][as="script"]');
  var started = false;
  function startGame() {
    if (started) return;
    started = true;
    var fonts = displayChecked().then(fetchCanvasFonts);
    Module.preRun.push(function () {
      Module.addRunDependency('display');
      fonts.then(function (buffer) {
        writeCanvasFonts(buffer);
        Module.removeRunDependency('display');
      }, function () { loadFailed('lureproof-fonts.data did not download'); });
    });
    var script = document.createElement('script');
    // The Studio is a page of its own (docs/web.md): the visitor's page carries none of its code.
    script.src = studioWanted ? hashedNames['lureproof-studio.js'] || 'lureproof-studio.js' : gameScript.href;
    document.body.appendChild(script);
  }
  var paintTiming = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes &&
                    PerformanceObserver.supportedEntryTypes.indexOf('paint') >= 0;
  if (poster.hidden || !paintTiming) {
    startGame();
  } else {
    new PerformanceObserver(function (list, observer) {
      observer.disconnect();
      setTimeout(startGame, 0);
    }).observe({ type: 'paint', buffered: true });
    setTimeout(startGame, 10000);
  }
})();
