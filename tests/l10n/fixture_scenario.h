// A small scenario that uses every kind of translatable text (header, character, flag, node title,
// interpolation, emphasis, disabled reason), matching data/fixture.po.
#pragma once

#include <string>

namespace l10n_test {
inline const std::string kFixtureScenario =
    "scenario: test\ntitle: Test\nsummary: A test.\nlanguage: en\n"
    "persona: Ana | 23 | Looking for work.\ntechnique: fishing\ncontent-note: None.\nminutes: 1\n"
    "character marius\n  name: Marius Pop\n  role: Recruiter\n"
    "var money = 300\nvar name = \"Ana\"\n"
    "flag fee\n  label: A fee\n  category: fees-or-debt\n  explain: Fees are a trick.\n  action: Pay nothing.\n  source: ILO\n"
    "== a [chat]\nnarrator: Hello {name}. #line:a1\nmarius: Pay *now* please. #flag:fee #line:a2\n"
    "* Pay -> b #line:ca\n+ Wait -> a #line:cw\n"
    "== b [sms]\ntitle: Bank\n~ money -= 150\nnarrator: Paid. {money} left. #line:b1\n"
    "+ Again -> b if money >= 150 else \"No money left\" #line:cb\n+ Stop -> end #line:cs\n"
    "== end [narration] ending safe\nnarrator: End. #line:e1\ndebrief: End. #line:e2\ndebrief: You kept {money}. #line:e3\n";
}  // namespace l10n_test
