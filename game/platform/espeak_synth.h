// espeak-ng as a synthesiser into memory (AUDIO_OUTPUT_SYNCHRONOUS with a synth callback), without
// audio output of its own: speech_native.cpp plays the samples through SDL, tests/game measure them.
// espeak-ng keeps global state: use it from one thread at a time.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace lureproof::platform {

class EspeakSynth {
 public:
  EspeakSynth() = default;
  ~EspeakSynth();
  EspeakSynth(const EspeakSynth&) = delete;
  EspeakSynth& operator=(const EspeakSynth&) = delete;
  // Loads espeak-ng's data; false (with `error`) when it is missing.
  bool init(std::string& error);
  int sample_rate() const { return sample_rate_; }  // Hz of the 16-bit mono samples
  // Whether espeak-ng has a voice whose language is `language` or a variant of it ("en" -> "en-gb").
  bool has_voice(const std::string& language) const { return speaks(languages_, language); }
  // Every language code espeak-ng has a voice for (read once by init; MBROLA voices, which need a
  // program Debian installs apart, left out), and the test above on such a list.
  const std::vector<std::string>& languages() const { return languages_; }
  static bool speaks(const std::vector<std::string>& codes, const std::string& language);
  // Synthesises `text` (UTF-8) in `language` at `rate` (1 = 175 words a minute). Each block of
  // samples goes to `sink`, which returns false to abort. False when the voice or synthesis failed.
  using Sink = std::function<bool(const short* samples, int count)>;
  bool synthesise(const std::string& text, const std::string& language, float rate, const Sink& sink);

 private:
  int sample_rate_ = 0;
  std::vector<std::string> languages_;
  std::vector<std::string> voices_;  // the name of the voice of each of languages_
};

}  // namespace lureproof::platform
