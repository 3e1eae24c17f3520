// The Studio's test scenario, shared by tests/studio/test_studio.cpp and the Studio soak
// (tools/soak/studio_soak.cpp): a recruiter, Marius, who asks for a fee; each adds its own nodes.
#pragma once

#include <string>

namespace lureproof::studio_fixture {

// A whole scenario: the header (id and title as given), Marius, the `fee` flag, then `declarations_and_nodes`
// (from line 25 on).
inline std::string fee_offer_scenario(const std::string& id, const std::string& title,
                                      const char* declarations_and_nodes) {
  const std::string head = "// A fee for a job, for the Studio's tests.\nscenario: " + id + "\ntitle: " + title + "\n";
  return head + R"(summary: A job offer that asks for a fee.
language: en
persona: Ana | 23 | Looking for work.
technique: fishing
content-note: A fee for a job. No violence.
minutes: 2
start: post

character marius
  name: Marius Pop
  role: Recruiter
  initials: MP
  colour: #3a7bd5

flag fee
  label: A fee before you start
  category: fees-or-debt
  explain: Real employers do not charge you for being hired.
  action: Pay no recruitment fees.
  source: ILO 2012

)" + declarations_and_nodes;
}

}  // namespace lureproof::studio_fixture
