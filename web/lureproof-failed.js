// The notice of a game that could not be loaded, in the visitor's language: fetched only then by
// web/lureproof-page.js (loadFailed; it holds the English), which shows it with its retry button.
// {what} is what failed, as the browser said it. Informal, as the game's texts and lureproof-text.js.
(function () {
  'use strict';
  var FAILED = {
    ro: ['Jocul nu a putut fi încărcat ({what}). Verifică conexiunea și încearcă din nou.', 'Încearcă din nou'],
    bg: ['Играта не можа да се зареди ({what}). Провери връзката и опитай отново.', 'Опитай отново'],
    pl: ['Nie udało się wczytać gry ({what}). Sprawdź połączenie i spróbuj ponownie.', 'Spróbuj ponownie'],
    uk: ['Не вдалося завантажити гру ({what}). Перевір з\'єднання і спробуй ще раз.', 'Спробуй ще раз'],
    fr: ['Le jeu n\'a pas pu être chargé ({what}). Vérifie la connexion et réessaie.', 'Réessayer'],
    de: ['Das Spiel konnte nicht geladen werden ({what}). Prüfe die Verbindung und versuche es noch einmal.', 'Noch einmal versuchen'],
    it: ['Non è stato possibile caricare il gioco ({what}). Controlla la connessione e riprova.', 'Riprova'],
    es: ['No se ha podido cargar el juego ({what}). Comprueba la conexión y vuelve a intentarlo.', 'Volver a intentarlo'],
    el: ['Δεν ήταν δυνατή η φόρτωση του παιχνιδιού ({what}). Έλεγξε τη σύνδεση και δοκίμασε ξανά.', 'Δοκίμασε ξανά']
  };
  var page = window.LureproofPage;
  var code = page.visitorLanguage();
  page.showFailure(code, FAILED[code][0], FAILED[code][1]);
})();
