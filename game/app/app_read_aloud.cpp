// Read aloud in the visitor's frame (issue #21): the frame's accessible view feeds ReadAloud, whose
// next utterance goes to platform/speech.h when the last one has been said.
#include "app/app.h"

#include "l10n/tr.h"
#include "platform/platform.h"
#include "platform/speech.h"
#include "ui/frame_demand.h"

namespace lureproof {

namespace {

// The screens whose texts are read, besides their heading and the story's choices: the story, its
// ending and debrief, and what frames them (the content note, the help).
bool reads_texts(Screen screen) {
  switch (screen) {
    case Screen::Play:
    case Screen::Ending:
    case Screen::Debrief:
    case Screen::ContentNote:
    case Screen::Help: return true;
    default: return false;
  }
}

ScreenSpeech screen_speech(const UiTrace& t, const std::string& language, bool keys, bool read_texts) {
  ScreenSpeech out;
  out.language = language;
  out.heading = t.title;
  out.modal = t.modal;
  out.read_texts = read_texts || t.modal;  // an overlay's texts: the idle warning, a note in the settings
  out.keys = keys;
  out.focused = t.focused;
  for (size_t i = t.modal ? t.modal_messages : 0; i < t.messages.size(); ++i)
    out.messages.push_back({t.messages[i].id, t.messages[i].speaker, t.messages[i].text, {}});
  for (size_t i = t.modal ? t.modal_actions : 0; i < t.actions.size(); ++i)
    out.actions.push_back({t.actions[i].id, {}, t.actions[i].label, t.actions[i].lang});
  return out;
}

}  // namespace

std::string App::read_aloud_note() const {
  if (!session_.settings.read_aloud) return {};
  return platform::speech::voice_for(ui_language()) == platform::speech::Voice::Missing
             ? tr("No voice for this language on this device")
             : std::string();
}

void App::stop_reading_aloud() {
  platform::speech::stop();
  read_aloud_.reset();
}

void App::read_aloud_frame(SpeechCommand command) {
  const bool on = session_.settings.read_aloud;
  if (on != reading_aloud_) {
    reading_aloud_ = on;
    stop_reading_aloud();
    platform::speech::set_enabled(on);
  }
  if (!on) return;
  if (session_.screen != read_aloud_screen_) {
    // Back at the story list (or a new visitor): the next story's messages are all new.
    if (session_.screen == Screen::Stories || session_.screen == Screen::Attract) read_aloud_.forget_messages();
    read_aloud_screen_ = session_.screen;
  }
  switch (command) {
    case SpeechCommand::Stop:
      read_aloud_.stop();
      platform::speech::stop();
      break;
    case SpeechCommand::Skip: platform::speech::stop(); break;
    case SpeechCommand::Repeat:
      platform::speech::stop();
      read_aloud_.repeat();
      break;
    case SpeechCommand::None: break;
  }
  const bool keys = platform::input_device() == platform::InputDevice::Keys;
  read_aloud_.observe(screen_speech(ui_trace(), ui_language(), keys, reads_texts(session_.screen)));
  if (!platform::speech::speaking() && read_aloud_.has_next()) {
    const Utterance u = read_aloud_.take_next();
    harness_.utterance_started(u.language, utterance_kind_name(u.kind), u.id, u.text);
    platform::speech::speak(u.text, u.language, config_.speech_rate);
  }
  // Frames keep coming while there is speech to follow (the next utterance starts on one).
  if (platform::speech::speaking() || read_aloud_.has_next()) need_frame_in(0.1);
}

}  // namespace lureproof
