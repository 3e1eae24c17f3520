// Native speech: espeak-ng synthesises on a worker thread (frames never wait for it) and each block
// of samples is queued on an SDL audio device of its own (the notification ping keeps its device).
#include "platform/espeak_synth.h"
#include "platform/speech.h"

#include <SDL.h>

#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace lureproof::platform::speech {

namespace {

struct Job {
  std::string text, language;
  float rate = 1.f;
  unsigned generation = 0;
};

class Speaker {
 public:
  ~Speaker() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      quit_ = true;
      ++generation_;
    }
    wake_.notify_all();
    if (thread_.joinable()) thread_.join();
    if (device_) SDL_CloseAudioDevice(device_);
  }

  // Starts the worker, which loads espeak-ng, on first use (without waiting for it: a frame never
  // waits). Unknown until it has loaded; then whether it speaks the language.
  Voice voice_for(const std::string& language) {
    std::lock_guard<std::mutex> lock(mutex_);
    start();
    if (!init_done_) return Voice::Unknown;
    return EspeakSynth::speaks(languages_, language) ? Voice::Available : Voice::Missing;
  }

  void speak(Job job) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      start();
      if (init_done_ && !synth_ok_) return;  // no espeak-ng: nothing is said (warned once)
      job.generation = ++generation_;
      job_ = std::move(job);  // taken by the worker once espeak-ng is loaded
      busy_ = true;
      if (device_) SDL_ClearQueuedAudio(device_);
    }
    wake_.notify_all();
  }

  void stop() {
    std::lock_guard<std::mutex> lock(mutex_);
    ++generation_;
    job_.reset();
    busy_ = false;
    if (device_) SDL_ClearQueuedAudio(device_);
  }

  bool speaking() {
    std::lock_guard<std::mutex> lock(mutex_);
    return busy_ || (device_ && SDL_GetQueuedAudioSize(device_) > 0);
  }

 private:
  void start() {  // with the mutex held
    if (started_) return;
    started_ = true;
    thread_ = std::thread([this] { run(); });
  }

  void run() {
    EspeakSynth synth;
    std::string error;
    const bool ok = synth.init(error);
    if (!ok) std::fprintf(stderr, "lureproof: warning: read aloud: %s\n", error.c_str());
    {
      std::lock_guard<std::mutex> lock(mutex_);
      synth_ok_ = ok;
      init_done_ = true;
      languages_ = synth.languages();
      if (ok) open_device(synth.sample_rate());
      else job_.reset(), busy_ = false;
    }
    if (!ok) return;
    for (;;) {
      std::unique_lock<std::mutex> lock(mutex_);
      wake_.wait(lock, [this] { return quit_ || job_; });
      if (quit_) return;
      if (!job_) continue;
      Job job = std::move(*job_);
      job_.reset();
      lock.unlock();
      synth.synthesise(job.text, job.language, job.rate, [&](const short* samples, int count) {
        std::lock_guard<std::mutex> guard(mutex_);
        if (job.generation != generation_ || quit_) return false;  // stopped or replaced
        if (device_) SDL_QueueAudio(device_, samples, Uint32(count) * sizeof(short));
        return true;
      });
      std::lock_guard<std::mutex> guard(mutex_);
      if (job.generation == generation_) busy_ = false;
    }
  }

  // Called with the mutex held. No device (Xvfb, CI): speech is synthesised and dropped.
  void open_device(int sample_rate) {
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) return;
    SDL_AudioSpec want{}, have{};
    want.freq = sample_rate;
    want.format = AUDIO_S16SYS;
    want.channels = 1;
    want.samples = 1024;
    device_ = SDL_OpenAudioDevice(nullptr, 0, &want, &have, 0);  // SDL converts to what the device takes
    if (device_) SDL_PauseAudioDevice(device_, 0);
    else SDL_QuitSubSystem(SDL_INIT_AUDIO);
  }

  std::mutex mutex_;
  std::condition_variable wake_;
  std::thread thread_;
  std::optional<Job> job_;
  std::vector<std::string> languages_;  // espeak-ng's, read by the worker at start
  unsigned generation_ = 0;
  SDL_AudioDeviceID device_ = 0;
  bool started_ = false, init_done_ = false, synth_ok_ = false, busy_ = false, quit_ = false;
};

Speaker& speaker() {
  static Speaker s;
  return s;
}

}  // namespace

Voice voice_for(const std::string& language) { return speaker().voice_for(language); }

void speak(const std::string& text, const std::string& language, float rate) {
  speaker().speak({text, language, rate, 0});
}

void stop() { speaker().stop(); }

bool speaking() { return speaker().speaking(); }

void set_enabled(bool) {}

}  // namespace lureproof::platform::speech
