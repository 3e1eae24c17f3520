// espeak-ng synthesises into memory (game/platform/espeak_synth.h) in every shipped language: the
// attract screen's tagline in that language (the build's taglines.tsv) is not silent, and the same
// line said twice lasts longer than once.
#include "platform/espeak_synth.h"

#include <lure/l10n.h>

#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <string>
#include <vector>

using lureproof::platform::EspeakSynth;

namespace {

std::map<std::string, std::string> taglines() {
  std::map<std::string, std::string> out;
  std::ifstream in(std::string(LUREPROOF_BUILD_ASSETS) + "/l10n/taglines.tsv");
  for (std::string line; std::getline(in, line);) {
    const size_t tab = line.find('\t');
    if (line.empty() || line[0] == '#' || tab == std::string::npos) continue;
    out[line.substr(0, tab)] = line.substr(tab + 1);
  }
  return out;
}

struct Measure {
  std::vector<short> samples;
  double seconds = 0, rms = 0;
  int peak = 0;
};

Measure say(EspeakSynth& synth, const std::string& text, const std::string& language) {
  Measure m;
  const bool ok = synth.synthesise(text, language, 1.f, [&](const short* s, int n) {
    m.samples.insert(m.samples.end(), s, s + n);
    return true;
  });
  CHECK_MESSAGE(ok, language);
  double sum = 0;
  for (short s : m.samples) {
    sum += double(s) * s;
    m.peak = std::max(m.peak, std::abs(int(s)));
  }
  m.seconds = double(m.samples.size()) / synth.sample_rate();
  m.rms = m.samples.empty() ? 0 : std::sqrt(sum / double(m.samples.size()));
  return m;
}

}  // namespace

TEST_CASE("espeak-ng says a known line in every shipped language into a buffer") {
  EspeakSynth synth;
  std::string error;
  REQUIRE_MESSAGE(synth.init(error), error);
  CHECK(synth.sample_rate() > 8000);
  const std::map<std::string, std::string> lines = taglines();
  REQUIRE(lines.size() >= lure::shipped_languages().size());
  for (const std::string& language : lure::shipped_languages()) {
    CAPTURE(language);
    REQUIRE(lines.count(language) == 1);
    const std::string& line = lines.at(language);
    CHECK(synth.has_voice(language));
    const Measure once = say(synth, line, language);
    const Measure twice = say(synth, line + " " + line, language);
    MESSAGE(language << ": \"" << line << "\" " << once.seconds << " s (rms " << once.rms << ", peak " << once.peak
                     << "), twice " << twice.seconds << " s");
    CHECK(once.seconds > 0.5);  // a few words
    CHECK(once.peak > 3000);    // of 32767: speech, not silence or noise
    CHECK(once.rms > 300);
    CHECK(twice.seconds > once.seconds * 1.6);
  }
}

TEST_CASE("espeak-ng refuses a language it has no voice for, and stops when the sink says so") {
  EspeakSynth synth;
  std::string error;
  REQUIRE(synth.init(error));
  CHECK_FALSE(synth.has_voice("xx"));
  CHECK_FALSE(synth.synthesise("hello", "xx", 1.f, [](const short*, int) { return true; }));
  int blocks = 0;
  synth.synthesise("A long sentence that takes many blocks of samples to say out loud, and then some more.", "en", 1.f,
                   [&](const short*, int) { return ++blocks < 2; });
  CHECK(blocks == 2);  // aborted at the second block
  // A faster rate says the same line in less time.
  auto length = [&](float rate) {
    size_t n = 0;
    synth.synthesise("Too good to be true?", "en", rate, [&](const short*, int count) {
      n += size_t(count);
      return true;
    });
    return n;
  };
  CHECK(length(2.f) < length(1.f));
}
