// Reveal: the timing of messages in one step (delay, typing indicator, pause) and skipping.
#include "journey/reveal.h"

#include <cstddef>

namespace lureproof {

using std::size_t;

namespace {
constexpr double kDefaultGap = 0.7;  // seconds between lines that have no #delay of their own
}

void Reveal::start(int already_visible, std::vector<RevealItem> items) {
  items_ = std::move(items);
  base_ = already_visible;
  next_ = 0;
  clock_ = 0.0;
  since_last_ = 1e9;
}

double Reveal::wait_for(const RevealItem& item) const {
  const double delay = item.delay_ms > 0 ? item.delay_ms / 1000.0 : (next_ == 0 ? 0.3 : kDefaultGap);
  const double pause = next_ > 0 ? items_[size_t(next_ - 1)].pause_ms / 1000.0 : 0.0;
  return pause + delay + item.typing_ms / 1000.0;
}

void Reveal::advance(double seconds) {
  since_last_ += seconds;
  clock_ += seconds;
  while (!done() && clock_ >= wait_for(items_[size_t(next_)])) {
    clock_ -= wait_for(items_[size_t(next_)]);
    ++next_;
    since_last_ = clock_;
  }
}

void Reveal::skip() {
  next_ = int(items_.size());
  clock_ = 0.0;
  since_last_ = 1e9;
}

bool Reveal::typing() const {
  if (done()) return false;
  const RevealItem& item = items_[size_t(next_)];
  return item.typing_ms > 0 && clock_ >= wait_for(item) - item.typing_ms / 1000.0;
}

}  // namespace lureproof
