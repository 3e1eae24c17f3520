// EspeakSynth: espeak-ng's synchronous synthesis into a callback.
#include "platform/espeak_synth.h"

#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <cstring>

namespace lureproof::platform {

namespace {

int on_samples(short* wav, int count, espeak_EVENT* events) {
  const auto* sink = events ? static_cast<const EspeakSynth::Sink*>(events->user_data) : nullptr;
  if (!sink || !wav || count <= 0) return 0;  // the end, or events only
  return (*sink)(wav, count) ? 0 : 1;         // 1 aborts the synthesis
}

}  // namespace

// espeak-ng is loaded once per process and never unloaded: espeak_Terminate of 1.51 waits forever
// for its event thread after synchronous synthesis.
EspeakSynth::~EspeakSynth() = default;

bool EspeakSynth::init(std::string& error) {
  if (sample_rate_ > 0) return true;
  static const int loaded = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 200, nullptr, espeakINITIALIZE_DONT_EXIT);
  const int rate = loaded;
  if (rate <= 0) {
    error = "espeak-ng could not start (is espeak-ng-data installed?)";
    return false;
  }
  sample_rate_ = rate;
  espeak_SetSynthCallback(on_samples);
  const espeak_VOICE** voices = espeak_ListVoices(nullptr);
  for (; voices && *voices; ++voices) {
    const espeak_VOICE& v = **voices;
    if (!v.name || !v.identifier || std::strncmp(v.identifier, "mb/", 3) == 0) continue;
    // `languages`: a priority byte, then a code ending in NUL, repeated; a zero byte ends the list.
    for (const char* p = v.languages; p && *p; p += std::strlen(p + 1) + 2) {
      languages_.emplace_back(p + 1);
      voices_.emplace_back(v.name);
    }
  }
  return true;
}

bool EspeakSynth::speaks(const std::vector<std::string>& codes, const std::string& language) {
  return !language.empty() && std::any_of(codes.begin(), codes.end(), [&](const std::string& code) {
    return code == language || code.rfind(language + "-", 0) == 0;
  });
}

bool EspeakSynth::synthesise(const std::string& text, const std::string& language, float rate, const Sink& sink) {
  if (sample_rate_ <= 0 || language.empty()) return false;
  // The voice of the language itself ("ro"), else of its first variant ("fr" -> "fr-fr").
  size_t pick = languages_.size();
  for (size_t i = 0; i < languages_.size() && pick == languages_.size(); ++i)
    if (languages_[i] == language) pick = i;
  for (size_t i = 0; i < languages_.size() && pick == languages_.size(); ++i)
    if (languages_[i].rfind(language + "-", 0) == 0) pick = i;
  if (pick == languages_.size() || espeak_SetVoiceByName(voices_[pick].c_str()) != EE_OK) return false;
  const float r = std::clamp(rate, 0.5f, 2.f);
  espeak_SetParameter(espeakRATE, int(175.f * r), 0);
  Sink copy = sink;  // reached through the callback's user data
  return espeak_Synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, &copy) == EE_OK;
}

}  // namespace lureproof::platform
