// The bundled teaching content: the scenarios in assets/scenarios, the drafts in assets/drafts
// (written and checked, not yet translated, so not shipped) and the quiz bank.
//  - every scenario loads and passes the checker with 0 errors and 0 warnings;
//  - exhaustive coverage reaches every node and every ending, with no dead ends;
//  - golden playthroughs: the shortest path to each ending (written by hand below) reaches that
//    ending and shows exactly the expected red flags, in order;
//  - content rules from docs/content-guidelines.md (endings, flags, debrief, helplines, line ids);
//  - the quiz bank has >= 24 cards, exactly half legitimate, each complete; every draft story has
//    its cards in assets/drafts/quiz-<id>.toml (>= 2 legitimate, >= 2 lures, each complete), and card
//    ids are unique across the bank and all drafts.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#define TOML_EXCEPTIONS 0
#include <toml++/toml.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "lure/lure.h"

#ifndef LURE_SCENARIO_DIR
#error "LURE_SCENARIO_DIR must be defined (tests/scenarios/CMakeLists.txt)"
#endif
#ifndef LURE_DRAFT_DIR
#error "LURE_DRAFT_DIR must be defined (tests/scenarios/CMakeLists.txt)"
#endif
#ifndef LURE_QUIZ_BANK
#error "LURE_QUIZ_BANK must be defined (tests/scenarios/CMakeLists.txt)"
#endif

namespace {

const std::vector<std::string> kScenarios = {"dream-job",   "remote-it-job", "casting-call", "perfect-partner",
                                             "border-help", "au-pair",       "easy-money",   "permit-fee",
                                             "game-friend", "marriage-offer"};

// Draft stories (assets/drafts/README.md): held to every rule below, but not yet shipped.
const std::vector<std::string> kDrafts = {};

// The shipped stories and the drafts: every test below runs over both.
const std::vector<std::string>& all_stories() {
    static const std::vector<std::string> all = [] {
        std::vector<std::string> v = kScenarios;
        v.insert(v.end(), kDrafts.begin(), kDrafts.end());
        return v;
    }();
    return all;
}

bool is_draft(const std::string& id) { return std::find(kDrafts.begin(), kDrafts.end(), id) != kDrafts.end(); }

std::string path_of(const std::string& id) {
    return std::string(is_draft(id) ? LURE_DRAFT_DIR : LURE_SCENARIO_DIR) + "/" + id + ".lure";
}

struct Loaded {
    lure::ParseResult result;
    std::string dump;
};

// Loads (parse + includes + checker) once per scenario; the Scenario must stay alive for Story.
const Loaded& load(const std::string& id) {
    static std::map<std::string, Loaded> cache;
    auto it = cache.find(id);
    if (it != cache.end()) return it->second;
    lure::DiskFileSource files;
    Loaded l{lure::load_scenario(path_of(id), files), {}};
    for (const auto& d : l.result.diagnostics) l.dump += lure::format_diagnostic(d) + "\n";
    return cache.emplace(id, std::move(l)).first->second;
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

std::string join(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : " | ") + s;
    return out;
}

// Visits every statement (recursing into if-branches).
template <class F>
void each_statement(const std::vector<lure::Statement>& body, F&& f) {
    for (const lure::Statement& s : body) {
        f(s);
        for (const lure::Branch& b : s.branches) each_statement(b.body, f);
    }
}

// ---- golden expectations (hand-written from the scenario design, not generated) ----------------
struct Golden {
    std::string ending_node;
    lure::EndingClass ending;
    std::vector<std::string> choices;  // choice texts, from the start
    std::vector<std::string> flags;    // red flags shown, in first-seen order
};

const std::map<std::string, std::vector<Golden>>& goldens() {
    using E = lure::EndingClass;
    static const std::map<std::string, std::vector<Golden>> g = {
        {"dream-job",
         {
             {"end_safe",
              E::Safe,
              {"Send Claudia a message", "Tell Claudia you're in", "Say you'll check the agency first",
               "Say no to Claudia and report the post to the group admins"},
              {"too-good", "hurry", "reservation-fee", "many-names"}},
             {"end_harmed",
              E::Harmed,
              {"Send Claudia a message", "Tell Claudia you're in", "Pay the 60 € and send a photo of your ID",
               "Hand over your passport", "Keep working until the debt is paid"},
              {"too-good", "hurry", "reservation-fee", "passport-collect", "far-away", "debt-grows"}},
             {"end_got_help",
              E::GotHelp,
              {"Send Claudia a message", "Tell Claudia you're in", "Pay the 60 € and send a photo of your ID",
               "Keep it: \"I'll show it myself at the border\"", "Walk to town and find help"},
              {"too-good", "hurry", "reservation-fee", "passport-collect", "far-away", "debt-grows"}},
         }},
        {"remote-it-job",
         {
             {"end_safe",
              E::Safe,
              {"Reply that you're interested", "Email your embassy in Bangkok about the company", "Decline the offer"},
              {"cold-approach", "rushed-offer", "free-mail", "tourist-visa", "contract-on-arrival"}},
             {"end_harmed",
              E::Harmed,
              {"Reply that you're interested", "Accept the offer and fly", "Stay in the car. It's probably fine",
               "Do what they say, for now"},
              {"cold-approach", "rushed-offer", "free-mail", "tourist-visa", "contract-on-arrival", "route-change",
               "passport-taken", "travel-debt", "not-the-job"}},
             {"end_got_help",
              E::GotHelp,
              {"Reply that you're interested", "Tell Grace the plan and agree a code word", "Accept the offer and fly",
               "Send Grace the code word"},
              {"cold-approach", "rushed-offer", "free-mail", "tourist-visa", "contract-on-arrival", "route-change"}},
         }},
        {"casting-call",
         {
             {"end_safe",
              E::Safe,
              {"Send a DM with three photos from your profile", "Check the agency's profile before you answer",
               "Open the Paris agency's own website", "Stop answering Alina and report the profile"},
              {"too-good", "body-photos", "new-profile"}},
             {"end_harmed_milan",
              E::Harmed,
              {"Send a DM with three photos from your profile", "Send the photos", "Sign and send the passport scan",
               "Stay and work off the debt first"},
              {"too-good", "body-photos", "lookalike-domain", "italian-contract", "portfolio-fee", "eu-no-permit",
               "keep-quiet", "passport-held"}},
             {"end_help_milan",
              E::GotHelp,
              {"Send a DM with three photos from your profile", "Send the photos", "Sign and send the passport scan",
               "Slip out to a café and call 112"},
              {"too-good", "body-photos", "lookalike-domain", "italian-contract", "portfolio-fee", "eu-no-permit",
               "keep-quiet", "passport-held"}},
             {"end_reported",
              E::GotHelp,
              {"Send a DM with three photos from your profile", "Send the photos", "Show everything to Desi",
               "Tell Alina no", "Say no: stop, save, block, tell"},
              {"too-good", "body-photos", "lookalike-domain", "italian-contract", "portfolio-fee", "eu-no-permit",
               "keep-quiet", "pay-or-share"}},
             {"end_harmed_paid",
              E::Harmed,
              {"Send a DM with three photos from your profile", "Send the photos", "Show everything to Desi",
               "Tell Alina no", "Pay the 500 € so it stops", "Find the money somehow and pay again"},
              {"too-good", "body-photos", "lookalike-domain", "italian-contract", "portfolio-fee", "eu-no-permit",
               "keep-quiet", "pay-or-share"}},
         }},
        {"perfect-partner",
         {
             {"end_safe",
              E::Safe,
              {"Reply", "Say it's too much, you can't accept it", "Tell Noor anyway", "Go to Noor's party",
               "Talk to Noor before you answer", "End it: block him, keep the screenshots"},
              {"out-of-nowhere", "too-fast", "gift", "keep-secret", "isolate", "move-abroad", "passport-photo"}},
             {"end_harmed",
              E::Harmed,
              {"Reply", "Accept the gift", "Keep it to yourself", "Stay on video with Jesse",
               "Say yes and send the passport photo", "Stay. He says he loves you"},
              {"out-of-nowhere", "too-fast", "gift", "keep-secret", "isolate", "move-abroad", "passport-photo"}},
             {"end_got_help",
              E::GotHelp,
              {"Reply", "Accept the gift", "Keep it to yourself", "Stay on video with Jesse",
               "Say yes and send the passport photo", "Message Noor where you are"},
              {"out-of-nowhere", "too-fast", "gift", "keep-secret", "isolate", "move-abroad", "passport-photo"}},
         }},
        {"border-help",
         {
             {"end_safe",
              E::Safe,
              {"Show the message to the volunteers at the information point",
               "Take a registered ride with the volunteers' help", "Block Halyna and wait for the van"},
              {"instant-answer", "all-free", "two-seats"}},
             {"end_stopped",
              E::GotHelp,
              {"Ask Halyna for details", "Text Iryna the plan and agree a code word", "Go to the car park at 21:00",
               "Text Iryna the code word and the number plate"},
              {"instant-answer", "all-free", "two-seats", "no-hotel-name", "meet-behind", "passports", "phones"}},
             {"end_harmed",
              E::Harmed,
              {"Ask Halyna for details", "Go to the car park at 21:00", "Give him the passports and your phone",
               "Stay and work. Artem needs a roof"},
              {"instant-answer", "all-free", "two-seats", "no-hotel-name", "meet-behind", "passports", "phones",
               "rent-debt"}},
             {"end_got_help",
              E::GotHelp,
              {"Ask Halyna for details", "Go to the car park at 21:00", "Give him the passports and your phone",
               "Borrow another worker's phone and call 112"},
              {"instant-answer", "all-free", "two-seats", "no-hotel-name", "meet-behind", "passports", "phones",
               "rent-debt"}},
         }},
        {"game-friend",
         {
             {"end_safe",
              E::Safe,
              {"Say \"nice!\" and go and eat", "Ask him about the app, calmly: \"You're not in trouble\"",
               "Say: \"Let's tell Mum and Dad tonight. I'll be there\"",
               "Report both accounts and block them, keeping every screenshot"},
              {"free-gems", "vanishing-app", "so-mature", "dont-tell"}},
             {"end_harmed",
              E::Harmed,
              {"Say \"nice!\" and go and eat", "Leave it. He's 13, he has a right to privacy",
               "Let him be. He'll come to you if it matters", "Pay with his birthday money, so it stops",
               "Find the money somehow, and keep the secret"},
              {"free-gems", "vanishing-app", "skip-practice", "pay-or-else"}},
             {"end_got_help",
              E::GotHelp,
              {"Say \"nice!\" and go and eat", "Leave it. He's 13, he has a right to privacy",
               "Let him be. He'll come to you if it matters",
               "Stay calm: \"It's not your fault. We don't pay, and we get help\"",
               "Report it to the police online, tonight, with the screenshots"},
              {"free-gems", "vanishing-app", "skip-practice", "pay-or-else"}},
         }},
        {"marriage-offer",
         {
             {"end_safe",
              E::Safe,
              {"Open the post", "Write to Victor",
               "Ask to meet in person first, with both families, and take your time",
               "\"If you can't wait, it isn't right for me.\""},
              {"pays-everything", "take-you-out", "wedding-in-august", "other-girls"}},
             {"end_harmed",
              E::Harmed,
              {"Open the post", "Write to Victor", "Say yes to August",
               "Send Irina Victor's full name and the address in Italy before you fly",
               "Hand it over. He's your husband", "Accept it. He says it will get better when his mother is well"},
              {"pays-everything", "take-you-out", "wedding-in-august", "dont-tell", "passport-drawer", "no-phone",
               "you-owe-me"}},
             {"end_got_help",
              E::GotHelp,
              {"Open the post", "Write to Victor", "Say yes to August",
               "Send Irina Victor's full name and the address in Italy before you fly",
               "Hand it over. He's your husband", "At the pharmacy, talk to the Moldovan woman in the queue",
               "Call the helpline on Mariana's phone"},
              {"pays-everything", "take-you-out", "wedding-in-august", "dont-tell", "passport-drawer", "no-phone",
               "you-owe-me"}},
         }},
        {"au-pair",
         {
             {"end_safe",
              E::Safe,
              {"Send an application", "Say it all sounds great",
               "Say no, and look for a family through a recognised agency"},
              {"whatsapp-only", "pocket-too-high", "no-agency", "flights-tourist", "no-own-room"}},
             {"end_harmed",
              E::Harmed,
              {"Send an application", "Say it all sounds great", "Accept and fly",
               "Keep it: \"It's fine, I'll keep it in my bag\"", "Stay. The boys love you, and you owe the flight"},
              {"whatsapp-only", "pocket-too-high", "no-agency", "flights-tourist", "no-own-room", "passport-safe",
               "no-day-off", "pocket-deducted"}},
             {"end_got_help",
              E::GotHelp,
              {"Send an application", "Say it all sounds great", "Accept and fly", "Hand it over. It's just for safety",
               "Talk to Yusuf, the cook, during a break"},
              {"whatsapp-only", "pocket-too-high", "no-agency", "flights-tourist", "no-own-room", "passport-safe",
               "no-day-off", "pocket-deducted"}},
         }},
        {"easy-money",
         {
             {"end_safe",
              E::Safe,
              {"Ask what the job is", "Look ClickWave up yourself", "Leave the group and report the chat"},
              {"out-of-the-blue", "paid-to-like", "money-through-account"}},
             {"end_reported",
              E::GotHelp,
              {"Ask what the job is", "Say you're in", "Send the IBAN, ID and selfie, but not the code",
               "Call your bank on the number on your card"},
              {"out-of-the-blue", "paid-to-like", "money-through-account", "bank-details", "big-sum-rush"}},
             {"end_got_help",
              E::GotHelp,
              {"Ask what the job is", "Say you're in", "Send the IBAN, ID and selfie, but not the code",
               "Forward it quickly", "Take your phone to the Garda station"},
              {"out-of-the-blue", "paid-to-like", "money-through-account", "bank-details", "big-sum-rush",
               "made-up-debt", "threats"}},
             {"end_harmed",
              E::Harmed,
              {"Ask what the job is", "Say you're in", "Send the IBAN, ID and selfie, but not the code",
               "Forward it quickly", "Do what Dan says", "Keep going. The debt has to end sometime"},
              {"out-of-the-blue", "paid-to-like", "money-through-account", "bank-details", "big-sum-rush",
               "made-up-debt", "threats", "forced-crime"}},
         }},
        {"permit-fee",
         {
             {"end_safe",
              E::Safe,
              {"Send Liza a message", "Tell Liza you're interested", "Check the agency and the job first",
               "Say no to Liza and report her page to the DMW"},
              {"fast-easy", "sub-agent", "permit-fee", "pay-now", "no-job-order"}},
             {"end_reported",
              E::GotHelp,
              {"Send Liza a message", "Tell Liza you're interested", "Borrow the money and pay the first half",
               "Stop here, and report Liza and Adria Prime to the DMW"},
              {"fast-easy", "sub-agent", "permit-fee", "pay-now", "permit-mismatch"}},
             {"end_harmed",
              E::Harmed,
              {"Send Liza a message", "Tell Liza you're interested", "Borrow the money and pay the first half",
               "Borrow the second half and fly", "Hand over your passport", "Keep working until the loan is paid"},
              {"fast-easy", "sub-agent", "permit-fee", "pay-now", "permit-mismatch", "passport-held", "not-the-job",
               "debt-deducted"}},
             {"end_got_help",
              E::GotHelp,
              {"Send Liza a message", "Tell Liza you're interested", "Borrow the money and pay the first half",
               "Borrow the second half and fly", "Keep it: \"I'll hand it in at the police station myself\"",
               "Take the bus to town and go to the police"},
              {"fast-easy", "sub-agent", "permit-fee", "pay-now", "permit-mismatch", "passport-held", "not-the-job",
               "debt-deducted"}},
         }},
    };
    return g;
}

// ---- quiz cards (assets/quiz/quiz-bank.toml and assets/drafts/quiz-<id>.toml) -----------------
struct CardCount {
    int legit = 0, lures = 0;
};

// Checks every card of a quiz file in the bank's format: a new id (`ids` holds those of the files
// read before), a known channel, sender, text of at most 280 characters, why, legit, flags from the
// red-flag categories (none on a legitimate card; a lure has flags and a source), and a scenario
// that is a shipped or draft story.
CardCount check_quiz_cards(const std::string& path, std::set<std::string>& ids) {
    CAPTURE(path);
    CardCount count;
    toml::parse_result parsed = toml::parse_file(path);
    REQUIRE_MESSAGE(static_cast<bool>(parsed), parsed.error().description());
    const toml::array* cards = parsed.table()["card"].as_array();
    REQUIRE(cards != nullptr);
    const std::set<std::string> channels = {"job-ad", "chat", "sms", "email", "social-post"};
    const std::set<std::string> categories(lure::flag_categories().begin(), lure::flag_categories().end());
    for (const toml::node& node : *cards) {
        const toml::table* card = node.as_table();
        REQUIRE(card != nullptr);
        const std::string id = card->get("id") ? card->get("id")->value_or(std::string()) : std::string();
        CAPTURE(id);
        CHECK_FALSE(id.empty());
        CHECK_MESSAGE(ids.insert(id).second, "card id used twice across the bank and the drafts");
        const std::string channel = (*card)["channel"].value_or(std::string());
        CHECK(channels.count(channel) == 1);
        CHECK_FALSE((*card)["sender"].value_or(std::string()).empty());
        const std::string text = (*card)["text"].value_or(std::string());
        CHECK_FALSE(text.empty());
        std::size_t code_points = 0;
        for (unsigned char ch : text) code_points += (ch & 0xC0) != 0x80;
        CHECK(code_points <= 280);
        CHECK_FALSE((*card)["why"].value_or(std::string()).empty());
        const std::string scenario = (*card)["scenario"].value_or(std::string());
        if (!scenario.empty()) {
            const std::vector<std::string>& all = all_stories();
            CHECK_MESSAGE(std::find(all.begin(), all.end(), scenario) != all.end(), "unknown scenario " << scenario);
        }
        const std::optional<bool> is_legit = (*card)["legit"].value<bool>();
        REQUIRE(is_legit.has_value());
        const toml::array* flags = (*card)["flags"].as_array();
        REQUIRE(flags != nullptr);
        for (const toml::node& f : *flags) CHECK(categories.count(f.value_or(std::string())) == 1);
        if (*is_legit) {
            ++count.legit;
            CHECK(flags->empty());
        } else {
            ++count.lures;
            CHECK_FALSE(flags->empty());
            CHECK_FALSE((*card)["source"].value_or(std::string()).empty());
        }
    }
    return count;
}

}  // namespace

TEST_CASE("every bundled scenario passes the checker with 0 errors and 0 warnings") {
    for (const std::string& id : all_stories()) {
        CAPTURE(id);
        const Loaded& l = load(id);
        INFO(l.dump);
        CHECK(lure::count_severity(l.result.diagnostics, lure::Severity::Error) == 0);
        CHECK(lure::count_severity(l.result.diagnostics, lure::Severity::Warning) == 0);
        CHECK(l.result.scenario.header.id == id);
        CHECK(l.result.scenario.header.language == "en");
    }
}

TEST_CASE("coverage reaches every node and every ending") {
    for (const std::string& id : all_stories()) {
        CAPTURE(id);
        const Loaded& l = load(id);
        REQUIRE(l.result.ok());
        lure::CoverageReport report = lure::explore(l.result.scenario);
        INFO(lure::format_coverage(report));
        CHECK(report.complete);
        CHECK(report.nodes_never_reached.empty());
        CHECK(report.endings_never_reached.empty());
        CHECK(report.dead_ends.empty());
        CHECK(report.runtime_errors.empty());
        std::size_t endings = 0;
        for (const auto& n : l.result.scenario.nodes) endings += n.ending != lure::EndingClass::None;
        CHECK(report.endings.size() == endings);
    }
}

TEST_CASE("golden: the shortest path to each ending reaches it and shows the expected red flags") {
    for (const std::string& id : all_stories()) {
        CAPTURE(id);
        const Loaded& l = load(id);
        REQUIRE(l.result.ok());
        const lure::Scenario& sc = l.result.scenario;
        lure::CoverageReport report = lure::explore(sc);

        const auto& expected = goldens().at(id);
        // Every ending of the scenario has a golden entry.
        std::size_t endings = 0;
        for (const auto& n : sc.nodes) endings += n.ending != lure::EndingClass::None;
        CHECK(expected.size() == endings);

        for (const Golden& g : expected) {
            CAPTURE(g.ending_node);
            lure::Story story(sc);
            story.start(1);
            for (const std::string& text : g.choices) {
                CAPTURE(text);
                REQUIRE_FALSE(story.is_ended());
                std::size_t pick = story.choices().size();
                std::vector<std::string> offered;
                for (std::size_t i = 0; i < story.choices().size(); ++i) {
                    offered.push_back(story.choices()[i].text);
                    if (story.choices()[i].text == text && story.choices()[i].enabled) pick = i;
                }
                INFO("offered: " << join(offered));
                REQUIRE(pick < story.choices().size());
                REQUIRE(story.choose(pick));
            }
            CHECK(story.runtime_errors().empty());
            REQUIRE(story.is_ended());
            CHECK(story.current().id == g.ending_node);
            CHECK(story.ending() == g.ending);
            INFO("flags seen: " << join(story.flags_seen()));
            CHECK(story.flags_seen() == g.flags);
            CHECK_FALSE(story.current().debrief.empty());

            // The golden path is a shortest one: as long as the explorer's shortest path.
            const lure::EndingReached* reached = nullptr;
            for (const auto& e : report.endings)
                if (e.node == g.ending_node) reached = &e;
            REQUIRE(reached != nullptr);
            CHECK(reached->ending == g.ending);
            CHECK(reached->choice_path.size() == g.choices.size());
        }
    }
}

TEST_CASE("content rules: endings, red flags, technique, helplines, line ids") {
    const std::set<std::string> categories(lure::flag_categories().begin(), lure::flag_categories().end());
    for (const std::string& id : all_stories()) {
        CAPTURE(id);
        const Loaded& l = load(id);
        REQUIRE(l.result.ok());
        const lure::Scenario& sc = l.result.scenario;

        // Header: a technique from UNODC's vocabulary, a persona, a content note, 4-8 minutes.
        REQUIRE(sc.header.technique != lure::Technique::Unspecified);
        const std::string technique = sc.header.technique == lure::Technique::Fishing ? "fishing" : "hunting";
        CHECK_FALSE(sc.header.persona.name.empty());
        CHECK(sc.header.persona.age >= 18);
        CHECK_FALSE(sc.header.content_note.empty());
        CHECK(sc.header.minutes >= 4);
        CHECK(sc.header.minutes <= 8);

        // >= 3 endings including a safe and a harmed one (and one where the player got help).
        int safe = 0, harmed = 0, got_help = 0;
        for (const lure::Node& n : sc.nodes) {
            if (n.ending == lure::EndingClass::None) continue;
            CAPTURE(n.id);
            safe += n.ending == lure::EndingClass::Safe;
            harmed += n.ending == lure::EndingClass::Harmed;
            got_help += n.ending == lure::EndingClass::GotHelp;
            std::string debrief;
            each_statement(n.body, [&](const lure::Statement& s) {
                if (s.kind != lure::Statement::Kind::Message) return;
                const lure::Message& m = sc.messages[static_cast<std::size_t>(s.index)];
                if (m.is_debrief) debrief += lower(m.text.raw) + "\n";
            });
            // The debrief names the technique.
            CHECK(debrief.find(technique) != std::string::npos);
            if (n.ending != lure::EndingClass::Safe) {
                // No blame and a route to help in every ending where the trap closed.
                if (n.ending == lure::EndingClass::Harmed) CHECK(debrief.find("never your fault") != std::string::npos);
                CHECK(debrief.find("112") != std::string::npos);
                CHECK(debrief.find("helpline") != std::string::npos);
            }
        }
        CHECK(safe + harmed + got_help >= 3);
        CHECK(safe >= 1);
        CHECK(harmed >= 1);
        CHECK(got_help >= 1);

        // >= 5 distinct red flags, each complete, each with a known category.
        CHECK(sc.flags.size() >= 5);
        for (const lure::RedFlag& f : sc.flags) {
            CAPTURE(f.id);
            CHECK_FALSE(f.label.empty());
            CHECK(categories.count(f.category) == 1);
            CHECK_FALSE(f.explain.empty());
            CHECK_FALSE(f.action.empty());
            CHECK_FALSE(f.source.empty());
        }

        // Every message, choice and debrief line has a #line id; only verified helpline numbers.
        for (const lure::Message& m : sc.messages) {
            CAPTURE(m.text.raw);
            CHECK_FALSE(m.line_id.empty());
            const std::string& t = m.text.raw;
            for (std::size_t p = t.find("116"); p != std::string::npos; p = t.find("116", p + 1)) {
                const std::string next = t.substr(p, 7);
                CHECK((next == "116 000" || next == "116 111" || next == "116 006"));
            }
            if (t.find("116 006") != std::string::npos) CHECK(t.find("where it exists") != std::string::npos);
            // No international phone numbers (national lines come from the kiosk configuration).
            for (std::size_t p = t.find('+'); p != std::string::npos; p = t.find('+', p + 1))
                CHECK_FALSE((p + 1 < t.size() && std::isdigit(static_cast<unsigned char>(t[p + 1]))));
        }
        for (const lure::Choice& c : sc.choices) {
            CAPTURE(c.text.raw);
            CHECK_FALSE(c.line_id.empty());
        }
    }
}

TEST_CASE("at least one disabled-with-reason choice and one sticky choice across the set") {
    int disabled = 0, sticky = 0;
    for (const std::string& id : all_stories()) {
        const Loaded& l = load(id);
        for (const lure::Choice& c : l.result.scenario.choices) {
            disabled += c.show_disabled && !c.disabled_reason.empty();
            sticky += c.sticky;
        }
    }
    CHECK(disabled >= 1);
    CHECK(sticky >= 1);
}

TEST_CASE("quiz bank: >= 24 cards, exactly half legitimate, every card complete") {
    std::set<std::string> ids;
    const CardCount bank = check_quiz_cards(LURE_QUIZ_BANK, ids);
    CHECK(bank.legit + bank.lures >= 24);
    CHECK(bank.legit == bank.lures);
}

TEST_CASE("draft quiz cards: each draft story has >= 2 legitimate and >= 2 lure cards, ids unique with the bank") {
    std::set<std::string> ids;
    check_quiz_cards(LURE_QUIZ_BANK, ids);
    // Every quiz-*.toml in the drafts folder belongs to a draft story; each draft story has one.
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(LURE_DRAFT_DIR)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("quiz-", 0) == 0 && entry.path().extension() == ".toml") files.push_back(name);
    }
    std::sort(files.begin(), files.end());
    for (const std::string& name : files) {
        const std::string story = name.substr(5, name.size() - 5 - 5);
        CAPTURE(name);
        CHECK_MESSAGE(is_draft(story), name << " names no draft story (kDrafts)");
    }
    for (const std::string& id : kDrafts) {
        CAPTURE(id);
        const std::string path = std::string(LURE_DRAFT_DIR) + "/quiz-" + id + ".toml";
        REQUIRE_MESSAGE(std::filesystem::exists(path), "a draft story needs its quiz cards: " << path);
        const CardCount c = check_quiz_cards(path, ids);
        CHECK(c.legit >= 2);
        CHECK(c.lures >= 2);
    }
}
