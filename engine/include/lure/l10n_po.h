// gettext .po files read directly (no msgfmt): entries with their positions, a Catalog filled from
// them (Catalog::load_po, to play a translation without a build), and `check_po`, which finds before run time what
// the game rejects at run time (L10N codes, docs/localisation.md).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lure/diagnostics.h"
#include "lure/l10n.h"

namespace lure {

// One "..." piece of a field as written: where its first character (after the quote) is, and the
// text between the quotes with its escapes; maps offsets in the decoded value back to the file.
struct PoPiece {
    int line = 0, column = 0;  // column in code points
    std::string raw;
};

struct PoEntry {
    bool has_context = false;
    std::string context;               // msgctxt
    std::string source;                // msgid
    std::string source_plural;         // msgid_plural ("" when none)
    std::string translation;           // msgstr, or msgstr[0] for plural entries
    std::vector<std::string> plurals;  // msgstr[0..n] of a plural entry, in order
    bool fuzzy = false;
    int line = 0;                              // where the entry starts
    int context_line = 0, context_column = 0;  // where the msgctxt value starts (0 when none)
    std::vector<PoPiece> translation_pieces;   // msgstr / msgstr[0] as written
};

struct PoFile {
    std::vector<PoEntry> entries;  // without the header entry and obsolete (#~) entries
    std::string header;            // the header entry's msgstr ("Language: ro\nPlural-Forms: ...")
    int header_line = 0;
    std::string error;  // "" when the file was read completely
    int error_line = 0, error_column = 0;
};

PoFile parse_po(std::string_view text);

// A header field of `po` ("Language", "Plural-Forms"), "" when absent.
std::string po_header_field(const PoFile& po, std::string_view field);

// Where byte `offset` of the decoded msgstr of `entry` is in the file (line, column).
std::pair<int, int> po_position(const PoEntry& entry, std::size_t offset);

// Checks a translation against the entries it translates (`reference`: the scenario's
// l10n_entries() or a template's entries; nullptr: only what the file itself shows). Reports
// L10N002 (syntax), L10N003 (Plural-Forms), L10N010 (markup, placeholders), L10N020 (unknown id),
// L10N021 (the English changed), L10N022 (plural forms count), each at file:line:column.
std::vector<Diagnostic> check_po(const PoFile& po, const std::string& name, const std::vector<L10nEntry>* reference);

// True when the text under `context` is a message or choice (markup and {placeholders} apply),
// false for titles, names, flags, node properties and disabled-choice reasons.
bool l10n_key_has_markup(std::string_view context);

}  // namespace lure
