// The content register: the source register (assets/sources.toml), the dated facts (assets/facts.toml)
// as plain data, and the checks that tie scenarios to them (LP230-LP237). Reading the files is the
// host's job (game/content/: TOML natively, the build's JSON on the web); the engine only checks.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lure/diagnostics.h"
#include "lure/scenario.h"

namespace lure {

struct RegisterPos {
    std::string file;  // the register or facts file
    int line = 0, column = 0;
};

struct SourceEntry {  // one [[source]]: a document that supports a claim
    std::string id, org, title, url, quote;
    int year = 0;
    std::string checked;  // YYYY-MM-DD: when the quote was compared with the source
    RegisterPos pos;      // the [[source]] table
};

struct FactEntry {  // one [[fact]]: a dated legal or practical value
    std::string id, country, value;
    std::string valid_from, checked;  // YYYY-MM-DD
    std::string source;               // a register id
    RegisterPos pos, source_pos;      // the [[fact]] table; its `source` value
};

struct ContentRegister {
    std::vector<SourceEntry> sources;
    std::vector<FactEntry> facts;
    bool has_sources = false;  // a sources file was read (else source ids are not checked)
    bool has_facts = false;    // a facts file was read
    const SourceEntry* find_source(std::string_view id) const;
    const FactEntry* find_fact(std::string_view id) const;
};

// "a, b" -> {"a", 0}, {"b", 3}: the ids of a comma-separated list with their byte offsets.
struct ListedId {
    std::string id;
    std::size_t offset = 0;
};
std::vector<ListedId> split_id_list(std::string_view list);

// Register ids: letters, digits, '-' and '.' (1-80 characters).
bool is_register_id(std::string_view id);
// A real calendar date written YYYY-MM-DD (years 1900-2999).
bool is_iso_date(std::string_view date);
// Whole days from `from` to `to` (both YYYY-MM-DD); 0 when either is not a date.
long long days_between(std::string_view from, std::string_view to);

// Scenario vs register: flag `source:` ids not in the register (LP230, only when has_sources) and
// `#fact:` tags not in the facts file (LP232; every such tag when no facts file was read).
std::vector<Diagnostic> check_content_references(const Scenario& scenario, const ContentRegister& reg);
// The register itself: missing quote (LP231), missing or invalid fields (LP236), duplicate ids
// (LP237), a fact whose source is not in the register (LP230).
std::vector<Diagnostic> check_content_register(const ContentRegister& reg);
// The distinct #fact ids a scenario uses, in order of first use.
std::vector<std::string> referenced_facts(const Scenario& scenario);

}  // namespace lure
