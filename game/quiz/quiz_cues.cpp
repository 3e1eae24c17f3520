// Point-biserial correlation of each cue with legitimacy. With a 0/1 variable on both sides it is the
// Pearson correlation r = cov(x, y) / (sd(x) sd(y)), computed from counts.
#include "quiz/quiz_cues.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lureproof {

std::vector<QuizCueCorrelation> quiz_cue_correlations(const std::vector<QuizCard>& cards) {
  std::vector<QuizCueCorrelation> rows;
  const double n = double(cards.size());
  int legit_total = 0;
  for (const QuizCard& c : cards) legit_total += c.legit ? 1 : 0;
  for (const std::string& cue : quiz_cue_vocabulary()) {
    QuizCueCorrelation row;
    row.cue = cue;
    for (const QuizCard& c : cards) {
      if (std::find(c.cues.begin(), c.cues.end(), cue) == c.cues.end()) continue;
      ++row.cards;
      row.legit += c.legit ? 1 : 0;
    }
    if (row.cards == 0) continue;
    // Means of x (cue) and y (legit); sum of (x - mx)(y - my) = n11 - n * mx * my.
    const double mx = row.cards / n, my = legit_total / n;
    const double cov = row.legit - n * mx * my;
    const double vx = n * mx * (1 - mx), vy = n * my * (1 - my);
    row.r = vx > 0 && vy > 0 ? cov / std::sqrt(vx * vy) : 0.0;
    rows.push_back(row);
  }
  return rows;
}

std::string format_cue_table(const std::vector<QuizCueCorrelation>& rows) {
  std::string out = "cue              cards  legit  lure       r\n";
  char line[128];
  for (const QuizCueCorrelation& row : rows) {
    std::snprintf(line, sizeof line, "%-16s %5d  %5d  %4d  %+6.3f\n", row.cue.c_str(), row.cards, row.legit,
                  row.cards - row.legit, row.r);
    out += line;
  }
  return out;
}

}  // namespace lureproof
