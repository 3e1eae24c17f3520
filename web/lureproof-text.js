// The text edition's page script, fetched only when the page runs the game without a display (no
// WebGL2, a GL context the game could not create, or ?text=1; web/lureproof-page.js): it says why
// in the visitor's language and turns the accessible mirror into a readable page (lureproof-text.css):
// helplines as tel: links, web addresses as links, the debrief's steps, roads not taken and red
// flags as lists.
(function () {
  'use strict';
  // Why there are no graphics, in the ten UI languages (informal, as the game's own texts).
  var NO_GRAPHICS = {
    en: 'Your browser cannot show this game\'s graphics (WebGL2 is switched off or missing), so here is the same game as text. Everything works the same way.',
    ro: 'Browserul tău nu poate afișa grafica acestui joc (WebGL2 este oprit sau lipsește), așa că iată același joc ca text. Totul funcționează la fel.',
    bg: 'Браузърът ти не може да покаже графиката на тази игра (WebGL2 е изключен или липсва), затова ето същата игра като текст. Всичко работи по същия начин.',
    pl: 'Twoja przeglądarka nie może pokazać grafiki tej gry (WebGL2 jest wyłączony lub go brakuje), więc oto ta sama gra jako tekst. Wszystko działa tak samo.',
    uk: 'Твій браузер не може показати графіку цієї гри (WebGL2 вимкнено або його немає), тож ось та сама гра у вигляді тексту. Усе працює так само.',
    fr: 'Ton navigateur ne peut pas afficher les graphismes de ce jeu (WebGL2 est désactivé ou absent) : voici donc le même jeu en texte. Tout fonctionne de la même façon.',
    de: 'Dein Browser kann die Grafik dieses Spiels nicht zeigen (WebGL2 ist ausgeschaltet oder fehlt). Hier ist deshalb dasselbe Spiel als Text. Alles funktioniert genauso.',
    it: 'Il tuo browser non può mostrare la grafica di questo gioco (WebGL2 è disattivato o manca), quindi ecco lo stesso gioco come testo. Tutto funziona allo stesso modo.',
    es: 'Tu navegador no puede mostrar los gráficos de este juego (WebGL2 está desactivado o no existe), así que aquí tienes el mismo juego como texto. Todo funciona igual.',
    el: 'Ο περιηγητής σου δεν μπορεί να δείξει τα γραφικά αυτού του παιχνιδιού (το WebGL2 είναι κλειστό ή λείπει), γι\' αυτό ορίστε το ίδιο παιχνίδι ως κείμενο. Όλα λειτουργούν με τον ίδιο τρόπο.'
  };

  var reason = document.documentElement.dataset.textEdition;
  var mirror = document.getElementById('a11y');
  if (reason !== 'asked') {
    var code = window.LureproofPage.visitorLanguage();  // the first of the browser's languages we ship
    var notice = document.createElement('p');
    notice.id = 'text-notice';
    notice.lang = code;
    notice.textContent = NO_GRAPHICS[code];
    mirror.parentNode.insertBefore(notice, mirror);
  }

  // A helpline number alone in its paragraph ("+40 800 800 678", "116 006") becomes a tel: link;
  // a web address becomes a link. Both only open when the visitor follows them.
  var PHONE = /^\+?[0-9][0-9 ()-]{1,}[0-9]$/;
  var URL = /https:\/\/[^\s]+/;
  function linkify(p) {
    var node = p.firstChild;
    if (!node || node.nodeType !== 3 || p.childNodes.length !== 1) return;  // plain text only, no speaker
    var text = node.nodeValue.trim();
    var a = document.createElement('a');
    var found = text;
    if (PHONE.test(text)) a.href = 'tel:' + text.replace(/[^0-9+]/g, '');
    else if ((found = (URL.exec(text) || [''])[0])) a.href = found;
    else return;
    var rest = node.splitText(node.nodeValue.indexOf(found));
    rest.splitText(found.length);
    a.textContent = found;
    p.replaceChild(a, rest);
  }

  // Consecutive entries of one kind (the debrief's steps, its red flags) become one list.
  function listify(log, kind, tag) {
    Array.prototype.slice.call(log.querySelectorAll(':scope > p[data-kind="' + kind + '"]')).forEach(function (p) {
      var prev = p.previousElementSibling;
      var list = prev && prev.tagName === tag.toUpperCase() && prev.dataset.kind === kind ? prev : null;
      if (!list) {
        list = document.createElement(tag);
        list.dataset.kind = kind;
        log.insertBefore(list, p);
      }
      var li = document.createElement('li');
      while (p.firstChild) li.appendChild(p.firstChild);
      list.appendChild(li);
      p.remove();
    });
  }

  function enhance() {
    var log = document.getElementById('a11y-log');
    Array.prototype.forEach.call(log.querySelectorAll('p:not([data-linked])'), function (p) {
      p.dataset.linked = '1';
      linkify(p);
    });
    listify(log, 'step', 'ol');
    listify(log, 'flagentry', 'ul');
    listify(log, 'road', 'ul');
  }

  var a11y = window.LureproofA11y;
  var publish = a11y.publish;
  a11y.publish = function (view) {
    publish.call(this, view);
    enhance();
  };
  enhance();
})();
