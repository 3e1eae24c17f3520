// Translation consistency (issue 17): every shipped language has a glossary of key terms
// (assets/l10n/<lang>/glossary.po, template templates/glossary.pot), and a catalogue entry whose English
// text contains a term must carry the term's translation (or one of its listed forms) in every form of
// its translation. An entry may opt out for one term with a reasoned "# glossary-ok: <term>: <why>"
// (an opt-out for a term its English does not use is reported as stale).
#include "l10n_test_helpers.h"

#include <clocale>
#include <cstdlib>
#include <cwctype>
#include <map>

using namespace l10n_test;

namespace {

std::string source_l10n(const std::string& rest) { return std::string(LURE_SOURCE_ASSETS) + "/l10n/" + rest; }

// Lower-cased wide text (UTF-8 decoded with the C.UTF-8 locale), so that "Pass" matches "pass" and
// "Παθ" matches "παθ".
std::wstring fold(const std::string& utf8) {
    std::wstring out(utf8.size() + 1, L'\0');
    std::size_t n = std::mbstowcs(out.data(), utf8.c_str(), out.size());
    if (n == static_cast<std::size_t>(-1)) return L"";
    out.resize(n);
    for (wchar_t& c : out) c = static_cast<wchar_t>(std::towlower(static_cast<wint_t>(c)));
    return out;
}

std::string trim(std::string s) {
    const char* ws = " \t";
    s.erase(0, s.find_first_not_of(ws));
    s.erase(s.find_last_not_of(ws) + 1);
    return s;
}

bool is_acronym(const std::string& term) {
    return std::all_of(term.begin(), term.end(), [](unsigned char c) { return c >= 'A' && c <= 'Z'; });
}

// The English forms a term is recognised by: itself and its plural ("fee" -> "fees", "agency" -> "agencies").
std::vector<std::string> english_forms(const std::string& term) {
    std::vector<std::string> forms{term};
    if (is_acronym(term) || (term.find(' ') != std::string::npos && std::isupper(static_cast<unsigned char>(term[0]))))
        return forms;  // names: no plural
    if (term.size() > 1 && term.back() == 'y' && std::string("aeiou").find(term[term.size() - 2]) == std::string::npos)
        forms.push_back(term.substr(0, term.size() - 1) + "ies");
    else if (term.back() == 's' || term.back() == 'x') forms.push_back(term + "es");
    else forms.push_back(term + "s");
    return forms;
}

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The English text without its {placeholders} (a "{debt}" is a number, not the word).
std::string without_placeholders(const std::string& text) {
    std::string out;
    int depth = 0;
    for (char c : text) {
        if (c == '{') ++depth;
        else if (c == '}' && depth > 0) --depth;
        else if (depth == 0) out += c;
    }
    return out;
}

// Whole-word match in the English text (placeholders left out): acronyms case-sensitively, other
// terms case-insensitively.
bool english_contains(const std::string& raw_text, const std::string& term) {
    const std::string text = without_placeholders(raw_text);
    auto lower = [](std::string s) {
        for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return s;
    };
    const bool exact = is_acronym(term);
    const std::string hay = exact ? text : lower(text);
    for (const std::string& form : english_forms(term)) {
        const std::string needle = exact ? form : lower(form);
        for (std::size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) {
            bool start = at == 0 || !is_ascii_letter(hay[at - 1]);
            std::size_t end = at + needle.size();
            bool stop = end == hay.size() || !is_ascii_letter(hay[end]);
            if (start && stop) return true;
        }
    }
    return false;
}

struct GlossaryTerm {
    std::string english;
    std::vector<std::wstring> accepted;  // folded: the translation and its listed forms
    std::string shown;                   // for messages
};

// A language's glossary, in template order. Missing or untranslated terms are reported, not skipped.
std::vector<GlossaryTerm> read_glossary(const std::string& lang, const std::vector<PoEntry>& pot,
                                        std::vector<std::string>& problems) {
    std::map<std::string, const PoEntry*> by_id;
    const std::vector<PoEntry> po = read_po(source_l10n(lang + "/glossary.po"));
    for (const PoEntry& e : po) by_id[e.msgid] = &e;
    std::vector<GlossaryTerm> terms;
    for (const PoEntry& t : pot) {
        if (t.msgid.empty()) continue;
        auto it = by_id.find(t.msgid);
        if (it == by_id.end() || it->second->msgstr.empty() || it->second->msgstr[0].empty() || it->second->fuzzy) {
            problems.push_back(lang + "/glossary.po: \"" + t.msgid + "\" has no (non-fuzzy) translation");
            continue;
        }
        GlossaryTerm g{t.msgid, {fold(it->second->msgstr[0])}, it->second->msgstr[0]};
        for (const std::string& c : it->second->comments) {
            if (c.rfind("forms:", 0) != 0) continue;
            std::stringstream list(c.substr(6));
            for (std::string form; std::getline(list, form, '|');)
                if (!trim(form).empty()) {
                    g.accepted.push_back(fold(trim(form)));
                    g.shown += " | " + trim(form);
                }
        }
        terms.push_back(std::move(g));
    }
    return terms;
}

// "# glossary-ok: <term>: <reason>" on a catalogue entry: that term is not required there.
bool exempted(const PoEntry& e, const std::string& term, std::vector<std::string>& problems, const std::string& where) {
    for (const std::string& c : e.comments) {
        if (c.rfind("glossary-ok:", 0) != 0) continue;
        std::string rest = trim(c.substr(12));
        if (rest.rfind(term + ":", 0) != 0) continue;
        if (trim(rest.substr(term.size() + 1)).empty())
            problems.push_back(where + ": glossary-ok for \"" + term + "\" gives no reason");
        return true;
    }
    return false;
}

std::vector<std::string> catalogue_files(const std::string& lang) {
    std::vector<std::string> files;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(source_l10n(lang), ec))
        if (e.path().extension() == ".po" && e.path().filename() != "glossary.po") files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

struct LocaleGuard {
    std::string previous;
    LocaleGuard() {
        const char* p = std::setlocale(LC_CTYPE, nullptr);
        previous = p ? p : "C";
        REQUIRE(std::setlocale(LC_CTYPE, "C.UTF-8") != nullptr);
    }
    ~LocaleGuard() { std::setlocale(LC_CTYPE, previous.c_str()); }
};

}  // namespace

TEST_CASE("glossary matching: English plurals and word boundaries, folded translations") {
    LocaleGuard locale;
    CHECK(english_contains("No fees to pay", "fee"));
    CHECK(english_contains("Agencies must be registered", "agency"));
    CHECK_FALSE(english_contains("coffee", "fee"));
    CHECK(english_contains("Ask the IOM office", "IOM"));
    CHECK_FALSE(english_contains("see iom.int", "IOM"));
    CHECK(english_contains("you are not in trouble.", "You are not in trouble"));
    CHECK_FALSE(english_contains("You owe {debt} euros", "debt"));
    CHECK(english_contains("The debt grows: {debt}", "debt"));
    CHECK(fold("ΔΙΑΒΑΤΉΡΙΟ Pass") == fold("διαβατήριο pass"));
    CHECK(fold("ПАСПОРТ") == fold("паспорт"));
    CHECK(fold("Łódź") == fold("łÓDŹ"));
}

TEST_CASE("every shipped language's translations use its glossary's terms") {
    LocaleGuard locale;
    const std::vector<PoEntry> pot = read_po(source_l10n("templates/glossary.pot"));
    REQUIRE(pot.size() > 20);
    for (const std::string& lang : shipped_language_dirs()) {
        std::vector<std::string> problems;
        const std::vector<GlossaryTerm> terms = read_glossary(lang, pot, problems);
        int checked = 0, exemptions = 0;
        for (const std::string& file : catalogue_files(lang)) {
            const std::string name = std::filesystem::path(file).filename().string();
            for (const PoEntry& e : read_po(file)) {
                if (e.msgid.empty() || e.fuzzy || e.msgstr.empty() || e.msgstr[0].empty()) continue;
                const std::string english = e.msgid + "\n" + e.msgid_plural;
                for (const std::string& c : e.comments) {  // an exemption for a term the English lacks is stale
                    if (c.rfind("glossary-ok:", 0) != 0) continue;
                    std::string term = trim(c.substr(12));
                    term = term.substr(0, term.find(':'));
                    if (!english_contains(english, term))
                        problems.push_back(lang + "/" + name + " \"" + e.msgid.substr(0, 60) +
                                           "\": stale glossary-ok for \"" + term + "\" (the English does not use it)");
                }
                for (const GlossaryTerm& t : terms) {
                    if (!english_contains(english, t.english)) continue;
                    const std::string where = lang + "/" + name + " \"" + e.msgid.substr(0, 60) + "\"";
                    if (exempted(e, t.english, problems, where)) {
                        ++exemptions;
                        continue;
                    }
                    ++checked;
                    for (const std::string& form : e.msgstr) {
                        const std::wstring hay = fold(form);
                        bool found = std::any_of(t.accepted.begin(), t.accepted.end(), [&](const std::wstring& a) {
                            return hay.find(a) != std::wstring::npos;
                        });
                        if (!found) {
                            problems.push_back(where + ": \"" + t.english + "\" should be \"" + t.shown +
                                               "\" in: " + form.substr(0, 120));
                            break;
                        }
                    }
                }
            }
        }
        MESSAGE(lang << ": " << terms.size() << " terms, " << checked << " uses checked, " << exemptions
                     << " reasoned exemptions, " << problems.size() << " problems");
        std::string listed;
        for (std::size_t i = 0; i < problems.size() && i < 40; ++i) listed += "\n  " + problems[i];
        CHECK_MESSAGE(problems.empty(), lang << ": " << problems.size() << " glossary problems:" << listed);
    }
}
