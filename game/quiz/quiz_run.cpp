// Quiz progress: answers are appended in plan order, so the next card is plan[answers.size()].
#include "quiz/quiz_run.h"

#include <string>

namespace lureproof {

int QuizRun::current_card(QuizPhase phase) const {
  const std::vector<int>& cards = phase == QuizPhase::Pre ? plan.pre : plan.post;
  const size_t done = (phase == QuizPhase::Pre ? pre : post).size();
  return done < cards.size() ? cards[done] : -1;
}

int QuizRun::answered(QuizPhase phase) const { return int((phase == QuizPhase::Pre ? pre : post).size()); }

int QuizRun::total(QuizPhase phase) const { return int((phase == QuizPhase::Pre ? plan.pre : plan.post).size()); }

bool QuizRun::submit(QuizPhase phase, const std::vector<QuizCard>& cards) {
  const int card = current_card(phase);
  if (card < 0 || card >= int(cards.size()) || trust < 1 || trust > 5 || action < 0 || action > 2) return false;
  (phase == QuizPhase::Pre ? pre : post).push_back({cards[size_t(card)].legit, trust, QuizAction(action)});
  trust = 0;
  action = -1;
  if (phase == QuizPhase::Post) revealed = card;
  return true;
}

QuizRun start_quiz_run(const std::vector<QuizCard>& cards, int k, std::uint64_t seed, const std::string& scenario) {
  QuizRun run;
  std::string error;
  run.plan = plan_quiz(cards, k, seed, error, scenario);
  return run;
}

}  // namespace lureproof
