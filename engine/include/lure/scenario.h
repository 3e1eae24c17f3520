// The scenario model (AST) produced by the parser: header, characters, red flags, variables and
// nodes with their statements. Names are resolved to indices by the parser's link step (-1 = unknown).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "lure/value.h"

namespace lure {

struct SourceLoc {
    int file = 0;    // index into Scenario::files
    int line = 0;    // 1-based
    int column = 0;  // 1-based, code points
};

enum class Channel { Chat, Sms, Email, JobAd, SocialPost, SocialProfile, WebPage, Call, Narration };
enum class EndingClass { None, Safe, Harmed, GotHelp };
enum class Technique { Unspecified, Fishing, Hunting };

const char* channel_name(Channel c);  // "chat", "job-ad", ...
std::optional<Channel> channel_from_name(std::string_view name);
const char* ending_class_name(EndingClass e);  // "safe", "harmed", "got-help", "none"
std::optional<EndingClass> ending_class_from_name(std::string_view name);
const std::vector<std::string>& flag_categories();  // the allowed red-flag categories

// An audience such as `16+`: an age from 1 to 99 and a '+' (the `audience:` header, LP142, and the
// kiosk configuration's `audience` key). Returns false, leaving `age` alone, for anything else.
bool parse_audience(std::string_view text, int& age);

// ---- expressions: a flat pool, children referenced by index ------------------------------
using ExprId = int;  // index into Scenario::exprs, -1 = none

enum class ExprOp : std::uint8_t {
    Literal,
    Var,
    Visits,
    Random,
    Neg,
    Not,
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    And,
    Or
};

struct Expr {
    ExprOp op = ExprOp::Literal;
    ExprId a = -1, b = -1;  // operands (Random: a..b; unary: a)
    Value literal;          // Literal
    std::string name;       // Var: variable id; Visits: node id
    int ref = -1;           // resolved var index (Var) or node index (Visits)
    SourceLoc loc;
};

// ---- text with interpolation and emphasis ------------------------------------------------
struct TextPiece {
    enum class Kind { Literal, Interpolation, EmphasisOn, EmphasisOff };
    Kind kind = Kind::Literal;
    std::string text;  // Literal
    ExprId expr = -1;  // Interpolation
};

struct Text {
    std::string raw;  // as written (after tags were split off)
    std::vector<TextPiece> pieces;
};

struct Tag {
    std::string key;    // "line", "flag", "delay", "image", ...
    std::string value;  // text after the first ':' ("" when none)
    SourceLoc loc;
};

// ---- statements --------------------------------------------------------------------------
struct Message {  // `speaker: text #tags`, `debrief: text` and `comment: Name: text` (lure/social_post.h)
    bool is_debrief = false;
    bool is_comment = false;  // a comment row under a social post: `speaker` is the commenter's name as written
    std::string speaker;      // "" for debrief
    int speaker_index = -1;   // into Scenario::characters (narrator/you are built in)
    Text text;
    std::vector<Tag> tags;           // every tag, including the ones decoded below
    std::string line_id;             // #line
    std::vector<std::string> flags;  // #flag ids
    std::vector<int> flag_indices;   // resolved, -1 when unknown
    std::vector<std::string> facts;  // #fact ids (assets/facts.toml)
    int delay_ms = 0, typing_ms = 0, pause_ms = 0;
    std::string image, sound, time;
    SourceLoc loc, speaker_loc;
};

struct Choice {           // `* text -> target if cond else "reason" #tags`
    bool sticky = false;  // '+' choices stay; '*' choices disappear once taken
    Text text;
    std::string target;
    int target_index = -1;
    ExprId condition = -1;
    bool show_disabled = false;  // `else "reason"` given: shown disabled instead of hidden
    std::string disabled_reason;
    std::string line_id;
    std::vector<Tag> tags;
    int global_index = -1;  // index into Scenario::choices (stable within one load)
    SourceLoc loc, target_loc;
};

struct Jump {  // `-> target` (divert) and `fallback -> target`
    std::string target;
    int target_index = -1;
    SourceLoc loc, target_loc;
};

struct Assignment {  // `~ var = expr`, `+=`, `-=`
    std::string var;
    int var_index = -1;
    char op = '=';  // '=', '+', '-'
    ExprId value = -1;
    SourceLoc loc;
};

struct Statement;
struct Branch {
    ExprId condition = -1;  // -1 = else
    std::vector<Statement> body;
    SourceLoc loc;
};

struct Statement {
    enum class Kind { Message, Assign, If, Choice, Fallback, Divert };
    Kind kind = Kind::Message;
    int index = -1;                // into messages / assignments / choices / jumps
    std::vector<Branch> branches;  // If only
    SourceLoc loc;
};

struct PropertyFlag {      // `from: Ana <ana@brightpath-hr.com> #flag:id`: a red flag on an address
    std::string property;  // `from`, `to`, `url`, `number` or `contact` (lure/addresses.h)
    std::string flag;
    int flag_index = -1;  // resolved, -1 when unknown
    SourceLoc loc;        // the #flag tag
};

struct Node {
    std::string id;
    Channel channel = Channel::Narration;
    EndingClass ending = EndingClass::None;
    std::string title;  // `title:` property (app / contact / page title)
    std::string label;  // `label:` property: the node's short name on the maps ("" = none)
    std::vector<std::pair<std::string, std::string>> properties;  // every `key: value` property
    std::vector<PropertyFlag> property_flags;                     // red flags on address properties, in file order
    std::vector<Statement> body;
    SourceLoc loc;
};

struct Character {
    std::string id, name, role, initials, colour, avatar;
    bool built_in = false;  // narrator and you
    SourceLoc loc, avatar_loc;
};

struct RedFlag {
    std::string id, label, category, explain, action;
    std::string source;             // source-register ids, comma-separated (assets/sources.toml)
    SourceLoc loc, source_loc;      // source_loc: where the `source:` value starts
    bool category_unknown = false;  // a `category:` was given but is not a known one (LP116 said so)
};

struct Variable {
    std::string id;
    Value initial;
    SourceLoc loc;
};

struct Persona {
    std::string name;
    int age = 0;
    std::string situation;
};

struct Header {
    std::string id, title, summary, language, content_note, start;
    Persona persona;
    Technique technique = Technique::Unspecified;
    int minutes = 0;
    std::string reviewed_by, reviewed_on;  // `reviewed: <reviewer role>, <YYYY-MM-DD>` ("" = not reviewed)
    std::string facts_checked;             // `facts-checked: <YYYY-MM-DD>` ("" = not given)
    int audience = 0;                      // `audience: 16+` -> 16, the youngest age it is written for (0 = not given)
    std::string at_risk;  // `at-risk: Noah`: the person at risk when the player is a bystander ("" = the persona)
    std::vector<std::pair<std::string, SourceLoc>> present;  // header keys seen, with position
};

// Whose outcome an ending is: the `at-risk:` person when the player is a bystander, else the persona
// ("" when the story has neither).
const std::string& outcome_name(const Header& h);

struct Scenario {
    std::vector<std::string> files;  // [0] = main file, then includes in load order
    Header header;
    std::vector<Character> characters;  // [0] narrator, [1] you, then defined ones
    std::vector<RedFlag> flags;
    std::vector<Variable> variables;
    std::vector<Node> nodes;
    std::vector<Message> messages;
    std::vector<Choice> choices;
    std::vector<Jump> jumps;
    std::vector<Assignment> assignments;
    std::vector<Expr> exprs;
    int start_node = -1;  // resolved start (header `start:` or first node)

    int find_node(std::string_view id) const;
    int find_variable(std::string_view id) const;
    int find_character(std::string_view id) const;
    int find_flag(std::string_view id) const;
    const std::string& file_name(const SourceLoc& loc) const;
};

}  // namespace lure
