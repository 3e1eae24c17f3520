// Speech output for read aloud (issue #21), one utterance at a time. Natively espeak-ng synthesises
// into memory on a worker thread and SDL audio plays it (speech_native.cpp); in the browser the Web
// Speech API speaks with a voice of the device only (`localService`), so no text leaves it
// (speech_web.cpp). Without either, nothing is said (platform_headless.cpp).
#pragma once

#include <string>

namespace lureproof::platform::speech {

// Whether a voice for `language` (a code such as "ro") can speak here. Unknown while the browser is
// still listing its voices (natively: while espeak-ng loads, on its thread).
enum class Voice { Available, Missing, Unknown };
Voice voice_for(const std::string& language);

// Starts saying `text` in `language` at `rate` (1 = normal, 0.5..2), stopping what was being said.
// Returns at once: frames never wait for speech.
void speak(const std::string& text, const std::string& language, float rate);
// Stops what is being said.
void stop();
// Whether an utterance is still being synthesised or heard.
bool speaking();
// Read aloud was turned on or off. The web page's accessible mirror then stops announcing its log
// (aria-live off), so a screen-reader user does not hear everything twice; natively nothing.
void set_enabled(bool on);

}  // namespace lureproof::platform::speech
