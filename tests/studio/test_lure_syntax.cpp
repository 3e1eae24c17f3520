// The Studio's syntax classes (studio/lure_syntax.h) on a sample that holds every class: each line
// is shown as its non-text spans, "class(text)".
#include "studio/lure_syntax.h"

#include <doctest/doctest.h>

#include <set>
#include <string>

using namespace lureproof;

namespace {
const char* kSample =
    "// The Dream Job\n"
    "scenario: dream-job\n"
    "summary: A warehouse job in Germany\n"
    "include: common/characters.lure\n"
    "character boss\n"
    "  name: Mr Bauer\n"
    "  colour: #ef8354\n"
    "flag fees\n"
    "  label: A fee first\n"
    "var savings = 150\n"
    "== start [chat]\n"
    "title: Jobs group\n"
    "boss: Pay {savings - 50} € now #jobs #flag:fees #line:dj-01\n"
    "~ savings -= 50\n"
    "if savings < 100 and not visits(start)\n"
    "narrator: Money is short. #fact:de-minimum-wage\n"
    "else\n"
    "endif\n"
    "* Pay the fee -> trap #line:dj-c1\n"
    "+ Ask a friend -> safe if savings > 0 else \"No credit\" #line:dj-c2\n"
    "fallback -> trap\n"
    "-> safe\n"
    "== safe ending got-help\n"
    "debrief: Asking helped. #line:dj-d1\n"
    "== post [social-post]\n"
    "reactions: 143\n"
    "comment: Anca P.: Is it {savings}? #flag:fees #line:dj-k1\n";

std::string show(std::string_view line, const std::vector<SyntaxSpan>& spans) {
  std::string out;
  for (const SyntaxSpan& s : spans) {
    if (s.cls == SyntaxClass::Text) continue;
    if (!out.empty()) out += ' ';
    out += std::string(syntax_class_name(s.cls)) + "(" +
           std::string(line.substr(size_t(s.begin), size_t(s.end - s.begin))) + ")";
  }
  return out;
}
}  // namespace

TEST_CASE("every line of the sample gets its classes") {
  const std::string text = kSample;
  const auto lines = classify_lure(text);
  std::vector<std::string_view> raw;
  for (size_t b = 0, e; (e = text.find('\n', b)) != std::string::npos; b = e + 1)
    raw.push_back(std::string_view(text).substr(b, e - b));
  REQUIRE(lines.size() == raw.size() + 1);  // and the empty line after the last newline
  const std::vector<std::string> expected = {
      "comment(// The Dream Job)",
      "header-key(scenario:)",
      "header-key(summary:)",
      "header-key(include:)",
      "keyword(character) node-id(boss)",
      "property(name:)",
      "property(colour:)",  // "#ef8354" is a value, not a tag
      "keyword(flag) node-id(fees)",
      "property(label:)",
      "keyword(var) variable(savings)",
      "keyword(==) node-id(start) channel([chat])",
      "property(title:)",
      "speaker(boss:) variable({savings - 50}) tag(#flag:fees) tag(#line:dj-01)",  // #jobs is text
      "variable(~) variable(savings)",
      "keyword(if) condition(savings < 100 and not visits(start))",
      "speaker(narrator:) tag(#fact:de-minimum-wage)",
      "keyword(else)",
      "keyword(endif)",
      "choice(*) choice(->) node-id(trap) tag(#line:dj-c1)",
      "choice(+) choice(->) node-id(safe) keyword(if) condition(savings > 0 else \"No credit\") tag(#line:dj-c2)",
      "keyword(fallback) choice(->) node-id(trap)",
      "choice(->) node-id(safe)",
      "keyword(==) node-id(safe) keyword(ending) ending(got-help)",
      "keyword(debrief:) tag(#line:dj-d1)",
      "keyword(==) node-id(post) channel([social-post])",
      "property(reactions:)",
      "keyword(comment:) speaker(Anca P.:) variable({savings}) tag(#flag:fees) tag(#line:dj-k1)",
  };
  REQUIRE(expected.size() == raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    CAPTURE(raw[i]);
    CHECK(show(raw[i], lines[i]) == expected[i]);
  }
  // The sample holds every class, and spans cover each line without gaps or overlaps.
  std::set<SyntaxClass> seen;
  for (size_t i = 0; i < raw.size(); ++i) {
    int at = 0;
    for (const SyntaxSpan& s : lines[i]) {
      CHECK(s.begin == at);
      CHECK(s.end > s.begin);
      at = s.end;
      seen.insert(s.cls);
    }
    CHECK(at == int(raw[i].size()));
  }
  CHECK(int(seen.size()) == int(SyntaxClass::kCount));
}

TEST_CASE("a header key after the first block is not a header; bad lines stay text, never crash") {
  SyntaxClassifier c;
  CHECK(c.next_line("== a")[2].cls == SyntaxClass::NodeId);
  CHECK(c.next_line("summary: late")[0].cls == SyntaxClass::Speaker);  // the checker reports LP103
  for (std::string_view junk : {"==", "== [", "* ->", "~", "#", "if", "  :", "->", "* x -> y if", "\t\t"}) {
    int at = 0;
    for (const SyntaxSpan& s : c.next_line(junk)) {
      CHECK(s.begin == at);
      at = s.end;
    }
    CHECK(at == int(junk.size()));
  }
}
