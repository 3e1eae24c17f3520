// Internal: a Twee passage as the importer reads it, and what its body becomes: .lure lines in
// order (text, conditions, assignments, choices, diverts) and NOT IMPORTED comments.
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "lure/diagnostics.h"
#include "twee_expr.h"

namespace lure {

// One line of a node.
struct TweeItem {
    enum class Kind { Text, Comment, Code, Choice, Divert } kind = Kind::Text;
    std::string text;     // Text: as written; Comment: raw Twee; Code: a .lure line; Choice: its label
    std::string target;   // Choice, Divert: the passage name
    std::string speaker;  // Text: a character id, once speakers are found
    int depth = 0;        // if-nesting, for indentation
    bool once = false;    // Choice: '*' (SugarCube <<actions>> / <<choice>>) instead of '+'
    bool to_id = false;   // Choice: target is already a node id (an added step node)
    int line = 0, column = 0;
};

// What the importer keeps out of the playable story because it cannot translate it: a condition
// with what it guards, or a way on written as a macro. Reported (LP411) once every passage is read.
struct TweeKeptOut {
    std::string macro;       // the opening macro as written, cut at 40 bytes
    bool condition = false;  // a condition (else a link or goto macro)
    bool never_closed = false;
    bool shows_text = false;  // it guarded text a visitor would have seen
    int line = 0, column = 0;
    std::vector<std::string> targets;  // the passages its links and gotos name
    std::string label;                 // a link macro's text
};

struct TweePassage {
    std::string name, id;
    std::vector<std::string> tags;
    std::vector<TweeItem> items;
    int line = 0;
    int body_first_line = 0;
    std::vector<std::string> raw;  // raw body lines
    bool lost_way_on = false;      // a link or goto macro was kept out
    bool has_way_on() const {
        for (const TweeItem& i : items)
            if (i.kind == TweeItem::Kind::Choice || i.kind == TweeItem::Kind::Divert) return true;
        return false;
    }
};

// A node the importer adds so that a link can change variables on the way: its assignments, then
// a divert to the link's passage.
struct TweeStep {
    std::string id;
    std::vector<std::string> lines;
    std::string target;
};

// What converting bodies shares with the rest of the import.
struct TweeContext {
    std::function<void(const char* code, const std::string& message, int line, int column, const std::string& hint)>
        warn;
    TweeVars vars;
    std::set<std::string> ids;  // node ids taken (passages and added steps)
    std::vector<TweeKeptOut> kept_out;
    std::vector<TweeStep> steps;
    int ways_on = 0, ways_on_imported = 0;  // links and navigation macros; those that became choices
};

// Reads a passage's body into items (LP401, LP406; LP411 is reported later from ctx.kept_out).
void convert_twee_body(TweePassage& p, TweeContext& ctx);

// StoryInit / a Harlowe startup passage: its <<set>>s become initial values.
void read_twee_init(const TweePassage& p, TweeContext& ctx);

}  // namespace lure
