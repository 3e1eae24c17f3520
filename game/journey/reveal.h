// Paced reveal of the messages of one story step: each line waits its #delay, shows the typing
// indicator for its #typing, then appears. Tap-to-skip reveals everything at once. Plain logic.
#pragma once

#include <vector>

namespace lureproof {

struct RevealItem {
  int delay_ms = 0;
  int typing_ms = 0;
  int pause_ms = 0;
};

class Reveal {
 public:
  // Starts revealing `items` after `already_visible` earlier ones that stay visible.
  void start(int already_visible, std::vector<RevealItem> items);
  void advance(double seconds);
  void skip();
  bool done() const { return next_ >= int(items_.size()); }
  int visible() const { return base_ + next_; }  // number of lines visible in the whole feed
  bool typing() const;                           // the typing indicator shows now
  double since_last_reveal() const { return since_last_; }

 private:
  double wait_for(const RevealItem& item) const;
  std::vector<RevealItem> items_;
  int base_ = 0;
  int next_ = 0;
  double clock_ = 0.0;       // time into the current item's wait
  double since_last_ = 1e9;  // time since a line last appeared (for the arrival animation)
};

}  // namespace lureproof
