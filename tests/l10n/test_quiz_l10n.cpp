// The quiz bank in the visitor's language: stable keys and the committed quiz.pot, 100% of the bank
// in every shipped language, English fallback for missing or stale entries, and a language switch in
// the middle of a quiz that keeps the answers.
#include "l10n_test_helpers.h"
#include "quiz/quiz_l10n.h"
#include "quiz/quiz_run.h"

using namespace lureproof;

using namespace l10n_test;

namespace {

QuizBank shipped_bank() { return load_quiz_bank(std::string(LURE_SOURCE_ASSETS) + "/quiz/quiz-bank.toml"); }

QuizCard card(const std::string& id, const std::string& sender, const std::string& text, const std::string& why) {
    QuizCard c;
    c.id = id;
    c.sender = sender;
    c.text = text;
    c.why = why;
    return c;
}

}  // namespace

TEST_CASE("quiz entries: sender, text and why of every card, keyed by card id") {
    const QuizBank bank = shipped_bank();
    REQUIRE(bank.ok());
    const auto entries = quiz_l10n_entries(bank.cards, "assets/quiz/quiz-bank.toml");
    REQUIRE(entries.size() == bank.cards.size() * 3);
    std::set<std::string> keys;
    for (const auto& e : entries) {
        CHECK(keys.insert(e.context).second);
        CHECK_FALSE(e.msgid.empty());
        CHECK(e.reference.rfind("assets/quiz/quiz-bank.toml:", 0) == 0);
        CHECK(e.comment.find("Quiz card ") == 0);
    }
    CHECK(entries[0].context == bank.cards[0].id + ".sender");
    CHECK(entries[1].context == bank.cards[0].id + ".text");
    CHECK(entries[1].msgid == bank.cards[0].text);
    CHECK(entries[2].context == bank.cards[0].id + ".why");
}

TEST_CASE("the committed quiz.pot matches the bank (run scripts/l10n/update.sh after editing it)") {
    const QuizBank bank = shipped_bank();
    REQUIRE(bank.ok());
    const std::string expected =
        lure::write_pot(quiz_l10n_entries(bank.cards, "assets/quiz/quiz-bank.toml"), kQuizL10nDomain);
    CHECK(read_file(std::string(LURE_SOURCE_ASSETS) + "/l10n/templates/quiz.pot") == expected);
}

TEST_CASE("every shipped language translates the whole quiz bank") {
    const QuizBank bank = shipped_bank();
    REQUIRE(bank.ok());
    REQUIRE_FALSE(shipped_language_dirs().empty());
    for (const std::string& lang : shipped_language_dirs()) {
        std::vector<lure::Diagnostic> w;
        const lure::Catalog catalog =
            lure::load_catalog(std::string(LURE_BUILD_ASSETS) + "/l10n/" + lang + "/quiz.mo", w);
        CHECK_MESSAGE(w.empty(), lang);
        CHECK(catalog.language() == lang);
        const QuizLocalizeResult r = localize_quiz(bank.cards, catalog);
        std::string missing;
        for (const std::string& m : r.missing) missing += " " + m;
        MESSAGE(lang << "/quiz: " << r.translated << "/" << r.total);
        CHECK_MESSAGE(r.translated == r.total, lang << " misses" << missing);
        CHECK(r.total == int(bank.cards.size()) * 3);
        // The offers and explanations really are in another language (names may stay as they are).
        REQUIRE(r.cards.size() == bank.cards.size());
        for (std::size_t i = 0; i < bank.cards.size(); ++i) {
            CHECK_MESSAGE(r.cards[i].text != bank.cards[i].text, lang << " " << bank.cards[i].id);
            CHECK_MESSAGE(r.cards[i].why != bank.cards[i].why, lang << " " << bank.cards[i].id);
            CHECK(r.cards[i].id == bank.cards[i].id);
            CHECK(r.cards[i].legit == bank.cards[i].legit);
            CHECK(r.cards[i].flags == bank.cards[i].flags);
        }
    }
}

TEST_CASE("missing, empty and stale quiz translations fall back to English") {
    std::vector<lure::Diagnostic> w;
    const lure::Catalog catalog = lure::load_catalog(std::string(LURE_L10N_FIXTURES) + "/quiz-fixture.mo", w);
    REQUIRE(w.empty());
    const std::vector<QuizCard> cards = {card("c1", "Ann", "Work abroad, good pay.", "A newer explanation."),
                                         card("c2", "Bob", "Hello.", "Because.")};
    const QuizLocalizeResult r = localize_quiz(cards, catalog);
    CHECK(r.total == 6);
    CHECK(r.translated == 1);
    CHECK(r.cards[0].text == "Praca za granicą, dobra płaca.");
    CHECK(r.cards[0].why == "A newer explanation.");  // the translation is of an older English text
    CHECK(r.cards[0].sender == "Ann");
    CHECK(r.cards[1].sender == "Bob");  // empty msgstr
    CHECK(std::count(r.missing.begin(), r.missing.end(), "c1.why") == 1);
    CHECK(std::count(r.missing.begin(), r.missing.end(), "c2.sender") == 1);
}

TEST_CASE("switching language in the middle of the quiz keeps the answers and the plan") {
    const QuizBank bank = shipped_bank();
    REQUIRE(bank.ok());
    LocalizedQuiz quiz(bank.cards, LURE_BUILD_ASSETS);
    QuizRun run = start_quiz_run(bank.cards, 3, 42);
    REQUIRE(run.active());

    // First card answered in English.
    const int first = run.current_card(QuizPhase::Pre);
    REQUIRE(first >= 0);
    run.trust = 2;
    run.action = 1;
    REQUIRE(run.submit(QuizPhase::Pre, quiz.get("en")));

    // The visitor switches to Polish: same plan, the next card is shown in Polish.
    const std::vector<QuizCard>& pl = quiz.get("pl");
    CHECK(&pl != &bank.cards);
    CHECK(&quiz.get("pl") == &pl);  // cached at a stable address
    const QuizRun before_switch = run;
    const int second = run.current_card(QuizPhase::Pre);
    REQUIRE(second >= 0);
    CHECK(second != first);
    CHECK(pl[size_t(second)].id == bank.cards[size_t(second)].id);
    CHECK(pl[size_t(second)].text != bank.cards[size_t(second)].text);
    CHECK(run == before_switch);  // looking the cards up in another language changed nothing
    run.trust = 5;
    run.action = 0;
    REQUIRE(run.submit(QuizPhase::Pre, pl));

    // And to Ukrainian for the last card.
    const int third = run.current_card(QuizPhase::Pre);
    REQUIRE(third >= 0);
    run.trust = 1;
    run.action = 2;
    REQUIRE(run.submit(QuizPhase::Pre, quiz.get("uk")));
    CHECK(run.finished(QuizPhase::Pre));
    REQUIRE(run.pre.size() == 3);
    CHECK(run.pre[0].trust == 2);
    CHECK(run.pre[1].trust == 5);
    CHECK(run.pre[2].trust == 1);
    CHECK(run.pre[0].legit == bank.cards[size_t(first)].legit);
    CHECK(run.pre[1].legit == bank.cards[size_t(second)].legit);
    CHECK(quiz.take_warnings().empty());
}

TEST_CASE("a language without a quiz catalogue shows the English cards, with a warning") {
    const QuizBank bank = shipped_bank();
    REQUIRE(bank.ok());
    LocalizedQuiz quiz(bank.cards, LURE_BUILD_ASSETS);
    CHECK(&quiz.get("xx") == &bank.cards);
    CHECK(&quiz.get("") == &bank.cards);
    const auto w = quiz.take_warnings();
    REQUIRE(w.size() == 1);
    CHECK(w[0].code == "L10N001");
    CHECK(quiz.take_warnings().empty());
    CHECK(&quiz.get("xx") == &bank.cards);  // remembered: no second warning
    CHECK(quiz.take_warnings().empty());
}
