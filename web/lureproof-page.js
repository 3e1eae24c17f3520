// Page glue for the web edition: the Emscripten Module (URL parameters become program arguments),
// the accessible DOM mirror the game keeps in sync (window.LureproofA11y), the drop-a-file educator
// preview, and recovery from WebGL context loss. Requests nothing outside this origin.
(function () {
  'use strict';
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

  window.Module = {
    canvas: canvas,
    arguments: argumentsFromUrl(),
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    setStatus: function (text) { statusEl.textContent = text ? 'Loading…' : ''; },
    monitorRunDependencies: function (left) { if (left === 0) statusEl.textContent = ''; },
    onRuntimeInitialized: function () { statusEl.textContent = ''; }
  };

  // ---- the accessible mirror -------------------------------------------------------------
  var titleEl = document.getElementById('a11y-title');
  var logEl = document.getElementById('a11y-log');
  var actionsEl = document.getElementById('a11y-actions');
  var activated = [];
  var shownMessageIds = [];
  var lastTitle = null;
  var lastActionsKey = '';

  function renderActions(actions) {
    var key = JSON.stringify(actions);
    if (key === lastActionsKey) return;
    lastActionsKey = key;
    var focusedId = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.actionId : null;
    actionsEl.textContent = '';
    actions.forEach(function (a) {
      var b = document.createElement('button');
      b.type = 'button';
      b.textContent = a.label;
      b.dataset.actionId = a.id;
      if (!a.enabled) {
        b.setAttribute('aria-disabled', 'true');
        if (a.note) b.textContent = a.label + ' (' + a.note + ')';
      }
      b.addEventListener('click', function () { if (a.enabled) activated.push(a.id); });
      actionsEl.appendChild(b);
      if (a.id === focusedId) b.focus();
    });
    // Keep keyboard focus inside the mirror when the screen changes under it.
    if (focusedId && !actionsEl.contains(document.activeElement) && actionsEl.firstChild) actionsEl.firstChild.focus();
  }

  window.LureproofA11y = {
    setLanguage: function (code) { document.documentElement.lang = code; },
    publish: function (view) {
      if (view.title !== lastTitle) {
        lastTitle = view.title;
        titleEl.textContent = view.title;
        document.title = view.title ? view.title + ' – Lureproof' : 'Lureproof';
      }
      var ids = view.messages.map(function (m) { return m.id; });
      var continues = shownMessageIds.length <= ids.length &&
        shownMessageIds.every(function (id, i) { return ids[i] === id; });
      if (!continues) { logEl.textContent = ''; shownMessageIds = []; }
      for (var i = shownMessageIds.length; i < view.messages.length; i++) {
        var m = view.messages[i];
        var p = document.createElement('p');
        if (m.speaker) {
          var who = document.createElement('strong');
          who.textContent = m.speaker + ': ';
          p.appendChild(who);
        }
        p.appendChild(document.createTextNode(m.text));
        logEl.appendChild(p);
        shownMessageIds.push(m.id);
      }
      renderActions(view.actions);
    },
    takeActivated: function () { var a = activated; activated = []; return a; },
    takeDropped: function () { var d = dropped; dropped = ''; return d; },
    showDiagnostics: function (report) {
      document.getElementById('preview-file').textContent = report.file;
      var list = document.getElementById('preview-diagnostics');
      list.textContent = '';
      if (!report.lines.length) {
        var ok = document.createElement('li');
        ok.textContent = 'No problems found.';
        list.appendChild(ok);
      }
      report.lines.forEach(function (line) {
        var li = document.createElement('li');
        li.textContent = line;
        list.appendChild(li);
      });
      preview.hidden = false;
    }
  };

  // ---- educator preview: drop a .lure or .twee file on the page --------------------------
  var dropped = '';
  var preview = document.getElementById('preview');
  var hint = document.getElementById('drop-hint');
  document.getElementById('preview-close').addEventListener('click', function () { preview.hidden = true; });
  window.addEventListener('dragover', function (e) { e.preventDefault(); hint.hidden = false; });
  window.addEventListener('dragleave', function (e) { if (e.target === hint) hint.hidden = true; });
  window.addEventListener('drop', function (e) {
    e.preventDefault();
    hint.hidden = true;
    var file = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
    if (!file) return;
    window.LureproofPreview(file.name, file);
  });
  // Also used by tests: LureproofPreview(name, Blob|string).
  window.LureproofPreview = function (name, content) {
    var safe = String(name).replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 80) || 'dropped.lure';
    var write = function (text) {
      try { Module.FS.mkdir('/preview'); } catch (err) { /* exists */ }
      Module.FS.writeFile('/preview/' + safe, text);
      dropped = '/preview/' + safe;
    };
    if (typeof content === 'string') write(content);
    else content.text().then(write);
  };

  // ---- WebGL context loss: reload cleanly once the browser restores the context ----------
  canvas.addEventListener('webglcontextlost', function (e) {
    e.preventDefault();
    statusEl.textContent = 'Restoring the display…';
  }, false);
  canvas.addEventListener('webglcontextrestored', function () { window.location.reload(); }, false);
})();
