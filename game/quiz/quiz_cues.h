// How well each surface cue of the quiz bank predicts the answer: the point-biserial correlation
// between "the card carries the cue" and "the card is legitimate". A bank that teaches discernment
// keeps every frequent cue near zero, so no rule of thumb ("paid travel = trap") scores well.
#pragma once

#include "quiz/quiz_bank.h"

#include <string>
#include <vector>

namespace lureproof {

namespace quiz_cue_rules {
constexpr int kMinCardsForTest = 4;  // cues on fewer cards are too rare to be learned as a rule
constexpr double kMaxAbsCorrelation = 0.3;
}  // namespace quiz_cue_rules

struct QuizCueCorrelation {
  std::string cue;
  int cards = 0;   // cards carrying the cue
  int legit = 0;   // of which legitimate
  double r = 0.0;  // point-biserial r (cue 0/1 against legit 0/1); 0 when undefined
};

// One row per cue used in `cards`, in vocabulary order.
std::vector<QuizCueCorrelation> quiz_cue_correlations(const std::vector<QuizCard>& cards);
// "cue  n  legit  r" lines for the test log and the docs.
std::string format_cue_table(const std::vector<QuizCueCorrelation>& rows);

}  // namespace lureproof
