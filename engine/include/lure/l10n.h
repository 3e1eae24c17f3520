// Localisation: gettext .mo catalogues (contexts, plural forms), the translatable entries of a
// scenario with their stable keys, a .pot writer, and localize() that swaps scenario text by key.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lure/diagnostics.h"
#include "lure/scenario.h"

namespace lure {

// ---- plural rules (the `plural=` expression of a PO header) ---------------------------------
// A compiled C-like expression over n: ?:, ||, &&, == != < <= > >=, + - * / %, !, (), integers.
// Parsing has limits (length, nesting, node count); evaluation never traps (x/0 and x%0 give 0).
class PluralRule {
public:
    PluralRule();  // the English/Germanic default: nplurals=2; plural=(n != 1)
    // Parses `Plural-Forms` header text ("nplurals=3; plural=(n==1 ? 0 : ...);").
    // On error returns false, sets `error` and leaves the rule unchanged.
    bool parse(std::string_view plural_forms, std::string& error);
    int nplurals() const { return nplurals_; }
    // Index in [0, nplurals); out-of-range results of a strange expression give 0.
    int index(unsigned long n) const;

    struct Op {
        char kind;  // 'n' variable, 'k' constant, '?' ternary, '!' not, or a binary operator code
        unsigned long value;
        int a, b, c;  // operand node indices (-1 = none)
    };

private:
    int nplurals_ = 2;
    std::vector<Op> ops_;
    int root_ = -1;
};

// ---- catalogues -----------------------------------------------------------------------------
// One GNU .mo catalogue in memory. Lookups are by (msgctxt, msgid); an empty context means none.
class Catalog {
public:
    // The translation, or nullptr when the entry is missing (fuzzy and empty entries are never
    // written by msgfmt, so they are missing too).
    const std::string* find(std::string_view context, std::string_view msgid) const;
    // gettext / pgettext: the translation, or msgid itself on a miss.
    std::string_view get(std::string_view context, std::string_view msgid) const;
    // npgettext: the plural form for n, or singular/plural by the English rule on a miss.
    std::string_view get_plural(std::string_view context, std::string_view singular, std::string_view plural,
                                unsigned long n) const;

    bool empty() const { return entries_.empty(); }
    std::size_t size() const { return entries_.size(); }
    std::string header(std::string_view field) const;  // e.g. "Language", "Plural-Forms"
    const std::string& language() const { return language_; }
    const PluralRule& plural_rule() const { return plural_; }
    const std::string& name() const { return name_; }  // file name or label given at load time

    // Fills from the bytes of a .mo file. Returns false (and adds warnings) when the data is not a
    // usable catalogue; the catalogue is then empty and every lookup falls back to the source.
    // A catalogue whose header says "X-Lureproof-Keys: fnv1a64-32" holds l10n_key_hash() keys instead of
    // the English source strings: the web's language packs (scripts/build-steps/l10n-pack.py) carry them in a
    // compact form without .mo tables ("LUREKEYS 1\n", l10n_catalog.cpp), which this reads too.
    bool load_mo(std::string_view bytes, const std::string& name, std::vector<Diagnostic>& warnings);
    // Fills from the text of a .po file, as msgfmt would compile it (fuzzy and empty entries left
    // out), so a translation can be played without a build (l10n_po.cpp). False, with an L10N002
    // warning, when the text is not a readable .po file.
    bool load_po(std::string_view text, const std::string& name, std::vector<Diagnostic>& warnings);
    bool keyed_by_hash() const { return hashed_keys_; }

private:
    // Empties the catalogue before a load (both formats) and names it.
    void reset(const std::string& name);
    // After the strings are read: the header's key scheme, language and plural rule. "" or what is wrong.
    std::string finish_load(const std::string& name, std::vector<Diagnostic>& warnings);
    std::unordered_map<std::string, std::string>
        entries_;  // ctx "\x04" msgid (or its hash) -> msgstr ("\0"-joined forms)
    std::string header_text_, language_, name_;
    PluralRule plural_;
    bool hashed_keys_ = false;
};

// The key a language pack stores for `key` ("msgctxt\x04msgid", or msgid without a context): 8
// lowercase hex digits, the low 32 bits of its FNV-1a 64-bit hash. scripts/build-steps/l10n-pack.py computes the same.
std::string l10n_key_hash(std::string_view key);

// Reads `path` with fopen (native disk and the web build's preloaded virtual FS alike). A missing
// or broken file gives an empty catalogue and a warning: L10N001 missing, L10N002 broken.
Catalog load_catalog(const std::string& path, std::vector<Diagnostic>& warnings);

// ---- translatable entries of a scenario -----------------------------------------------------
struct L10nEntry {
    std::string context;    // msgctxt: a #line id, "<line-id>.reason", "character.marius.name", ...
    std::string msgid;      // the English source text, markup kept verbatim
    std::string reference;  // "file.lure:12"
    std::string comment;    // for translators: speaker, node, what the text is
};

// Every visitor-facing text of a scenario, in source order, one entry per distinct context.
// Keys: header "<scenario-id>:title|summary|persona.name|persona.situation|content-note|at-risk";
// "character.<id>.name|role"; "flag.<id>.label|explain|action"; "node.<id>.<property>"
// (title, subject, from, to, company, location, salary); messages and choices by their #line id;
// disabled-choice reasons "<line-id>.reason"; a comment's commenter that is no character "<line-id>.name";
// lines without an id "node.<id>.untagged".
std::vector<L10nEntry> l10n_entries(const Scenario& scenario);

// A .pot template for the entries (UTF-8, msgctxt per entry, sorted as given).
std::string write_pot(const std::vector<L10nEntry>& entries, const std::string& project_id);
std::string po_quote(std::string_view text);  // "..." with C escapes, split at newlines

// ---- applying a catalogue -------------------------------------------------------------------
struct L10nCoverage {
    int translated = 0, total = 0;
    std::vector<std::string> missing;  // contexts without a (usable) translation
    std::vector<Diagnostic> warnings;  // rejected translations (bad markup, changed {placeholders})
    double percent() const { return total == 0 ? 100.0 : 100.0 * translated / total; }
};

struct LocalizeResult {
    Scenario scenario;  // a copy with translated texts; ids, flags, tags, structure unchanged
    L10nCoverage coverage;
};

// Replaces every translatable text of `scenario` found in `catalog`; missing entries keep the
// source text. Translated messages and choices are re-parsed with the engine's text parser, so
// emphasis and {interpolation} behave exactly as in the source; a translation whose markup does not
// parse or whose {placeholders} differ from the source is rejected (L10N010) and the source kept.
LocalizeResult localize(const Scenario& scenario, const Catalog& catalog);
// Coverage only (no copy).
L10nCoverage l10n_coverage(const Scenario& scenario, const Catalog& catalog);

// ---- languages ------------------------------------------------------------------------------
// One list (engine/src/l10n_languages.cpp) gives the languages and their endonyms.
// The languages Lureproof ships, English first: en ro bg pl uk fr de it es el.
const std::vector<std::string>& shipped_languages();
// The shipped languages, then those planned (docs/localisation.md): the languages a kiosk may enable.
// en ro bg pl uk fr de it es el hu ru ar zh vi pcm ary nl pt sq.
const std::vector<std::string>& planned_languages();
// A language's name in that language ("ro" -> "Română", "hu" -> "Magyar") for the planned languages
// whose script the fonts carry ("ar" -> "العربية", in the Arabic face); other codes ("ary", "xx") come
// back unchanged.
std::string language_endonym(std::string_view code);
// Whether a language is written right to left with shaped letters (ar, ary): the game then draws its
// text through platform::complex_text and aligns it to the right. False for unknown codes.
bool language_right_to_left(std::string_view code);

}  // namespace lure
