// One visitor's quiz in progress: the plan (which cards), the answers given so far, and the card
// being answered. Part of the Session, so a kiosk reset drops it with everything else.
#pragma once

#include "quiz/quiz_bank.h"
#include "quiz/quiz_plan.h"
#include "quiz/quiz_scoring.h"

#include <cstdint>
#include <vector>

namespace lureproof {

enum class QuizPhase { Pre, Post };

struct QuizRun {
  QuizPlan plan;
  std::vector<QuizAnswer> pre, post;  // answers so far, in plan order
  int trust = 0;                      // the current card's rating, 0 = not chosen yet
  int action = -1;                    // the current card's action (QuizAction), -1 = not chosen yet
  int revealed = -1;                  // post-test: the card just answered, shown with its "why"

  bool active() const { return !plan.empty(); }
  // Which card of `phase` to show next (index into the bank), or -1 when that test is finished.
  int current_card(QuizPhase phase) const;
  int answered(QuizPhase phase) const;
  int total(QuizPhase phase) const;
  bool finished(QuizPhase phase) const { return active() && current_card(phase) < 0; }
  // Records the current trust + action for the current card of `phase`; false if incomplete. In the
  // post-test the answered card is then `revealed` (real offer or lure, and why) until the visitor
  // goes on; the pre-test reveals nothing, so it measures what the visitor knew before the story.
  bool submit(QuizPhase phase, const std::vector<QuizCard>& cards);
  void dismiss_reveal() { revealed = -1; }
  QuizResult result() const { return score_quiz(pre, post); }
  bool operator==(const QuizRun&) const = default;
};

// Starts a run for a visitor who plays `scenario` (its cards are left out, see plan_quiz): plans the
// cards; an inactive run (no quiz) when the bank cannot supply them.
QuizRun start_quiz_run(const std::vector<QuizCard>& cards, int k, std::uint64_t seed, const std::string& scenario = {});

}  // namespace lureproof
