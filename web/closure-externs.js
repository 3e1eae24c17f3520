// Closure Compiler externs for the web build (used when it is available, see CMakeLists.txt): the
// names the compiled JS glue and our EM_JS/EM_ASM code share with web/lureproof-page.js and the
// browser tests. Closure ADVANCED renames every property not named here, so a new name that crosses
// that boundary (a method of window.LureproofA11y, a Module field the page reads) must be added.
/** @externs */

/** @const */
var LureproofA11y = {};
LureproofA11y.setLanguage = function (code) {};
LureproofA11y.setReading = function (textSize, highContrast) {};
LureproofA11y.publish = function (view) {};
LureproofA11y.takeActivated = function () {};
LureproofA11y.takeDropped = function () {};
LureproofA11y.showDiagnostics = function (report) {};
/** @type {Object} */
window.LureproofA11y;

// The page's side of the text edition (web/lureproof-page.js).
/** @const */
var LureproofPage = {};
LureproofPage.displayUnavailable = function (why) {};
/** @type {Object} */
window.LureproofPage;

// Module fields the page and the tests read.
var LureproofModuleFields = {};
/** @type {number} */
LureproofModuleFields.framesRendered;
/** @type {number} */
LureproofModuleFields.firstFrameTime;
/** @type {number} */
LureproofModuleFields.wasmHeapBytes;  // read by tools/webbench/heap.mjs
/** @type {number} */
LureproofModuleFields.wasmSbrkBytes;
LureproofModuleFields.onFirstFrame = function () {};  // the page hands its poster over to the canvas
/** @type {number} */
LureproofModuleFields.wakeRequested;  // set by the page (e.g. a dropped file is ready)
/** @type {string} */
LureproofModuleFields.textEdition;  // set by the page: why it runs without a display ('' = it does not)

// Module.FS methods the page uses (the drop-a-file preview).
var LureproofFsMethods = {};
LureproofFsMethods.mkdir = function (path) {};
LureproofFsMethods.writeFile = function (path, data) {};
