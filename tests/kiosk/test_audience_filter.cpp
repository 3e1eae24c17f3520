// The stand's `audience` filters the story picker: the rule (journey/audience_filter.h), the shipped
// stories' headers, and a Journey over the bundled library under each kind of config value.
#include <doctest/doctest.h>

#include "journey/audience_filter.h"
#include "journey/journey.h"
#include "journey/scenario_library.h"
#include "kiosk/config_loader.h"

#include <set>

using namespace lureproof;

namespace {
std::vector<std::string> picker_ids(const ScenarioLibrary& library, const SiteConfig& config) {
  Journey journey(library, config);
  Session s;
  s.language = "en";
  std::vector<std::string> ids;
  for (int i : journey.visible_scenarios(s)) ids.push_back(library.scenario(i).header.id);
  return ids;
}
}  // namespace

TEST_CASE("stories at or below the stand's audience are kept, in order; unrated stories count as 18+") {
  const std::vector<int> stories = {16, 13, 0, 18, 16};  // 0: no audience: header
  CHECK(stories_for_audience(stories, kEveryAudience) == std::vector<std::size_t>{0, 1, 2, 3, 4});
  CHECK(stories_for_audience(stories, 16) == std::vector<std::size_t>{0, 1, 4});
  CHECK(stories_for_audience(stories, 13) == std::vector<std::size_t>{1});
  CHECK(stories_for_audience(stories, 18) == std::vector<std::size_t>{0, 1, 2, 3, 4});
  CHECK(stories_for_audience(stories, 12).empty());
  // A broken config value: only the stories for the youngest audience present.
  CHECK(stories_for_audience(stories, kYoungestAudience) == std::vector<std::size_t>{1});
  CHECK(stories_for_audience({0, 0}, kYoungestAudience) == std::vector<std::size_t>{0, 1});
  CHECK(stories_for_audience({}, kYoungestAudience).empty());
  CHECK(audience_warning(stories, 16).empty());
  CHECK(audience_warning(stories, 12).find("no story is written for an audience of 12+") != std::string::npos);
  CHECK(audience_warning({}, 12).empty());  // no stories at all is reported by the library, not here
}

TEST_CASE("every shipped story states its audience, and a stand's audience filters the picker") {
  ScenarioLibrary library;
  library.load_directory(std::string(KIOSK_ASSETS) + "/scenarios", {});
  REQUIRE(library.size() >= 6);
  std::set<int> audiences;
  for (int i = 0; i < library.size(); ++i) {
    CAPTURE(library.scenario(i).header.id);
    CHECK(library.scenario(i).header.audience > 0);
    audiences.insert(library.scenario(i).header.audience);
  }
  const int youngest = *audiences.begin();
  SiteConfig config;
  CHECK(picker_ids(library, config).size() == std::size_t(library.size()));  // the default: everything
  for (int stand : {youngest, 16, 18, kYoungestAudience}) {
    config.audience = stand;
    CAPTURE(stand);
    const std::vector<std::string> ids = picker_ids(library, config);
    CHECK_FALSE(ids.empty());
    for (const std::string& id : ids) {
      const int a = library.scenario(library.find(id)).header.audience;
      CHECK(a <= (stand == kYoungestAudience ? youngest : stand));
    }
    int expected = 0;
    for (int i = 0; i < library.size(); ++i)
      expected += library.scenario(i).header.audience <= (stand == kYoungestAudience ? youngest : stand);
    CHECK(int(ids.size()) == expected);
  }
  config.audience = youngest - 1;
  CHECK(picker_ids(library, config).empty());
}

TEST_CASE("the config's audience: \"16+\", the default, and a broken value that keeps the youngest audience, visibly") {
  ConfigContext context;
  CHECK(parse_kiosk_config("", "kiosk.toml", context).config.audience == kEveryAudience);
  ConfigLoad good = parse_kiosk_config("audience = \"16+\"\n", "kiosk.toml", context);
  CHECK(good.issues.empty());
  CHECK(good.config.audience == 16);
  for (const char* value : {"\"16\"", "16", "\"sixteen+\"", "\"0+\"", "[\"16+\"]", "\"a very long audience text\""}) {
    CAPTURE(value);
    ConfigLoad bad = parse_kiosk_config(std::string("kiosk = true\naudience = ") + value + "\n", "kiosk.toml", context);
    CHECK(bad.config.audience == kYoungestAudience);
    REQUIRE(bad.issues.size() == 1);
    const ConfigIssue& i = bad.issues[0];
    CHECK(i.severity == ConfigIssue::Severity::Error);
    CHECK(i.key == "audience");
    CHECK(i.line == 2);
    CHECK(i.column == 12);
    CHECK(format_issue(i, bad.source).find("kiosk.toml:2:12: error: audience must be an age from 1 to 99") == 0);
    CHECK(i.message.find("offering only the stories for the youngest audience") != std::string::npos);
  }
}
