// Kiosk config loading: the example file, every kind of mistake (with its line:column and the safe
// fallback), the malformed corpus in data/malformed and random corruptions of the example.
#include <doctest/doctest.h>

#include "kiosk/config_loader.h"
#include "kiosk/kiosk_paths.h"
#include "kiosk/pin.h"
#include "lure/l10n.h"
#include "temp_dir.h"

#include <filesystem>
#include <random>

using namespace lureproof;

namespace {

ConfigContext context() {
  ConfigContext c;
  c.known_languages = lure::planned_languages();
  c.known_scenarios = {"dream-job", "remote-it-job", "casting-call", "perfect-partner", "border-help", "au-pair"};
  return c;
}

ConfigLoad parse(const std::string& text) { return parse_kiosk_config(text, "kiosk.toml", context()); }

const ConfigIssue* find_issue(const ConfigLoad& load, const std::string& key) {
  for (const ConfigIssue& i : load.issues)
    if (i.key == key) return &i;
  return nullptr;
}

// What must hold whatever the file said: the loader only ever produces a usable config.
void check_safe(const SiteConfig& c) {
  CHECK(c.idle_countdown_s >= kiosk_limits::kMinCountdownS);
  CHECK(c.idle_countdown_s <= kiosk_limits::kMaxCountdownS);
  CHECK(c.idle_timeout_s >= kiosk_limits::kMinIdleTimeoutS);
  CHECK(c.idle_timeout_s <= kiosk_limits::kMaxIdleTimeoutS);
  CHECK_FALSE(c.languages.empty());
  CHECK_FALSE(c.helplines.empty());
  for (const Helpline& h : c.helplines) CHECK_FALSE(h.name.empty());
  CHECK_FALSE(c.checks.empty());
  CHECK((c.operator_pin_hash.empty() || is_valid_pin_hash(c.operator_pin_hash)));
  CHECK(c.log_files >= 1);
  CHECK(c.log_max_kb >= 16);
}

}  // namespace

TEST_CASE("the browser edition's config, as the web build's JSON, equals its TOML and has no issue") {
  ConfigLoad toml = load_kiosk_config_file(KIOSK_WEB_CONFIG, context());
  ConfigLoad json = load_kiosk_config_file(KIOSK_WEB_CONFIG_JSON, context());
  for (const ConfigIssue& i : json.issues) MESSAGE(format_issue(i, json.source));
  CHECK(toml.issues.empty());
  CHECK(json.parsed);
  CHECK(json.issues.empty());
  CHECK(json.config.languages == toml.config.languages);
  CHECK(json.config.languages.size() == 16);  // English, the first nine, and pt nl hu cs sk ru (issue #21)
}

TEST_CASE("the scenario directory is listed only when the config names scenarios") {
  ConfigContext c = context();
  c.known_scenarios.clear();
  int listed = 0;
  c.list_scenarios = [&listed] {
    ++listed;
    return std::vector<std::string>{"dream-job", "au-pair"};
  };
  const ConfigLoad none = parse_kiosk_config("languages = [\"en\", \"ro\"]\n", "kiosk.toml", c);
  CHECK(none.issues.empty());
  CHECK(listed == 0);
  const ConfigLoad some = parse_kiosk_config("scenarios = [\"au-pair\", \"no-such-story\"]\n", "kiosk.toml", c);
  CHECK(listed == 1);
  CHECK(some.config.scenarios == std::vector<std::string>{"au-pair"});
  REQUIRE(some.issues.size() == 1);
  CHECK(some.issues[0].key == "scenarios[1]");
  // A list given up front wins over the directory.
  c.known_scenarios = {"no-such-story"};
  const ConfigLoad given = parse_kiosk_config("scenarios = [\"no-such-story\"]\n", "kiosk.toml", c);
  CHECK(listed == 1);
  CHECK(given.issues.empty());
}

TEST_CASE("the example as JSON: the same config, the same issues (without positions)") {
  ConfigContext c = context();
  c.known_scenarios = bundled_scenario_ids(KIOSK_ASSETS);
  const ConfigLoad toml = load_kiosk_config_file(KIOSK_EXAMPLE_CONFIG, c);
  const ConfigLoad json = load_kiosk_config_file(KIOSK_EXAMPLE_CONFIG_JSON, c);
  CHECK(json.parsed);
  CHECK(json.issues.size() == toml.issues.size());
  const SiteConfig& a = toml.config;
  const SiteConfig& b = json.config;
  CHECK(b.kiosk == a.kiosk);
  CHECK(b.languages == a.languages);
  CHECK(b.scenarios == a.scenarios);
  CHECK(b.idle_timeout_s == a.idle_timeout_s);
  CHECK(b.idle_countdown_s == a.idle_countdown_s);
  CHECK(b.qr_url == a.qr_url);
  CHECK(b.teaser.value == a.teaser.value);
  REQUIRE(b.helplines.size() == a.helplines.size());
  for (size_t i = 0; i < a.helplines.size(); ++i) {
    CHECK(b.helplines[i].number == a.helplines[i].number);
    CHECK(b.helplines[i].name.value == a.helplines[i].name.value);
    CHECK(b.helplines[i].note.variants == a.helplines[i].note.variants);
  }
  // The same mistakes in JSON are found by the same checks.
  const ConfigLoad bad = parse_kiosk_config(R"({"idle_countdown_s": 10, "languages": ["en", "xx"], "quiz": "yes"})",
                                            "kiosk.json", context());
  CHECK(bad.config.idle_countdown_s == kiosk_limits::kMinCountdownS);
  CHECK(find_issue(bad, "languages[1]"));
  CHECK(find_issue(bad, "quiz"));
  CHECK(find_issue(bad, "quiz")->line == 0);
  const ConfigLoad broken = parse_kiosk_config("{\"kiosk\": tru", "kiosk.json", context());
  CHECK_FALSE(broken.parsed);
  REQUIRE(broken.issues.size() == 1);
  CHECK(broken.issues[0].message.find("not valid JSON") != std::string::npos);
}

TEST_CASE("the commented example file loads without a single issue") {
  ConfigContext c = context();
  c.known_scenarios = bundled_scenario_ids(KIOSK_ASSETS);
  ConfigLoad load = load_kiosk_config_file(KIOSK_EXAMPLE_CONFIG, c);
  for (const ConfigIssue& i : load.issues) MESSAGE(format_issue(i, load.source));
  CHECK(load.parsed);
  CHECK(load.issues.empty());
  CHECK(load.config.kiosk);
  CHECK(load.config.languages == std::vector<std::string>{"en", "ro", "bg", "pl", "uk", "fr", "de", "it", "es", "el"});
  CHECK(load.config.scenarios.size() == 10);
  CHECK(load.config.helplines.size() == 3);
  CHECK(load.config.idle_countdown_s == 30);
  CHECK(load.config.teaser.value.size() == 2);
  // The example shows a per-language note and per-language teaser lines.
  REQUIRE(!load.config.helplines.empty());
  CHECK(load.config.helplines[0].note.variant("uk") != nullptr);
  CHECK(load.config.teaser.variant("uk") != nullptr);
}

TEST_CASE("an empty file keeps every default") {
  ConfigLoad load = parse("");
  CHECK(load.parsed);
  CHECK(load.issues.empty());
  const SiteConfig d;
  CHECK(load.config.idle_timeout_s == d.idle_timeout_s);
  CHECK(load.config.helplines.size() == d.helplines.size());
}

TEST_CASE("a countdown under 20 s is raised to 20 with a warning at its position (WCAG 2.2.1)") {
  ConfigLoad load = parse("kiosk = true\nidle_countdown_s = 10\n");
  CHECK(load.config.idle_countdown_s == 20);
  const ConfigIssue* i = find_issue(load, "idle_countdown_s");
  REQUIRE(i);
  CHECK(i->severity == ConfigIssue::Severity::Warning);
  CHECK(i->line == 2);
  CHECK(i->column == 20);
  CHECK(i->message.find("WCAG 2.2.1") != std::string::npos);
  CHECK(format_issue(*i, load.source).rfind("kiosk.toml:2:20: warning: idle_countdown_s = 10", 0) == 0);
}

TEST_CASE("wrong types fall back to the key's default") {
  ConfigLoad load = parse("idle_countdown_s = \"45\"\nquiz = \"yes\"\nlanguages = \"en\"\nidle_timeout_s = 2.5\n");
  CHECK(load.config.idle_countdown_s == 30);
  CHECK(load.config.quiz == true);
  CHECK(load.config.languages == std::vector<std::string>{"en"});
  CHECK(load.config.idle_timeout_s == 90);
  REQUIRE(find_issue(load, "quiz"));
  CHECK(find_issue(load, "quiz")->line == 2);
  CHECK(find_issue(load, "quiz")->message.find("true or false") != std::string::npos);
  CHECK(find_issue(load, "idle_timeout_s")->message.find("whole number") != std::string::npos);
  CHECK(load.issues.size() == 4);
}

TEST_CASE("out-of-range values are refused") {
  ConfigLoad load = parse("idle_timeout_s = 5\nidle_countdown_s = 9000\nlog_files = 0\n");
  CHECK(load.config.idle_timeout_s == 90);
  CHECK(find_issue(load, "idle_timeout_s")->severity == ConfigIssue::Severity::Error);
  CHECK(load.config.idle_countdown_s == 300);
  CHECK(load.config.log_files == 5);
}

TEST_CASE("the frame cap and the display defaults") {
  ConfigLoad load = parse("max_fps = 30\nreduced_motion = true\nhigh_contrast = true\n");
  CHECK(load.issues.empty());
  CHECK(load.config.max_fps == 30);
  CHECK(load.config.reduced_motion);
  CHECK(load.config.high_contrast);
  for (const char* bad : {"max_fps = 0\n", "max_fps = 144\n", "max_fps = \"fast\"\n", "max_fps = 59.9\n"}) {
    CAPTURE(bad);
    ConfigLoad b = parse(bad);
    CHECK(b.config.max_fps == 60);
    REQUIRE(find_issue(b, "max_fps"));
    CHECK(find_issue(b, "max_fps")->severity == ConfigIssue::Severity::Error);
    CHECK(find_issue(b, "max_fps")->message.find("default (60)") != std::string::npos);
  }
  CHECK(find_issue(parse("reduced_motion = 1\n"), "reduced_motion"));
  CHECK_FALSE(parse("reduced_motion = 1\n").config.reduced_motion);
}

TEST_CASE("read aloud's default and speaking rate; a broken rate falls back to 1 visibly") {
  ConfigLoad load = parse("read_aloud = true\nspeech_rate = 0.8\n");
  CHECK(load.issues.empty());
  CHECK(load.config.read_aloud);
  CHECK(load.config.speech_rate == doctest::Approx(0.8));
  CHECK(parse("speech_rate = 2\n").config.speech_rate == doctest::Approx(2.0));
  for (const char* bad : {"speech_rate = 0\n", "speech_rate = 2.5\n", "speech_rate = \"fast\"\n", "speech_rate = nan\n",
                          "speech_rate = -1\n", "speech_rate = inf\n"}) {
    CAPTURE(bad);
    ConfigLoad b = parse(bad);
    CHECK(b.config.speech_rate == 1.f);
    REQUIRE(find_issue(b, "speech_rate"));
    CHECK(find_issue(b, "speech_rate")->severity == ConfigIssue::Severity::Error);
    CHECK(find_issue(b, "speech_rate")->message.find("default (1)") != std::string::npos);
  }
  CHECK(find_issue(parse("read_aloud = \"on\"\n"), "read_aloud"));
  CHECK_FALSE(parse("read_aloud = \"on\"\n").config.read_aloud);
}

TEST_CASE("unknown keys are reported with a suggestion") {
  ConfigLoad load = parse("idle_timout_s = 60\n");
  const ConfigIssue* i = find_issue(load, "idle_timout_s");
  REQUIRE(i);
  CHECK(i->message.find("did you mean 'idle_timeout_s'") != std::string::npos);
  CHECK(load.config.idle_timeout_s == 90);
}

TEST_CASE("unknown languages and scenarios are dropped one by one") {
  ConfigLoad load =
      parse("languages = [\"en\", \"xx\", \"ro\", \"en\"]\nscenarios = [\"dream-jobs\", \"casting-call\"]\n");
  CHECK(load.config.languages == std::vector<std::string>{"en", "ro"});
  CHECK(find_issue(load, "languages[1]")->column == 20);
  CHECK(find_issue(load, "languages[3]")->severity == ConfigIssue::Severity::Warning);
  CHECK(load.config.scenarios == std::vector<std::string>{"casting-call"});
  CHECK(find_issue(load, "scenarios[0]")->message.find("did you mean 'dream-job'") != std::string::npos);

  ConfigLoad none = parse("languages = [\"klingon\"]\n");
  CHECK(none.config.languages == std::vector<std::string>{"en"});
}

TEST_CASE("bad helplines are left out; none left means the defaults") {
  ConfigLoad load = parse(
      "[[helplines]]\nname = \"Good\"\nnumber = \"+40 800 800 678\"\n"
      "[[helplines]]\nname = \"Words\"\nnumber = \"call us\"\n"
      "[[helplines]]\nnumber = \"112\"\n"
      "[[helplines]]\nname = \"Typed\"\nnumber = 112\n"
      "[[helplines]]\nname = \"Extra\"\nnumber = \"112\"\nwebsite = \"x\"\n");
  REQUIRE(load.config.helplines.size() == 2);
  CHECK(load.config.helplines[0].name.value == "Good");
  CHECK(load.config.helplines[1].name.value == "Extra");
  CHECK(find_issue(load, "helplines[1]")->line == 4);
  CHECK(find_issue(load, "helplines[2]"));
  CHECK(find_issue(load, "helplines[3].number"));
  CHECK(find_issue(load, "helplines[4].website")->severity == ConfigIssue::Severity::Warning);

  ConfigLoad none = parse("[[helplines]]\nname = \"X\"\nnumber = \"none\"\n");
  CHECK(none.config.helplines.size() == SiteConfig{}.helplines.size());
  CHECK(find_issue(none, "helplines"));
}

TEST_CASE("a PIN hash in the wrong format leaves the operator screen locked") {
  ConfigLoad load = parse("operator_pin_hash = \"81dc9bdb52d04dc20036dbd8313ed055\"\n");
  CHECK(load.config.operator_pin_hash.empty());
  const ConfigIssue* i = find_issue(load, "operator_pin_hash");
  REQUIRE(i);
  CHECK(i->message.find("--hash-pin") != std::string::npos);
  const std::string good = make_pin_hash("123456");
  CHECK(parse("operator_pin_hash = \"" + good + "\"\n").config.operator_pin_hash == good);
}

TEST_CASE("an old SHA-256 PIN hash is refused with how to make a new one, at its line:column") {
  ConfigLoad load = parse(
      "kiosk = true\noperator_pin_hash = \"sha256:000102030405060708090a0b0c0d0e0f:"
      "bad0b4f7cae08eb7c1b5acc763a8ed25242e2c9173e81f3f624b1fa5303cf6ce\"\n");
  CHECK(load.config.operator_pin_hash.empty());
  const ConfigIssue* i = find_issue(load, "operator_pin_hash");
  REQUIRE(i);
  CHECK(i->line == 2);
  CHECK(i->column == 21);
  CHECK(i->message.find("old SHA-256") != std::string::npos);
  CHECK(i->message.find("lureproof --hash-pin") != std::string::npos);
  CHECK(i->message.find("6 to 8 digits") != std::string::npos);
}

TEST_CASE("qr_url must be a web address; flag_reveal one of two words") {
  ConfigLoad load = parse("qr_url = \"javascript:alert(1)\"\nflag_reveal = \"later\"\n");
  CHECK(load.config.qr_url == SiteConfig{}.qr_url);
  CHECK(parse("qr_url = \"\"\n").config.qr_url.empty());  // explicitly none
  CHECK(load.config.flag_reveal == FlagReveal::Immediately);
  CHECK(load.issues.size() == 2);
  CHECK(parse("qr_url = \"https://example.org/help\"\n").config.qr_url == "https://example.org/help");
  CHECK(parse("flag_reveal = \"in-debrief\"\n").config.flag_reveal == FlagReveal::InDebrief);
}

TEST_CASE("a file that is not TOML: one error with its position, defaults for everything") {
  ConfigLoad load = parse("kiosk = true\nlanguages = [\"en\",\nidle_timeout_s = 30\n");
  CHECK_FALSE(load.parsed);
  REQUIRE(load.issues.size() == 1);
  CHECK(load.issues[0].line >= 2);
  CHECK(load.issues[0].column >= 1);
  CHECK(load.config.kiosk == false);
  CHECK(load.config.idle_timeout_s == 90);
}

TEST_CASE("a missing file is an error, not a crash") {
  ConfigLoad load = load_kiosk_config_file("/nonexistent/kiosk.toml", context());
  CHECK_FALSE(load.parsed);
  CHECK(load.issues.size() == 1);
}

TEST_CASE("malformed corpus: every file gives issues and a safe config") {
  int files = 0;
  for (const auto& e : std::filesystem::directory_iterator(std::string(KIOSK_TEST_DATA) + "/malformed")) {
    CAPTURE(e.path().string());
    ConfigLoad load = load_kiosk_config_file(e.path().string(), context());
    CHECK_FALSE(load.issues.empty());
    for (const ConfigIssue& i : load.issues) CHECK_FALSE(format_issue(i, load.source).empty());
    check_safe(load.config);
    ++files;
  }
  CHECK(files >= 15);
}

TEST_CASE("random corruptions of the example never crash and always give a safe config") {
  const std::string example = read_text(KIOSK_EXAMPLE_CONFIG);
  REQUIRE_FALSE(example.empty());
  std::mt19937 rng(20240601);
  const char pool[] = "=[]{}\"'#\n\\.,-+:0123456789aezt \x01\xff\xc3";
  for (int round = 0; round < 1500; ++round) {
    std::string text = example;
    const int edits = 1 + int(rng() % 8);
    for (int e = 0; e < edits && !text.empty(); ++e) {
      const size_t at = rng() % text.size();
      switch (rng() % 4) {
        case 0: text[at] = pool[rng() % (sizeof pool - 1)]; break;
        case 1: text.erase(at, 1 + rng() % 40); break;
        case 2: text.insert(at, 1, pool[rng() % (sizeof pool - 1)]); break;
        default: text.insert(at, text.substr(rng() % text.size(), 1 + rng() % 60)); break;
      }
    }
    ConfigLoad load = parse(text);
    check_safe(load.config);
  }
}

TEST_CASE("helpline texts, the QR caption and the teaser can be given per language") {
  ConfigLoad load = parse(
      "qr_caption = { en = \"Read more\", pl = \"Czytaj dalej\" }\n"
      "[teaser]\n"
      "en = [\"Hello\", \"Job?\"]\n"
      "uk = [\"Привіт\"]\n"
      "[[helplines]]\n"
      "name = { en = \"Local help\", uk = \"Місцева допомога\" }\n"
      "number = \"112\"\n"
      "hours = \"24/7\"\n"
      "note = { en = \"Free\", uk = \"Безкоштовно\", el = \"Δωρεάν\" }\n");
  for (const ConfigIssue& i : load.issues) MESSAGE(format_issue(i, load.source));
  CHECK(load.issues.empty());
  REQUIRE(load.config.helplines.size() == 1);
  const Helpline& h = load.config.helplines[0];
  CHECK(h.name.value == "Local help");
  REQUIRE(h.name.variant("uk"));
  CHECK(*h.name.variant("uk") == "Місцева допомога");
  CHECK(h.name.variant("pl") == nullptr);
  CHECK(h.hours.value == "24/7");
  CHECK(h.hours.variants.empty());
  CHECK(h.note.value == "Free");
  CHECK(h.note.variants.size() == 3);  // en, uk, el
  CHECK(load.config.qr_caption.value == "Read more");
  CHECK(*load.config.qr_caption.variant("pl") == "Czytaj dalej");
  CHECK(load.config.teaser.value == std::vector<std::string>{"Hello", "Job?"});
  CHECK(*load.config.teaser.variant("uk") == std::vector<std::string>{"Привіт"});
}

TEST_CASE("per-language texts: unknown languages, wrong types and a missing 'en' are reported with positions") {
  ConfigLoad load = parse(
      "[[helplines]]\n"
      "name = \"Local help\"\n"
      "number = \"112\"\n"
      "note = { en = \"Free\", ukr = \"x\", de = 5 }\n"
      "hours = { uk = \"цілодобово\", pl = \"całą dobę\" }\n"
      "[[helplines]]\n"
      "name = { xx = \"Nobody\" }\n"
      "number = \"116 000\"\n");
  for (const ConfigIssue& i : load.issues) MESSAGE(format_issue(i, load.source));
  const ConfigIssue* ukr = find_issue(load, "helplines[0].note.ukr");
  REQUIRE(ukr);
  CHECK(ukr->severity == ConfigIssue::Severity::Error);
  CHECK(ukr->line == 4);
  CHECK(ukr->column > 1);
  CHECK(ukr->message.find("did you mean 'uk'") != std::string::npos);
  const ConfigIssue* de = find_issue(load, "helplines[0].note.de");
  REQUIRE(de);
  CHECK(de->line == 4);
  // No 'en' in hours: the entry written first (uk) becomes the default, with a warning.
  const ConfigIssue* hours = find_issue(load, "helplines[0].hours");
  REQUIRE(hours);
  CHECK(hours->severity == ConfigIssue::Severity::Warning);
  CHECK(hours->line == 5);
  // A name with no usable language at all: that helpline is left out, the other one kept.
  CHECK(find_issue(load, "helplines[1].name.xx"));
  REQUIRE(find_issue(load, "helplines[1].name"));
  CHECK(find_issue(load, "helplines[1].name")->line == 7);
  REQUIRE(load.config.helplines.size() == 1);
  const Helpline& h = load.config.helplines[0];
  CHECK(h.note.value == "Free");
  CHECK(h.note.variants.size() == 1);  // only en survived
  CHECK(h.hours.value == "цілодобово");
  CHECK(*h.hours.variant("pl") == "całą dobę");
}

TEST_CASE("a per-language teaser or caption of the wrong shape falls back with an issue") {
  ConfigLoad load = parse(
      "qr_caption = [\"a\"]\n"
      "[teaser]\n"
      "uk = \"not a list\"\n"
      "pl = [\"Cześć\"]\n");
  const ConfigIssue* caption = find_issue(load, "qr_caption");
  REQUIRE(caption);
  CHECK(caption->line == 1);
  CHECK(load.config.qr_caption.value == SiteConfig().qr_caption.value);
  const ConfigIssue* uk = find_issue(load, "teaser.uk");
  REQUIRE(uk);
  CHECK(uk->line == 3);
  // No "en" lines: English visitors get the built-in teaser; Polish ones get theirs.
  CHECK(load.config.teaser.value.empty());
  CHECK(*load.config.teaser.variant("pl") == std::vector<std::string>{"Cześć"});
  CHECK(load.config.teaser.variant("uk") == nullptr);
}

TEST_CASE("checks: the built-in defaults, a country's own list, and every broken entry falling back") {
  // Defaults: five concrete checks; the step adds "none" itself, so no config may use that id.
  const SiteConfig d;
  CHECK(d.check_step);
  REQUIRE(d.checks.size() == 5);
  CHECK(d.checks[0].id == "agency-register");
  for (const CheckOption& c : d.checks) {
    CHECK_FALSE(c.label.empty());
    CHECK_FALSE(c.feedback.empty());
    CHECK(c.id != kNoCheckId);
  }
  ConfigLoad empty = parse("");
  CHECK(empty.config.checks.size() == 5);

  // A country's own checks, with per-language texts, replace the defaults in their order.
  ConfigLoad own = parse(
      "check_step = true\n"
      "[[checks]]\nid = \"agency-register\"\nlabel = { en = \"Look the agency up in the register\", uk = \"Перевір агентство в реєстрі\" }\n"
      "feedback = \"Good check. The register is kept by the labour authority.\"\n"
      "[[checks]]\nid = \"ngo\"\nlabel = \"Ask the migrant workers' advice desk\"\nfeedback = \"Good check.\"\n");
  for (const ConfigIssue& i : own.issues) MESSAGE(format_issue(i, own.source));
  CHECK(own.issues.empty());
  REQUIRE(own.config.checks.size() == 2);
  CHECK(own.config.checks[0].label.value == "Look the agency up in the register");
  REQUIRE(own.config.checks[0].label.variant("uk") != nullptr);
  CHECK(*own.config.checks[0].label.variant("uk") == "Перевір агентство в реєстрі");
  CHECK(own.config.checks[1].id == "ngo");

  // Broken entries are left out one by one, each with an error at its line.
  ConfigLoad broken = parse(
      "[[checks]]\nid = \"none\"\nlabel = \"x\"\nfeedback = \"y\"\n"                   // reserved id (line 1)
      "[[checks]]\nid = \"Bad Id\"\nlabel = \"x\"\nfeedback = \"y\"\n"                 // not a plain id (line 5)
      "[[checks]]\nid = \"ok\"\nlabel = \"Fine\"\nfeedback = \"Fine.\"\ncolour = 3\n"  // unknown key: a warning
      "[[checks]]\nid = \"ok\"\nlabel = \"again\"\nfeedback = \"again\"\n"             // repeated id (line 14)
      "[[checks]]\nid = \"no-feedback\"\nlabel = \"x\"\n");                            // no feedback (line 18)
  REQUIRE(broken.config.checks.size() == 1);
  CHECK(broken.config.checks[0].id == "ok");
  const ConfigIssue* first = find_issue(broken, "checks[0]");
  REQUIRE(first);
  CHECK(first->line == 1);
  CHECK(first->message.find("not \"none\"") != std::string::npos);
  CHECK(find_issue(broken, "checks[1]") != nullptr);
  CHECK(find_issue(broken, "checks[2].colour")->severity == ConfigIssue::Severity::Warning);
  CHECK(find_issue(broken, "checks[3]") != nullptr);
  REQUIRE(find_issue(broken, "checks[4]") != nullptr);
  CHECK(find_issue(broken, "checks[4]")->message.find("needs a label and a feedback") != std::string::npos);

  // Nothing usable, or not a list of tables: the defaults stay; a wrong check_step keeps the step on.
  ConfigLoad none_left = parse("[[checks]]\nid = \"none\"\nlabel = \"x\"\nfeedback = \"y\"\n");
  CHECK(none_left.config.checks.size() == 5);
  CHECK(find_issue(none_left, "checks") != nullptr);
  ConfigLoad not_tables = parse("checks = [\"agency-register\"]\ncheck_step = \"yes\"\n");
  CHECK(not_tables.config.checks.size() == 5);
  CHECK(find_issue(not_tables, "checks") != nullptr);
  CHECK(not_tables.config.check_step);
  CHECK(find_issue(not_tables, "check_step") != nullptr);
  CHECK_FALSE(parse("check_step = false\n").config.check_step);
  check_safe(broken.config);
}
