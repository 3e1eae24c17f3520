// The .lure parser: reads a file line by line, dispatches on each line's first token, builds the
// Scenario model and reports every problem in one pass. Includes are parsed recursively.
//
// [SECTION] line dispatch   [SECTION] header & blocks   [SECTION] node statements
// [SECTION] includes        [SECTION] entry points
#include "lure/parser.h"

#include <string>
#include <unordered_map>

#include "diagnostic_sink.h"
#include "linker.h"
#include "lure/addresses.h"
#include "lure/checker.h"
#include "lure/content_register.h"
#include "lure/expression.h"
#include "lure/social_post.h"
#include "text_markup.h"
#include "text_utils.h"

namespace lure {

namespace {

constexpr std::string_view kHeaderKeys[] = {"scenario",  "title",         "summary",  "language", "persona",
                                            "technique", "content-note",  "minutes",  "start",    "include",
                                            "reviewed",  "facts-checked", "audience", "at-risk"};
constexpr std::string_view kNodeProperties[] = {
    "title",     "subject",  "from",  "to", "url", "company", "location", "salary",
    "label",                             // `label:` names the node on the maps
    "reactions", "comments", "shares"};  // a post's counts (lure/social_post.h)
constexpr int kMaxMapLabel = 32;         // LP143: a `label:` longer than this is cut on the maps
constexpr std::string_view kReservedIds[] = {"narrator", "you", "debrief", "fallback",  "if",      "elif", "else",
                                             "endif",    "var", "flag",    "character", "include", "true", "false",
                                             "and",      "or",  "not",     "visits",    "random"};

template <std::size_t N>
bool contains(const std::string_view (&list)[N], std::string_view key) {
    for (auto k : list)
        if (k == key) return true;
    return false;
}

// Does `s` start with keyword `kw` followed by a space, '(' or the end?
bool starts_with_keyword(std::string_view s, std::string_view kw) {
    if (s.substr(0, kw.size()) != kw) return false;
    return s.size() == kw.size() || text::is_space(s[kw.size()]) || s[kw.size()] == '(';
}

class Parser {
public:
    Parser(ParseResult& result, FileSource* files, const ParseLimits& limits)
        : sc_(result.scenario), sink_(result.diagnostics, result.scenario.files, limits.max_diagnostics), files_(files),
          limits_(limits) {}

    void parse_file(std::string_view text, const std::string& path, bool is_include, int depth);
    DiagnosticSink& sink() { return sink_; }
    // The main file: its folder becomes the root every include must stay inside.
    void begin_load(const std::string& main_path, std::size_t main_bytes) {
        root_ = directory_of(main_path);
        included_.emplace(normalise_path(main_path), SourceLoc{});
        bytes_read_ = main_bytes;
    }

private:
    enum class Block { None, Character, Flag };

    struct IfFrame {
        std::vector<Statement>* parent;  // body holding the If statement (at parent->back())
        bool seen_else = false;
        SourceLoc loc;
    };

    // per-file state (saved and restored around includes)
    struct FileState {
        int file = 0;
        bool is_include = false;
        int depth = 0;
        std::string path;
        bool header_done = false;
        Block block = Block::None;
        int block_index = -1;
        std::vector<std::string> block_keys;
        int node = -1;
        bool skipping_node = false;
        bool node_has_content = false;
        std::vector<IfFrame> ifs;
        std::vector<std::pair<std::string, SourceLoc>> counts_seen;  // the node's post counts, at their values
    };

    void line(std::string_view raw, int lineno);
    void close_node();
    SourceLoc at(int column_bytes_from_line_start) const;
    SourceLoc loc_in(std::string_view part) const;  // position of a view into the current line
    void error(const std::string& code, const std::string& msg, std::string_view where, const std::string& hint = "") {
        sink_.add(code, msg, loc_in(where), hint);
    }

    void header_line(std::string_view key, std::string_view value, std::string_view line);
    void block_property(std::string_view trimmed);
    std::string_view property_flags(Node& node, std::string_view key, std::string_view value);
    bool post_count(const Node& node, std::string_view key, std::string_view value, std::string& stored,
                    std::string_view line);
    void comment_line(std::string_view rest, std::string_view trimmed);
    void comments_shown(const Node& node);
    void character_line(std::string_view trimmed);
    void flag_line(std::string_view trimmed);
    void var_line(std::string_view trimmed);
    void node_header(std::string_view trimmed);
    void include_line(std::string_view value);
    bool include_path(std::string_view value, std::string& path);
    bool include_allowed(std::string_view value, const std::string& path);

    std::vector<Statement>& body();
    bool add_statement(Statement st);
    void message_line(std::string_view speaker, std::string_view rest, std::string_view trimmed, bool debrief,
                      bool comment = false);
    void choice_line(std::string_view trimmed);
    void jump_line(std::string_view trimmed, bool fallback);
    void assign_line(std::string_view trimmed);
    void if_line(std::string_view trimmed, std::string_view keyword);
    void else_line(std::string_view trimmed);
    void endif_line(std::string_view trimmed);
    ExprId expression(std::string_view text, bool allow_trailing, std::size_t* consumed = nullptr);
    bool check_id(std::string_view id, bool allow_dash, const char* what);

    Scenario& sc_;
    DiagnosticSink sink_;
    FileSource* files_;
    ParseLimits limits_;
    FileState st_;
    std::vector<std::string> include_stack_;
    std::string root_;                                     // folder of the main file
    std::unordered_map<std::string, SourceLoc> included_;  // every file read in this load
    std::size_t includes_followed_ = 0, bytes_read_ = 0;
    std::string_view line_;  // current line (for positions)
    int lineno_ = 0;
    std::size_t statements_ = 0;
    std::size_t tags_and_pieces_ = 0;  // with statements_ and the expression pool: the model budget
    bool stopped_ = false;             // the model budget was reached: the rest is not parsed
    bool too_many_reported_ = false;
};

// ---- [SECTION] line dispatch ------------------------------------------------------------------

SourceLoc Parser::at(int byte_offset) const {
    SourceLoc l;
    l.file = st_.file;
    l.line = lineno_;
    l.column = 1 + text::codepoints(line_.substr(0, static_cast<std::size_t>(byte_offset)));
    return l;
}

SourceLoc Parser::loc_in(std::string_view part) const {
    std::size_t offset = 0;
    if (part.data() >= line_.data() && part.data() <= line_.data() + line_.size())
        offset = static_cast<std::size_t>(part.data() - line_.data());
    return at(static_cast<int>(offset));
}

void Parser::parse_file(std::string_view text, const std::string& path, bool is_include, int depth) {
    FileState saved = std::move(st_);
    st_ = FileState{};
    st_.file = static_cast<int>(sc_.files.size());
    sc_.files.push_back(path);
    st_.is_include = is_include;
    st_.depth = depth;
    st_.path = path;
    include_stack_.push_back(normalise_path(path));
    int saved_lineno = lineno_;
    std::string_view saved_line = line_;

    if (text.size() > limits_.max_file_bytes) {
        lineno_ = 0;
        line_ = {};
        sink_.add(
            "LP135",
            "file is " + std::to_string(text.size()) + " bytes; the limit is " + std::to_string(limits_.max_file_bytes),
            {st_.file, 1, 1}, "split the scenario with include: files");
    } else {
        if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // BOM
        std::size_t pos = 0;
        int lineno = 0;
        while (pos <= text.size() && !sink_.capped() && !stopped_) {
            std::size_t nl = text.find('\n', pos);
            if (nl == std::string_view::npos) nl = text.size();
            ++lineno;
            line(text.substr(pos, nl - pos), lineno);
            pos = nl + 1;
        }
        close_node();
    }
    include_stack_.pop_back();
    st_ = std::move(saved);
    lineno_ = saved_lineno;
    line_ = saved_line;
}

void Parser::line(std::string_view raw, int lineno) {
    lineno_ = lineno;
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    line_ = raw;
    if (statements_ + tags_and_pieces_ + sc_.exprs.size() > limits_.max_model_items) {
        sink_.add("LP137",
                  "the scenario is too large: more than " + std::to_string(limits_.max_model_items) +
                      " statements, tags, text pieces and expression parts; the rest is not read",
                  at(0), "split the scenario");
        stopped_ = true;
        return;
    }
    if (raw.size() > limits_.max_line_bytes) {
        sink_.add(
            "LP134",
            "line is " + std::to_string(raw.size()) + " bytes; the limit is " + std::to_string(limits_.max_line_bytes),
            at(0), "split the text over several messages");
        return;
    }
    std::size_t bad = text::find_invalid_utf8(raw);
    if (bad != std::string_view::npos) {
        sink_.add("LP100", "invalid UTF-8 byte sequence", at(static_cast<int>(bad)), "save the file as UTF-8");
        return;
    }
    std::string_view trimmed = text::trim(raw);
    // lure import-twee marks what it could not translate; the story stays unplayable until it is rewritten.
    if (trimmed.substr(0, 16) == "// NOT IMPORTED:") {
        error("LP412", "this part of an imported Twine story is not translated yet", trimmed,
              "rewrite it in .lure (lure import-twee said how), then delete the comment");
        return;
    }
    if (trimmed.empty() || trimmed.substr(0, 2) == "//") return;
    bool indented = text::is_space(raw[0]);

    if (indented && st_.block != Block::None) {
        block_property(trimmed);
        return;
    }
    if (!indented) st_.block = Block::None;
    if (st_.skipping_node && !(trimmed.substr(0, 2) == "==" || starts_with_keyword(trimmed, "character") ||
                               starts_with_keyword(trimmed, "flag") || starts_with_keyword(trimmed, "var")))
        return;

    if (trimmed.substr(0, 2) == "==") {
        node_header(trimmed);
        return;
    }
    if (starts_with_keyword(trimmed, "character")) {
        character_line(trimmed);
        return;
    }
    if (starts_with_keyword(trimmed, "flag")) {
        flag_line(trimmed);
        return;
    }
    if (starts_with_keyword(trimmed, "var")) {
        var_line(trimmed);
        return;
    }

    // `key: value` split (used by header keys, node properties, messages, debrief)
    std::size_t key_len = text::identifier_length(trimmed, true);
    bool keyed = key_len > 0 && key_len < trimmed.size() && trimmed[key_len] == ':';
    std::string_view key = keyed ? trimmed.substr(0, key_len) : std::string_view{};
    std::string_view value = keyed ? text::trim(trimmed.substr(key_len + 1)) : std::string_view{};

    if (keyed && key == "include") {
        include_line(value);
        return;
    }

    if (st_.node < 0) {
        if (indented) {
            error("LP113", "indented line outside a character or flag block", trimmed,
                  "remove the indentation, or put it under a 'character' or 'flag' line");
            return;
        }
        if (keyed && contains(kHeaderKeys, key)) {
            header_line(key, value, trimmed);
            return;
        }
        if (keyed && !st_.header_done) {
            error("LP102", "unknown header key '" + std::string(key) + "'", trimmed,
                  "header keys: scenario, title, summary, language, persona, technique, content-note, minutes, start, "
                  "include, reviewed, facts-checked, audience, at-risk");
            return;
        }
        error("LP118", "this line must be inside a node", trimmed, "start a node first: == my_node [chat]");
        return;
    }

    // inside a node
    if (trimmed[0] == '~') {
        assign_line(trimmed);
        return;
    }
    if (starts_with_keyword(trimmed, "if")) {
        if_line(trimmed, "if");
        return;
    }
    if (starts_with_keyword(trimmed, "elif")) {
        if_line(trimmed, "elif");
        return;
    }
    if (trimmed == "else" || starts_with_keyword(trimmed, "else")) {
        else_line(trimmed);
        return;
    }
    if (trimmed == "endif" || starts_with_keyword(trimmed, "endif")) {
        endif_line(trimmed);
        return;
    }
    if ((trimmed[0] == '*' || trimmed[0] == '+') && (trimmed.size() == 1 || text::is_space(trimmed[1]))) {
        choice_line(trimmed);
        return;
    }
    if (starts_with_keyword(trimmed, "fallback") || trimmed.substr(0, 9) == "fallback-") {
        jump_line(trimmed, true);
        return;
    }
    if (trimmed.substr(0, 2) == "->") {
        jump_line(trimmed, false);
        return;
    }
    if (keyed && key == "debrief") {
        message_line(key, trimmed.substr(key_len + 1), trimmed, true);
        return;
    }
    if (keyed && key == "comment") {
        comment_line(trimmed.substr(key_len + 1), trimmed);
        return;
    }
    if (keyed && (contains(kNodeProperties, key) || is_address_property(key))) {
        if (st_.node_has_content || !st_.ifs.empty()) {
            error("LP130", "node property '" + std::string(key) + "' must come right after the == line", trimmed,
                  "move it up, before the node's messages and choices");
            return;
        }
        if (value.empty()) {
            error("LP114", "'" + std::string(key) + ":' needs a value", trimmed);
            return;
        }
        Node& node = sc_.nodes[static_cast<std::size_t>(st_.node)];
        value = property_flags(node, key, value);
        if (key == "title") node.title = std::string(value);
        if (key == "label") {
            node.label = std::string(value);
            if (text::codepoints(value) > kMaxMapLabel)
                sink_.add("LP143",
                          "the label '" + std::string(value) + "' is " + std::to_string(text::codepoints(value)) +
                              " characters long: the map shows at most " + std::to_string(kMaxMapLabel),
                          loc_in(value), "a label names the node in a few words, e.g. label: Asks for the contract");
        }
        std::string stored(value);
        if (is_post_count(key) && !post_count(node, key, value, stored, trimmed)) return;
        node.properties.emplace_back(std::string(key), std::move(stored));
        return;
    }
    if (keyed && contains(kHeaderKeys, key) && key != "title") {
        error("LP103", "header key '" + std::string(key) + "' must come before the first node", trimmed,
              "move it to the top of the file");
        return;
    }
    if (keyed) {
        message_line(key, trimmed.substr(key_len + 1), trimmed, false);
        return;
    }
    error("LP101", "unrecognised line", trimmed,
          "a message is 'speaker: text', a choice '* text -> node', a change '~ var = value'");
}

// ---- [SECTION] red flags on addresses and numbers (lure/addresses.h) ---------------------------

// Splits trailing `#flag:` tags off a node property into node.property_flags (LP147 for other tags,
// LP148 where the app shows no such field to flag, LP154 for an address the app does not show, LP149
// for a malformed address); returns the value without them.
std::string_view Parser::property_flags(Node& node, std::string_view key, std::string_view value) {
    SplitTags split = split_trailing_tags(value);
    const std::string_view body = text::trim(split.body);
    if (split.tags_begin < value.size() && !body.empty()) {
        std::vector<Diagnostic> ignored;  // parse_tags' LP121 does not apply here: LP147 says it
        DiagnosticSink quiet(ignored, sc_.files, 1000);
        const std::string_view tag_part = value.substr(split.tags_begin);
        for (Tag& t : parse_tags(tag_part, loc_in(tag_part), quiet)) {
            if (t.key != "flag") {
                sink_.add("LP147", "#" + t.key + " does nothing on a node property; only #flag: can follow one", t.loc,
                          "move it to a message, or remove it");
            } else if (t.value.empty()) {
                sink_.add("LP120", "tag #flag needs a value: #flag:...", t.loc);
            } else if (!is_address_property(key) || !channel_shows_address(node.channel, key)) {
                const std::string shown = shown_addresses(node.channel);
                sink_.add("LP148",
                          "a red flag cannot sit on '" + std::string(key) + ":' in a [" + channel_name(node.channel) +
                              "] node",
                          t.loc,
                          shown.empty() ? "attach it to the message that says it: ... #flag:" + t.value
                                        : "in this app a flag can sit on " + shown + " or on a message");
            } else {
                node.property_flags.push_back({std::string(key), t.value, -1, t.loc});
            }
        }
        value = body;
    }
    if (is_address_property(key) && !channel_shows_address(node.channel, key)) {
        const std::string shown = shown_addresses(node.channel);
        sink_.add("LP154",
                  "the [" + std::string(channel_name(node.channel)) + "] app does not show '" + std::string(key) + ":'",
                  loc_in(value), shown.empty() ? "remove it, or write it into a message" : "this app shows " + shown);
    } else if (const std::string problem = address_problem(key, value); !problem.empty()) {
        sink_.add("LP149", problem, loc_in(value),
                  key == "number" ? "write it as on a phone: +48 512 093 377"
                  : key == "url"  ? "write the address as in a browser bar: brightpath-hr.com/jobs"
                                  : "write the name, then the address in <>: Ana Rossi <ana@example.org>");
    }
    return value;
}

// ---- [SECTION] a social post's counts and comments (lure/social_post.h) -------------------------

// `reactions: 143`: a count the post shows, as the author set it (LP146 given twice, LP145 in an app
// that shows no counts, LP144 not a count). True when it is kept, with its digits in `stored`.
bool Parser::post_count(const Node& node, std::string_view key, std::string_view value, std::string& stored,
                        std::string_view line) {
    for (const auto& [seen, seen_at] : st_.counts_seen)
        if (seen == key) {
            error("LP146", "'" + std::string(key) + ":' is given twice in node '" + node.id + "'", line,
                  "first given on line " + std::to_string(seen_at.line) + "; keep the number the story's text gives");
            return false;
        }
    st_.counts_seen.emplace_back(std::string(key), loc_in(value));
    if (node.channel != Channel::SocialPost) {
        error("LP145",
              "the [" + std::string(channel_name(node.channel)) + "] app shows no " + std::string(key) +
                  " count; only a [social-post] node does",
              line, "move it to the post's node, or remove it");
        return false;
    }
    long long count = 0;
    if (!parse_post_count(value, count)) {
        error("LP144",
              "'" + std::string(key) + ":' must be a whole number from 0 to " + std::to_string(kMaxPostCount) +
                  " written with digits, not '" + std::string(value) + "'",
              value, "e.g. " + std::string(key) + ": 1200 (digits only: no separators, letters or signs)");
        return false;
    }
    stored = std::to_string(count);
    return true;
}

// LP157: a post that states fewer comments than the rows it always shows (those outside `if` blocks).
void Parser::comments_shown(const Node& node) {
    const std::string* stated = nullptr;
    for (const auto& [key, value] : node.properties)
        if (key == "comments") stated = &value;
    const SourceLoc* at = nullptr;
    for (const auto& [key, loc] : st_.counts_seen)
        if (key == "comments") at = &loc;
    if (!stated || !at) return;
    long long rows = 0;
    for (const Statement& s : node.body)
        if (s.kind == Statement::Kind::Message && sc_.messages[static_cast<std::size_t>(s.index)].is_comment) ++rows;
    long long count = 0;
    if (parse_post_count(*stated, count) && rows > count)
        sink_.add("LP157",
                  "the post says " + *stated + " comments but always shows " + std::to_string(rows) + " comment rows",
                  *at, "give the number of all its comments, at least " + std::to_string(rows));
}

// `comment: Anca P.: DM me, I did it last year #line:id`: a comment row under a social post. It is a
// message (tags, red flags, line id, translation) whose speaker is the commenter's name; a character's
// id there makes that character the commenter (LP156 outside a post, LP155 without a name or words).
void Parser::comment_line(std::string_view rest, std::string_view trimmed) {
    const Node& node = sc_.nodes[static_cast<std::size_t>(st_.node)];
    if (node.channel != Channel::SocialPost) {
        error("LP156",
              "the [" + std::string(channel_name(node.channel)) +
                  "] app shows no comment rows; only a [social-post] node does",
              trimmed, "write it as a message (name: text), or move it to the post's node");
        return;
    }
    const std::string_view value = text::trim(rest);
    const SplitTags split = split_trailing_tags(value);
    const std::size_t colon = split.body.find(':');
    const CommentParts parts = split_comment(split.body);
    const std::string hint = "write the commenter's name, a ':' and the words: comment: Anca P.: Is this real?";
    if (value.empty()) {
        error("LP155", "'comment:' needs a name and the comment's words", trimmed, hint);
        return;
    }
    if (colon == std::string_view::npos || parts.name.empty()) {
        error("LP155", "this comment has no commenter's name before a ':'", value, hint);
        return;
    }
    if (parts.text.empty()) {
        error("LP155", "the comment of '" + std::string(parts.name) + "' has no words", parts.name, hint);
        return;
    }
    if (parts.name == "narrator") {
        error("LP155", "the narrator tells the story and cannot write a comment", parts.name,
              "use a narrator: line beside the post, or give the comment a commenter's name");
        return;
    }
    message_line(parts.name, value.substr(colon + 1), trimmed, false, true);
}

// ---- [SECTION] header & blocks ----------------------------------------------------------------

void Parser::header_line(std::string_view key, std::string_view value, std::string_view line) {
    if (st_.is_include) {
        error("LP153", "header key '" + std::string(key) + "' is not allowed in an included file", line,
              "included files hold only character, flag and var definitions (and include:)");
        return;
    }
    if (st_.header_done) {
        error("LP103", "header key '" + std::string(key) + "' must come before the first character, flag, var or node",
              line, "move it to the top of the file");
        return;
    }
    Header& h = sc_.header;
    for (const auto& seen : h.present)
        if (seen.first == key) {
            error("LP104", "header key '" + std::string(key) + "' is given twice", line,
                  "first given on line " + std::to_string(seen.second.line));
            return;
        }
    SourceLoc key_loc = loc_in(line);
    if (value.empty()) {
        error("LP114", "header key '" + std::string(key) + "' needs a value", line);
        return;
    }
    h.present.emplace_back(std::string(key), key_loc);
    std::string v(value);
    if (key == "scenario") {
        if (!text::is_loose_id(value))
            error("LP108", "scenario id '" + v + "' may only use letters, digits, '-', '_' and '.'", value);
        h.id = v;
    } else if (key == "title") h.title = v;
    else if (key == "summary") h.summary = v;
    else if (key == "language") h.language = v;
    else if (key == "content-note") h.content_note = v;
    else if (key == "at-risk") h.at_risk = v;
    else if (key == "reviewed") {
        const std::size_t comma = value.rfind(',');
        std::string_view role =
            comma == std::string_view::npos ? std::string_view{} : text::trim(value.substr(0, comma));
        std::string_view date = comma == std::string_view::npos ? value : text::trim(value.substr(comma + 1));
        if (role.empty())
            error("LP233", "reviewed: needs the reviewer's role and a date, not '" + v + "'", value,
                  "e.g. reviewed: NGO prevention trainer, 2026-12-07");
        else if (!is_iso_date(date))
            error("LP233", "'" + std::string(date) + "' is not a date YYYY-MM-DD", date.empty() ? value : date,
                  "e.g. reviewed: NGO prevention trainer, 2026-12-07");
        else {
            h.reviewed_by = std::string(role);
            h.reviewed_on = std::string(date);
        }
    } else if (key == "facts-checked") {
        if (!is_iso_date(value))
            error("LP234", "facts-checked: '" + v + "' is not a date YYYY-MM-DD", value,
                  "e.g. facts-checked: 2026-12-07");
        else h.facts_checked = v;
    } else if (key == "audience") {
        if (!parse_audience(value, h.audience))
            error(
                "LP142",
                "audience must be the youngest age the story is written for and a '+', from 1+ to 99+, not '" + v + "'",
                value, "e.g. audience: 16+");
    } else if (key == "start") {
        if (!text::is_identifier(value, true)) error("LP108", "'" + v + "' is not a valid node id", value);
        h.start = v;
    } else if (key == "technique") {
        if (value == "fishing") h.technique = Technique::Fishing;
        else if (value == "hunting") h.technique = Technique::Hunting;
        else
            error("LP106", "technique must be 'fishing' or 'hunting', not '" + v + "'", value,
                  "fishing: the lure waits for replies (adverts); hunting: the recruiter approaches the victim");
    } else if (key == "minutes") {
        long long m = 0;
        if (!text::parse_small_int(value, 600, m) || m == 0)
            error("LP107", "minutes must be a whole number from 1 to 600, not '" + v + "'", value);
        else h.minutes = static_cast<int>(m);
    } else if (key == "persona") {
        std::size_t bar1 = value.find('|');
        std::size_t bar2 = bar1 == std::string_view::npos ? bar1 : value.find('|', bar1 + 1);
        long long age = 0;
        if (bar1 == std::string_view::npos || bar2 == std::string_view::npos) {
            error("LP105", "persona must be 'name | age | situation'", value,
                  "e.g. persona: Ana | 23 | Her shop closed.");
            return;
        }
        std::string_view name = text::trim(value.substr(0, bar1));
        std::string_view age_text = text::trim(value.substr(bar1 + 1, bar2 - bar1 - 1));
        std::string_view situation = text::trim(value.substr(bar2 + 1));
        if (name.empty() || situation.empty()) {
            error("LP105", "persona needs a name and a situation", value, "e.g. persona: Ana | 23 | Her shop closed.");
            return;
        }
        if (!text::parse_small_int(age_text, 150, age)) {
            error("LP105", "persona age must be a whole number, not '" + std::string(age_text) + "'",
                  age_text.empty() ? value : age_text);
            return;
        }
        h.persona = {std::string(name), static_cast<int>(age), std::string(situation)};
    }
}

bool Parser::check_id(std::string_view id, bool allow_dash, const char* what) {
    if (!text::is_identifier(id, allow_dash)) {
        error("LP108", std::string("'") + std::string(id) + "' is not a valid " + what + " id", id,
              allow_dash ? "use letters, digits, '_' and '-', starting with a letter"
                         : "use letters, digits and '_', starting with a letter");
        return false;
    }
    if (contains(kReservedIds, id) ||
        (std::string_view(what) == "character" && (contains(kNodeProperties, id) || id == "comment"))) {
        error("LP140", "'" + std::string(id) + "' is a reserved word and cannot be a " + what + " id", id);
        return false;
    }
    return true;
}

void Parser::character_line(std::string_view trimmed) {
    close_node();
    st_.header_done = true;
    std::string_view id = text::trim(trimmed.substr(9));
    if (id.empty()) {
        error("LP114", "'character' needs an id", trimmed, "e.g. character marius");
        return;
    }
    if (!check_id(id, true, "character")) {
        st_.block = Block::None;
        return;
    }
    Character c;
    c.id = std::string(id);
    c.loc = loc_in(id);
    sc_.characters.push_back(std::move(c));
    st_.block = Block::Character;
    st_.block_index = static_cast<int>(sc_.characters.size() - 1);
    st_.block_keys.clear();
}

void Parser::flag_line(std::string_view trimmed) {
    close_node();
    st_.header_done = true;
    std::string_view id = text::trim(trimmed.substr(4));
    if (id.empty()) {
        error("LP114", "'flag' needs an id", trimmed, "e.g. flag fee-upfront");
        return;
    }
    if (!text::is_loose_id(id)) {
        error("LP108", "'" + std::string(id) + "' is not a valid flag id", id, "use letters, digits, '-', '_' and '.'");
        st_.block = Block::None;
        return;
    }
    RedFlag f;
    f.id = std::string(id);
    f.loc = loc_in(id);
    sc_.flags.push_back(std::move(f));
    st_.block = Block::Flag;
    st_.block_index = static_cast<int>(sc_.flags.size() - 1);
    st_.block_keys.clear();
}

void Parser::block_property(std::string_view trimmed) {
    std::size_t key_len = text::identifier_length(trimmed, true);
    if (key_len == 0 || key_len >= trimmed.size() || trimmed[key_len] != ':') {
        error("LP101", "expected 'key: value' inside the block", trimmed, "block lines look like '  name: Marius Pop'");
        return;
    }
    std::string key(trimmed.substr(0, key_len));
    std::string_view value = text::trim(trimmed.substr(key_len + 1));
    if (key == "color") key = "colour";
    if (key == "explanation") key = "explain";
    bool is_char = st_.block == Block::Character;
    static const std::string_view char_keys[] = {"name", "role", "initials", "colour", "avatar"};
    static const std::string_view flag_keys[] = {"label", "category", "explain", "action", "source"};
    bool known = is_char ? contains(char_keys, key) : contains(flag_keys, key);
    if (!known) {
        error("LP112", "unknown " + std::string(is_char ? "character" : "flag") + " property '" + key + "'", trimmed,
              is_char ? "character properties: name, role, initials, colour, avatar"
                      : "flag properties: label, category, explain, action, source");
        return;
    }
    for (const auto& k : st_.block_keys)
        if (k == key) {
            error("LP139", "property '" + key + "' is given twice", trimmed);
            return;
        }
    st_.block_keys.push_back(key);
    if (value.empty()) {
        error("LP114", "property '" + key + "' needs a value", trimmed);
        return;
    }
    std::string v(value);
    if (is_char) {
        Character& c = sc_.characters[static_cast<std::size_t>(st_.block_index)];
        if (key == "name") c.name = v;
        else if (key == "role") c.role = v;
        else if (key == "initials") c.initials = v;
        else if (key == "avatar") {
            c.avatar = v;
            c.avatar_loc = loc_in(value);
        } else {
            bool ok = value.size() == 7 && value[0] == '#';
            for (std::size_t i = 1; ok && i < 7; ++i) {
                char ch = value[i];
                ok = text::is_digit(ch) || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
            }
            if (!ok) {
                error("LP115", "colour must be #rrggbb, not '" + v + "'", value, "e.g. colour: #3a7bd5");
                return;
            }
            c.colour = v;
        }
    } else {
        RedFlag& f = sc_.flags[static_cast<std::size_t>(st_.block_index)];
        if (key == "label") f.label = v;
        else if (key == "explain") f.explain = v;
        else if (key == "action") f.action = v;
        else if (key == "source") {
            f.source = v;
            f.source_loc = loc_in(value);
        } else {
            bool ok = false;
            for (const auto& cat : flag_categories()) ok = ok || cat == value;
            if (!ok) {
                std::string list;
                for (const auto& cat : flag_categories()) list += (list.empty() ? "" : ", ") + cat;
                error("LP116", "unknown red-flag category '" + v + "'", value, "categories: " + list);
                f.category_unknown = true;  // the checker's LP216 does not call it missing as well
                return;
            }
            f.category = v;
        }
    }
}

void Parser::var_line(std::string_view trimmed) {
    close_node();
    st_.header_done = true;
    std::string_view rest = text::trim(trimmed.substr(3));
    std::size_t n = text::identifier_length(rest, false);
    if (n == 0) {
        error("LP117", "expected 'var name = value'", rest.empty() ? trimmed : rest, "e.g. var savings = 300");
        return;
    }
    std::string_view id = rest.substr(0, n);
    if (!check_id(id, false, "variable")) return;
    std::string_view after = text::trim(rest.substr(n));
    if (after.empty() || after[0] != '=') {
        error("LP117", "expected '=' and an initial value after 'var " + std::string(id) + "'",
              after.empty() ? id : after, "e.g. var savings = 300, var paid = false, var home = \"Iasi\"");
        return;
    }
    std::string_view lit = text::trim(after.substr(1));
    Variable v;
    v.id = std::string(id);
    v.loc = loc_in(id);
    if (lit == "true" || lit == "false") v.initial = Value::boolean(lit == "true");
    else if (!lit.empty() && lit[0] == '"') {
        std::string s;
        std::size_t i = 1;
        while (i < lit.size() && lit[i] != '"') {
            if (lit[i] == '\\' && i + 1 < lit.size()) ++i;
            s += lit[i++];
        }
        if (i >= lit.size()) {
            error("LP123", "unterminated string: add the closing \"", lit);
            return;
        }
        if (i + 1 != lit.size()) {
            error("LP117", "unexpected text after the string", lit.substr(i + 1));
            return;
        }
        v.initial = Value::string(std::move(s));
    } else {
        bool neg = !lit.empty() && lit[0] == '-';
        long long value = 0;
        if (!text::parse_small_int(lit.substr(neg ? 1 : 0), 1000000000000000000LL, value)) {
            error("LP117", "initial value must be true, false, a whole number or a \"string\"",
                  lit.empty() ? after : lit, "e.g. var savings = 300");
            return;
        }
        v.initial = Value::integer(neg ? -value : value);
    }
    sc_.variables.push_back(std::move(v));
}

void Parser::node_header(std::string_view trimmed) {
    close_node();
    st_.header_done = true;
    st_.skipping_node = false;
    if (st_.is_include) {
        error("LP153", "nodes are not allowed in an included file", trimmed,
              "included files hold only character, flag and var definitions");
        st_.skipping_node = true;
        return;
    }
    if (sc_.nodes.size() >= limits_.max_nodes) {
        if (!too_many_reported_)
            error("LP137", "more than " + std::to_string(limits_.max_nodes) + " nodes", trimmed, "split the scenario");
        too_many_reported_ = true;
        st_.skipping_node = true;
        return;
    }
    std::string_view rest = text::trim(trimmed.substr(2));
    std::size_t n = text::identifier_length(rest, true);
    std::string_view id = rest.substr(0, n);
    std::size_t stop = n;
    while (stop < rest.size() && !text::is_space(rest[stop]) && rest[stop] != '[') ++stop;
    if (n == 0 || stop != n) {
        std::string_view bad = rest.substr(0, stop);
        if (bad.empty()) error("LP109", "'==' must be followed by a node id", trimmed, "e.g. == chat [chat]");
        else
            error("LP108", "'" + std::string(bad) + "' is not a valid node id", bad,
                  "use letters, digits, '_' and '-', starting with a letter");
        st_.skipping_node = true;
        return;
    }
    Node node;
    node.id = std::string(id);
    node.loc = loc_in(id);
    std::string_view after = text::trim_left(rest.substr(n));
    if (!after.empty() && after[0] == '[') {
        std::size_t close = after.find(']');
        if (close == std::string_view::npos) {
            error("LP109", "missing ']' after the channel", after, "e.g. == chat [chat]");
        } else {
            std::string_view channel = text::trim(after.substr(1, close - 1));
            auto c = channel_from_name(channel);
            if (!c)
                error("LP110", "unknown channel '" + std::string(channel) + "'", channel.empty() ? after : channel,
                      "channels: chat, sms, email, job-ad, social-post, social-profile, web-page, call, narration");
            else node.channel = *c;
            after = text::trim_left(after.substr(close + 1));
        }
    }
    if (!after.empty()) {
        if (starts_with_keyword(after, "ending")) {
            std::string_view cls = text::trim(after.substr(6));
            auto e = ending_class_from_name(cls);
            if (!e)
                error("LP111", "ending class must be safe, harmed or got-help, not '" + std::string(cls) + "'",
                      cls.empty() ? after : cls);
            else node.ending = *e;
        } else {
            error("LP109", "unexpected '" + std::string(after) + "' in the node header", after,
                  "a node header is '== id [channel]' optionally followed by 'ending safe|harmed|got-help'");
        }
    }
    sc_.nodes.push_back(std::move(node));
    st_.node = static_cast<int>(sc_.nodes.size() - 1);
    st_.node_has_content = false;
    st_.counts_seen.clear();
}

void Parser::close_node() {
    for (const auto& frame : st_.ifs)
        sink_.add("LP125", "this 'if' has no 'endif'", frame.loc, "add 'endif' before the next node");
    st_.ifs.clear();
    if (st_.node >= 0) {
        const Node& node = sc_.nodes[static_cast<std::size_t>(st_.node)];
        if (node.body.empty()) sink_.add("LP141", "node '" + node.id + "' has no content", node.loc, "");
        comments_shown(node);
    }
    st_.node = -1;
    st_.node_has_content = false;
}

// ---- [SECTION] node statements ---------------------------------------------------------------

std::vector<Statement>& Parser::body() {
    if (!st_.ifs.empty()) return st_.ifs.back().parent->back().branches.back().body;
    return sc_.nodes[static_cast<std::size_t>(st_.node)].body;
}

bool Parser::add_statement(Statement st) {
    if (++statements_ > limits_.max_statements) {
        if (!too_many_reported_)
            sink_.add("LP137", "more than " + std::to_string(limits_.max_statements) + " statements", st.loc,
                      "split the scenario");
        too_many_reported_ = true;
        return false;
    }
    st_.node_has_content = true;
    body().push_back(std::move(st));
    return true;
}

ExprId Parser::expression(std::string_view text, bool allow_trailing, std::size_t* consumed) {
    SourceLoc loc = loc_in(text);
    ExprParseResult r = parse_expression(text, loc, sc_, allow_trailing);
    if (!r.ok) {
        SourceLoc eloc = loc;
        eloc.column += text::codepoints(text.substr(0, static_cast<std::size_t>(r.error_offset)));
        bool unterminated = r.error.rfind("unterminated string", 0) == 0;
        sink_.add(unterminated ? "LP123" : "LP122", r.error, eloc,
                  unterminated ? "" : "expressions look like: savings >= 150 and not paid_fee");
        return -1;
    }
    if (consumed) *consumed = r.consumed;
    return r.root;
}

namespace {
void apply_message_tags(Message& m, DiagnosticSink& sink) {
    for (const Tag& t : m.tags) {
        auto need_value = [&]() {
            if (!t.value.empty()) return true;
            sink.add("LP120", "tag #" + t.key + " needs a value: #" + t.key + ":...", t.loc);
            return false;
        };
        if (t.key == "line") {
            if (!need_value()) continue;
            if (!text::is_loose_id(t.value))
                sink.add("LP120", "line id '" + t.value + "' may only use letters, digits, '-', '_' and '.'", t.loc);
            else if (!m.line_id.empty()) sink.add("LP120", "a line has only one #line id", t.loc);
            else m.line_id = t.value;
        } else if (t.key == "flag") {
            if (!need_value()) continue;
            m.flags.push_back(t.value);
        } else if (t.key == "fact") {
            if (need_value()) m.facts.push_back(t.value);
        } else if (t.key == "delay" || t.key == "typing" || t.key == "pause") {
            int ms = 0;
            if (!text::parse_seconds_ms(t.value, ms)) {
                sink.add("LP120", "#" + t.key + " needs seconds, e.g. #" + t.key + ":1.5, not '" + t.value + "'",
                         t.loc);
                continue;
            }
            (t.key == "delay" ? m.delay_ms : t.key == "typing" ? m.typing_ms : m.pause_ms) = ms;
        } else if (t.key == "image") {
            if (need_value()) m.image = t.value;
        } else if (t.key == "sound") {
            if (need_value()) m.sound = t.value;
        } else if (t.key == "time") {
            if (need_value()) m.time = t.value;
        }
    }
}
}  // namespace

void Parser::message_line(std::string_view speaker, std::string_view rest, std::string_view trimmed, bool debrief,
                          bool comment) {
    Node& node = sc_.nodes[static_cast<std::size_t>(st_.node)];
    if (debrief && node.ending == EndingClass::None) {
        error("LP131", "'debrief:' lines belong in ending nodes", trimmed,
              "mark the node as an ending: == " + node.id + " [narration] ending safe");
        return;
    }
    SplitTags split = split_trailing_tags(rest);
    std::string_view body_text = text::trim(split.body);
    Message m;
    m.is_debrief = debrief;
    m.loc = loc_in(trimmed);
    m.speaker_loc = comment ? loc_in(speaker) : m.loc;
    m.is_comment = comment;
    if (!debrief) m.speaker = std::string(speaker);
    m.tags = parse_tags(rest.substr(std::min(split.tags_begin, rest.size())),
                        loc_in(rest.substr(std::min(split.tags_begin, rest.size()))), sink_);
    if (body_text.empty()) {
        error("LP114", std::string(debrief ? "'debrief:'" : "message") + " has no text", trimmed);
        return;
    }
    m.text = parse_text(body_text, loc_in(body_text), sc_, sink_);
    tags_and_pieces_ += m.tags.size() + m.text.pieces.size();
    apply_message_tags(m, sink_);
    sc_.messages.push_back(std::move(m));
    Statement st;
    st.kind = Statement::Kind::Message;
    st.index = static_cast<int>(sc_.messages.size() - 1);
    st.loc = loc_in(trimmed);
    add_statement(std::move(st));
}

void Parser::choice_line(std::string_view trimmed) {
    Node& node = sc_.nodes[static_cast<std::size_t>(st_.node)];
    if (node.ending != EndingClass::None) {
        error("LP132", "an ending node cannot have choices", trimmed,
              "endings close the story; remove 'ending' or the choice");
        return;
    }
    Choice c;
    c.sticky = trimmed[0] == '+';
    c.loc = loc_in(trimmed);
    std::string_view rest = trimmed.substr(1);
    SplitTags split = split_trailing_tags(rest);
    std::string_view tag_part = rest.substr(std::min(split.tags_begin, rest.size()));
    c.tags = parse_tags(tag_part, loc_in(tag_part), sink_);
    for (const Tag& t : c.tags) {
        if (t.key == "line") {
            if (!text::is_loose_id(t.value))
                sink_.add("LP120", "line id '" + t.value + "' may only use letters, digits, '-', '_' and '.'", t.loc);
            else c.line_id = t.value;
        }
    }
    std::string_view main = split.body;
    // The arrow is the first "->" followed by a node id and then nothing or `if` (so a choice
    // text may itself contain "->"); without such an arrow, the first "->" is used for the errors.
    std::size_t arrow = main.find("->");
    for (std::size_t a = arrow; a != std::string_view::npos; a = main.find("->", a + 2)) {
        std::string_view after_arrow = text::trim_left(main.substr(a + 2));
        std::size_t len = text::identifier_length(after_arrow, true);
        std::string_view tail_after = text::trim(after_arrow.substr(len));
        if (len > 0 && (tail_after.empty() || starts_with_keyword(tail_after, "if"))) {
            arrow = a;
            break;
        }
    }
    if (arrow == std::string_view::npos) {
        error("LP119", "a choice needs a target: '* text -> node'", trimmed, "add '-> node_id' after the choice text");
        return;
    }
    std::string_view choice_text = text::trim(main.substr(0, arrow));
    if (choice_text.empty()) {
        error("LP114", "choice has no text", trimmed);
        return;
    }
    std::string_view after = text::trim_left(main.substr(arrow + 2));
    std::size_t n = text::identifier_length(after, true);
    if (n == 0) {
        error("LP119", "expected a node id after '->'", after.empty() ? main.substr(arrow) : after,
              "e.g. * Reply -> chat");
        return;
    }
    c.target = std::string(after.substr(0, n));
    c.target_loc = loc_in(after);
    std::string_view tail = text::trim(after.substr(n));
    if (!tail.empty()) {
        if (!starts_with_keyword(tail, "if")) {
            error("LP119", "unexpected '" + std::string(tail) + "' after the target", tail,
                  "a condition is written '-> node if expression' or '-> node if expression else \"reason\"'");
            return;
        }
        std::string_view cond = text::trim_left(tail.substr(2));
        std::size_t used = 0;
        c.condition = expression(cond, true, &used);
        if (c.condition < 0) return;
        std::string_view reason = text::trim(cond.substr(used));
        if (!reason.empty()) {  // starts with `else`
            std::string_view quoted = text::trim_left(reason.substr(4));
            if (quoted.empty() || quoted[0] != '"') {
                error("LP119", "'else' must be followed by a reason in quotes", quoted.empty() ? reason : quoted,
                      "e.g. else \"You don't have that much money\"");
                return;
            }
            std::size_t close = quoted.find('"', 1);
            if (close == std::string_view::npos) {
                error("LP123", "unterminated string: add the closing \"", quoted);
                return;
            }
            if (!text::trim(quoted.substr(close + 1)).empty()) {
                error("LP119", "unexpected text after the reason", text::trim(quoted.substr(close + 1)));
                return;
            }
            c.show_disabled = true;
            c.disabled_reason = std::string(quoted.substr(1, close - 1));
        }
    }
    c.text = parse_text(choice_text, loc_in(choice_text), sc_, sink_);
    tags_and_pieces_ += c.tags.size() + c.text.pieces.size();
    c.global_index = static_cast<int>(sc_.choices.size());
    sc_.choices.push_back(std::move(c));
    Statement st;
    st.kind = Statement::Kind::Choice;
    st.index = static_cast<int>(sc_.choices.size() - 1);
    st.loc = loc_in(trimmed);
    add_statement(std::move(st));
}

void Parser::jump_line(std::string_view trimmed, bool fallback) {
    Node& node = sc_.nodes[static_cast<std::size_t>(st_.node)];
    if (node.ending != EndingClass::None) {
        error("LP132", std::string("an ending node cannot have a ") + (fallback ? "fallback" : "divert"), trimmed,
              "endings close the story");
        return;
    }
    std::string_view rest = fallback ? text::trim_left(trimmed.substr(8)) : trimmed;
    SplitTags split = split_trailing_tags(rest);
    rest = split.body;
    if (rest.substr(0, 2) != "->") {
        error("LP101", "expected 'fallback -> node'", rest.empty() ? trimmed : rest, "e.g. fallback -> end_scrolled");
        return;
    }
    std::string_view target = text::trim(rest.substr(2));
    if (!text::is_identifier(target, true)) {
        error("LP108",
              target.empty() ? std::string("'->' needs a node id")
                             : "'" + std::string(target) + "' is not a valid node id",
              target.empty() ? rest : target, "e.g. -> end_debt");
        return;
    }
    if (fallback) {
        for (const Statement& s : body())
            if (s.kind == Statement::Kind::Fallback) {
                error("LP133", "this node already has a fallback (line " + std::to_string(s.loc.line) + ")", trimmed);
                return;
            }
    }
    Jump j;
    j.target = std::string(target);
    j.loc = loc_in(trimmed);
    j.target_loc = loc_in(target);
    sc_.jumps.push_back(std::move(j));
    Statement st;
    st.kind = fallback ? Statement::Kind::Fallback : Statement::Kind::Divert;
    st.index = static_cast<int>(sc_.jumps.size() - 1);
    st.loc = loc_in(trimmed);
    add_statement(std::move(st));
}

void Parser::assign_line(std::string_view trimmed) {
    std::string_view rest = text::trim_left(trimmed.substr(1));
    std::size_t n = text::identifier_length(rest, false);
    if (n == 0) {
        error("LP127", "expected a variable name after '~'", rest.empty() ? trimmed : rest, "e.g. ~ savings -= 150");
        return;
    }
    Assignment a;
    a.var = std::string(rest.substr(0, n));
    a.loc = loc_in(rest);
    std::string_view op = text::trim_left(rest.substr(n));
    std::size_t op_len = 0;
    if (op.substr(0, 2) == "+=") {
        a.op = '+';
        op_len = 2;
    } else if (op.substr(0, 2) == "-=") {
        a.op = '-';
        op_len = 2;
    } else if (op.substr(0, 2) == "==") {
        op_len = 0;
    } else if (op.substr(0, 1) == "=") {
        a.op = '=';
        op_len = 1;
    }
    if (op_len == 0) {
        error("LP127", "expected '=', '+=' or '-=' after '" + a.var + "'", op.empty() ? rest : op,
              "e.g. ~ paid_fee = true");
        return;
    }
    a.value = expression(
        text::trim_left(op.substr(op_len)).empty() ? op.substr(op_len) : text::trim_left(op.substr(op_len)), false);
    if (a.value < 0) return;
    sc_.assignments.push_back(std::move(a));
    Statement st;
    st.kind = Statement::Kind::Assign;
    st.index = static_cast<int>(sc_.assignments.size() - 1);
    st.loc = loc_in(trimmed);
    add_statement(std::move(st));
}

void Parser::if_line(std::string_view trimmed, std::string_view keyword) {
    std::string_view cond_text = text::trim_left(trimmed.substr(keyword.size()));
    if (keyword == "elif") {
        if (st_.ifs.empty()) {
            error("LP124", "'elif' without a matching 'if'", trimmed);
            return;
        }
        if (st_.ifs.back().seen_else) {
            error("LP126", "'elif' after 'else'", trimmed, "'else' must be the last branch");
            return;
        }
    } else if (static_cast<int>(st_.ifs.size()) >= limits_.max_if_depth) {
        error("LP136", "'if' nested more than " + std::to_string(limits_.max_if_depth) + " deep", trimmed);
        return;
    }
    ExprId cond = cond_text.empty() ? -1 : expression(cond_text, false);
    if (cond_text.empty())
        error("LP122", "'" + std::string(keyword) + "' needs a condition", trimmed, "e.g. if savings >= 150");
    Branch branch;
    branch.condition = cond;
    branch.loc = loc_in(trimmed);
    if (keyword == "elif") {
        st_.ifs.back().parent->back().branches.push_back(std::move(branch));
        return;
    }
    Statement st;
    st.kind = Statement::Kind::If;
    st.loc = loc_in(trimmed);
    st.branches.push_back(std::move(branch));
    std::vector<Statement>* parent = &body();
    if (!add_statement(std::move(st))) return;
    st_.ifs.push_back({parent, false, loc_in(trimmed)});
}

void Parser::else_line(std::string_view trimmed) {
    if (trimmed != "else") {
        error("LP101", "'else' stands alone on its line; use 'elif <condition>' for another test", trimmed);
        return;
    }
    if (st_.ifs.empty()) {
        error("LP124", "'else' without a matching 'if'", trimmed);
        return;
    }
    if (st_.ifs.back().seen_else) {
        error("LP126", "a second 'else' for the same 'if'", trimmed);
        return;
    }
    st_.ifs.back().seen_else = true;
    Branch branch;
    branch.loc = loc_in(trimmed);
    st_.ifs.back().parent->back().branches.push_back(std::move(branch));
}

void Parser::endif_line(std::string_view trimmed) {
    if (trimmed != "endif") {
        error("LP101", "'endif' stands alone on its line", trimmed);
        return;
    }
    if (st_.ifs.empty()) {
        error("LP124", "'endif' without a matching 'if'", trimmed);
        return;
    }
    st_.ifs.pop_back();
}

// ---- [SECTION] includes ----------------------------------------------------------------------

void Parser::include_line(std::string_view value) {
    if (st_.node >= 0) {
        error("LP103", "include: must come before the first node", line_.empty() ? value : text::trim(line_));
        return;
    }
    if (value.empty()) {
        error("LP114", "include: needs a file path", text::trim(line_));
        return;
    }
    if (!files_) {
        error("LP150", "cannot read '" + std::string(value) + "': no file access was given to the parser", value);
        return;
    }
    std::string path;
    if (!include_path(value, path) || !include_allowed(value, path)) return;
    // The file is read only up to the smaller of the file limit and what is left of the load's budget.
    const std::size_t left = limits_.max_load_bytes > bytes_read_ ? limits_.max_load_bytes - bytes_read_ : 0;
    const bool budget_binds = left < limits_.max_file_bytes;
    FileRead file = files_->read_within(path, root_, budget_binds ? left : limits_.max_file_bytes);
    const std::string shown(value);
    switch (file.status) {
        case FileStatus::Ok: break;
        case FileStatus::NotFound:
            error("LP150", "include file '" + path + "' not found", value, "paths are relative to the including file");
            return;
        case FileStatus::NotRegular:
            error("LP163", "'" + shown + "' is not a regular file (a folder, device, pipe or socket); it was not read",
                  value);
            return;
        case FileStatus::OutsideRoot:
            error("LP162",
                  "'" + shown + "' leads (through a symbolic link) outside the scenario's folder; it was not read",
                  value, "copy the file into the scenario's folder");
            return;
        case FileStatus::TooLarge:
            if (budget_binds)
                error("LP165",
                      "reading '" + shown + "' would take this load over " + std::to_string(limits_.max_load_bytes) +
                          " bytes in all; it was not read",
                      value, "scenario files are text; keep them small");
            else
                error("LP135",
                      "'" + shown + "' is larger than " + std::to_string(limits_.max_file_bytes) +
                          " bytes; it was not read",
                      value, "split the scenario with include: files");
            return;
    }
    bytes_read_ += file.text.size();
    parse_file(file.text, path, true, st_.depth + 1);
}

// Resolves an include: path; refuses (with a diagnostic) one that is absolute or leaves the root.
bool Parser::include_path(std::string_view value, std::string& path) {
    switch (resolve_inside(root_, directory_of(st_.path), std::string(value), path)) {
        case PathProblem::None: return true;
        case PathProblem::Empty: error("LP114", "include: needs a file path", text::trim(line_)); return false;
        case PathProblem::ControlCharacter:
            error("LP160", "the include path contains a control character", value);
            return false;
        case PathProblem::Absolute:
            error("LP160", "include paths must be relative to the including file, not absolute", value,
                  "put the file inside the scenario's folder and name it relative to this file");
            return false;
        case PathProblem::LeavesRoot:
            error("LP161", "the include path leaves the scenario's folder", value,
                  "included files must be inside the folder of the main scenario file");
            return false;
    }
    return false;
}

// Loops, repeats, depth and the load's include budget.
bool Parser::include_allowed(std::string_view value, const std::string& path) {
    for (const auto& open : include_stack_)
        if (open == path) {
            error("LP151",
                  "including '" + std::string(value) + "' would loop back to a file that is already being read", value,
                  "remove one of the includes");
            return false;
        }
    auto [seen, fresh] = included_.emplace(path, loc_in(value));
    if (!fresh) {
        const SourceLoc& first = seen->second;
        error("LP166",
              "'" + std::string(value) + "' is already included" +
                  (first.line > 0 ? " (" + sc_.file_name(first) + ":" + std::to_string(first.line) + ")"
                                  : std::string()) +
                  "; a file is read once per scenario",
              value, "include it in one place only");
        return false;
    }
    if (st_.depth + 1 > limits_.max_include_depth) {
        error("LP152", "includes are nested more than " + std::to_string(limits_.max_include_depth) + " deep", value);
        return false;
    }
    if (++includes_followed_ > limits_.max_includes) {
        error("LP164", "more than " + std::to_string(limits_.max_includes) + " included files in one scenario", value,
              "gather shared definitions in fewer files");
        return false;
    }
    return true;
}

}  // namespace

// ---- [SECTION] entry points ------------------------------------------------------------------

ParseResult parse_scenario(std::string_view text, const std::string& filename, FileSource* files,
                           const ParseLimits& limits) {
    ParseResult result;
    Scenario& sc = result.scenario;
    Character narrator;
    narrator.id = "narrator";
    narrator.name = "Narrator";
    narrator.built_in = true;
    Character you;
    you.id = "you";
    you.name = "You";
    you.built_in = true;
    sc.characters.push_back(narrator);
    sc.characters.push_back(you);
    Parser parser(result, files, limits);
    parser.begin_load(filename, text.size());
    parser.parse_file(text, filename, false, 0);
    link_scenario(sc);
    return result;
}

ParseResult load_scenario(const std::string& path, FileSource& files, const ParseLimits& limits) {
    // The main file, too, must really be in its folder (a kiosk's scenario folder may hold a link).
    FileRead main = files.read_within(path, directory_of(path), limits.max_file_bytes);
    if (main.status != FileStatus::Ok) {
        ParseResult result;
        result.scenario.files.push_back(path);
        Diagnostic d{"LP150", Severity::Error, "scenario file '" + path + "' not found", path, 0, 0, ""};
        if (main.status == FileStatus::NotRegular)
            d = {"LP163",
                 Severity::Error,
                 "'" + path + "' is not a regular file (a folder, device, pipe or socket); it was not read",
                 path,
                 1,
                 1,
                 ""};
        else if (main.status == FileStatus::OutsideRoot)
            d = {"LP162",
                 Severity::Error,
                 "'" + path + "' is a symbolic link to a file outside its folder; it was not read",
                 path,
                 1,
                 1,
                 "copy the file instead of linking it"};
        else if (main.status == FileStatus::TooLarge)
            d = {"LP135",
                 Severity::Error,
                 "'" + path + "' is larger than " + std::to_string(limits.max_file_bytes) + " bytes; it was not read",
                 path,
                 1,
                 1,
                 "split the scenario with include: files"};
        result.diagnostics.push_back(std::move(d));
        return result;
    }
    ParseResult result = parse_scenario(main.text, path, &files, limits);
    std::vector<Diagnostic> more = check(result.scenario, &files);
    result.diagnostics.insert(result.diagnostics.end(), more.begin(), more.end());
    return result;
}

}  // namespace lure
