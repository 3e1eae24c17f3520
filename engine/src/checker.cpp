// The checker: semantic and structural checks over a parsed Scenario (see checker.h).
//
// [SECTION] header & definitions   [SECTION] statements & types   [SECTION] graph
#include "lure/checker.h"

#include <algorithm>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "checker_hints.h"
#include "diagnostic_sink.h"
#include "lure/expression.h"

namespace lure {

namespace {

using Body = std::vector<Statement>;

void for_each_statement(const Body& body, const std::function<void(const Statement&)>& fn) {
    for (const Statement& s : body) {
        fn(s);
        if (s.kind == Statement::Kind::If)
            for (const Branch& b : s.branches) for_each_statement(b.body, fn);
    }
}

bool has_exit(const Body& body) {
    bool found = false;
    for_each_statement(body, [&](const Statement& s) {
        found = found || s.kind == Statement::Kind::Choice || s.kind == Statement::Kind::Fallback ||
                s.kind == Statement::Kind::Divert;
    });
    return found;
}

// True when every path through `body` meets a divert, a fallback or an unconditional choice.
bool always_exits(const Scenario& sc, const Body& body) {
    for (const Statement& s : body) {
        if (s.kind == Statement::Kind::Divert || s.kind == Statement::Kind::Fallback) return true;
        if (s.kind == Statement::Kind::Choice && sc.choices[static_cast<std::size_t>(s.index)].condition < 0)
            return true;
        if (s.kind == Statement::Kind::If && s.branches.back().condition < 0) {
            bool all = true;
            for (const Branch& b : s.branches) all = all && always_exits(sc, b.body);
            if (all) return true;
        }
    }
    return false;
}

class Checker {
public:
    Checker(const Scenario& sc, FileSource* files, std::vector<Diagnostic>& out)
        : sc_(sc), files_(files), sink_(out, sc.files, 1000), hints_(sc),
          root_(sc.files.empty() ? std::string() : directory_of(sc.files[0])) {}

    void run() {
        header();
        definitions();
        statements();
        graph();
    }

private:
    SourceLoc file_start() const { return {0, 1, 1}; }

    // ---- [SECTION] header & definitions ----
    void header() {
        const Header& h = sc_.header;
        auto has = [&](const char* key) {
            for (const auto& p : h.present)
                if (p.first == key) return true;
            return false;
        };
        for (const char* key : {"scenario", "title"})
            if (!has(key))
                sink_.add("LP221", std::string("the header needs '") + key + ":'", file_start(),
                          std::string("add a line '") + key + ": ...' at the top");
        std::string missing;
        for (const char* key : {"summary", "language", "persona", "technique", "content-note", "minutes"})
            if (!has(key)) missing += (missing.empty() ? "" : ", ") + std::string(key);
        if (!missing.empty())
            sink_.add("LP222", "the header has no " + missing, file_start(), "educators and the menu screen use them");
        if (sc_.nodes.empty()) {
            sink_.add("LP229", "the scenario has no nodes", file_start(), "add a node: == start [chat]");
            return;
        }
        if (!h.start.empty() && sc_.start_node < 0) {
            SourceLoc loc = file_start();
            for (const auto& p : h.present)
                if (p.first == "start") loc = p.second;
            sink_.add("LP220", "start node '" + h.start + "' does not exist", loc, hints_.node(h.start, loc));
        }
    }

    template <class T>
    void duplicates(const std::vector<T>& items, const char* code, const char* what, std::size_t first = 0) {
        std::unordered_map<std::string_view, const T*> seen;
        seen.reserve(items.size());
        for (std::size_t i = first; i < items.size(); ++i) {
            auto [it, fresh] = seen.emplace(std::string_view(items[i].id), &items[i]);
            if (!fresh)
                sink_.add(
                    code, std::string(what) + " '" + items[i].id + "' is defined twice", items[i].loc,
                    "first defined at " + sc_.file_name(it->second->loc) + ":" + std::to_string(it->second->loc.line));
        }
    }

    // Image paths obey the same sandbox as includes: relative, inside the root, a regular file.
    void image(const std::string& path, const SourceLoc& loc) {
        if (path.empty()) return;
        std::string full;
        switch (resolve_inside(root_, directory_of(sc_.file_name(loc)), path, full)) {
            case PathProblem::None: break;
            case PathProblem::Empty: return;
            case PathProblem::ControlCharacter:
                sink_.add("LP160", "the image path contains a control character", loc);
                return;
            case PathProblem::Absolute:
                sink_.add("LP160", "image paths must be relative to the scenario file, not absolute", loc,
                          "put the image inside the scenario's folder");
                return;
            case PathProblem::LeavesRoot:
                sink_.add("LP161", "the image path '" + path + "' leaves the scenario's folder", loc,
                          "images must be inside the folder of the main scenario file");
                return;
        }
        if (!files_) return;
        switch (files_->check_within(full, root_)) {
            case FileStatus::Ok:
            case FileStatus::TooLarge: return;
            case FileStatus::NotFound:
                sink_.add("LP219", "image file '" + full + "' not found", loc,
                          "paths are relative to the scenario file");
                return;
            case FileStatus::NotRegular:
                sink_.add("LP163", "image '" + path + "' is not a regular file (a folder, device, pipe or socket)",
                          loc);
                return;
            case FileStatus::OutsideRoot:
                sink_.add("LP162", "image '" + path + "' leads (through a symbolic link) outside the scenario's folder",
                          loc, "copy the image into the scenario's folder");
                return;
        }
    }

    void definitions() {
        duplicates(sc_.nodes, "LP209", "node");
        duplicates(sc_.characters, "LP211", "character");
        duplicates(sc_.flags, "LP212", "red flag");
        duplicates(sc_.variables, "LP213", "variable");
        for (const Character& c : sc_.characters) {
            if (c.built_in) continue;
            if (c.name.empty()) sink_.add("LP226", "character '" + c.id + "' has no name:", c.loc, "add '  name: ...'");
            else if (c.initials.empty() && c.avatar.empty())
                sink_.add("LP226", "character '" + c.id + "' has neither initials: nor avatar:", c.loc,
                          "the chat screen needs one of them");
            image(c.avatar, c.avatar_loc);
        }
        for (const RedFlag& f : sc_.flags) {
            if (f.explain.empty())
                sink_.add("LP214", "red flag '" + f.id + "' has no explanation", f.loc,
                          "add '  explain: ...' — why this is a warning sign");
            if (f.source.empty())
                sink_.add("LP215", "red flag '" + f.id + "' has no source", f.loc,
                          "add '  source: Organisation Year', e.g. ILO 2012");
            std::string missing;
            if (f.label.empty()) missing += "label";
            if (f.category.empty() && !f.category_unknown)
                missing += std::string(missing.empty() ? "" : ", ") + "category";
            if (f.action.empty()) missing += std::string(missing.empty() ? "" : ", ") + "action";
            if (!missing.empty()) sink_.add("LP216", "red flag '" + f.id + "' has no " + missing, f.loc, "");
        }
    }

    // ---- [SECTION] statements & types ----
    ValueType type_of(ExprId id) {
        if (id < 0) return ValueType::Invalid;
        mark_reads(id, 0);
        return infer_type(
            sc_, id,
            [&](const std::string& code, const std::string& msg, const SourceLoc& loc, const std::string& hint) {
                sink_.add(code, msg, loc, hint);
            },
            UnresolvedHint{&Checker::unresolved_hint, this});
    }

    static std::string unresolved_hint(void* context, const Expr& e) {
        Checker& self = *static_cast<Checker*>(context);
        if (self.sink_.full()) return std::string();
        return e.op == ExprOp::Var ? self.hints_.variable(e.name, e.loc) : self.hints_.node(e.name, e.loc);
    }

    void mark_reads(ExprId id, int depth) {
        if (id < 0 || static_cast<std::size_t>(id) >= sc_.exprs.size() || depth > 4 * kMaxExpressionDepth) return;
        const Expr& e = sc_.exprs[static_cast<std::size_t>(id)];
        if (e.op == ExprOp::Var && e.ref >= 0) read_vars_.insert(e.ref);
        if (e.op == ExprOp::Random && e.a >= 0 && e.b >= 0) {
            const Expr& lo = sc_.exprs[static_cast<std::size_t>(e.a)];
            const Expr& hi = sc_.exprs[static_cast<std::size_t>(e.b)];
            if (lo.op == ExprOp::Literal && hi.op == ExprOp::Literal && lo.literal.type == ValueType::Int &&
                hi.literal.type == ValueType::Int && lo.literal.i > hi.literal.i)
                sink_.add("LP228",
                          "random(" + std::to_string(lo.literal.i) + ", " + std::to_string(hi.literal.i) +
                              "): the first number is larger; the range is used reversed",
                          e.loc, "");
        }
        mark_reads(e.a, depth + 1);
        mark_reads(e.b, depth + 1);
    }

    void condition(ExprId id) {
        if (id < 0) return;
        ValueType t = type_of(id);
        if (t != ValueType::Bool && t != ValueType::Invalid) {
            const std::string example = comparison_example(sc_, id, t);
            sink_.add("LP208", std::string("a condition must be true or false, this is ") + value_type_name(t),
                      sc_.exprs[static_cast<std::size_t>(id)].loc,
                      example.empty() ? "compare it with a value, e.g. with > 0" : "compare it, e.g. " + example);
        }
    }

    void text(const Text& t) {
        for (const TextPiece& p : t.pieces)
            if (p.kind == TextPiece::Kind::Interpolation) type_of(p.expr);
    }

    void statements() {
        std::unordered_map<std::string_view, SourceLoc> line_ids;
        line_ids.reserve(sc_.messages.size() + sc_.choices.size());
        auto line_id = [&](const std::string& id, const SourceLoc& loc) {
            if (id.empty()) return;
            auto [it, fresh] = line_ids.emplace(std::string_view(id), loc);
            if (!fresh)
                sink_.add("LP210", "line id '" + id + "' is used twice", loc,
                          "first used on line " + std::to_string(it->second.line) +
                              "; remove this #line tag and run 'lure tag'");
        };
        for (const Node& node : sc_.nodes) {
            for (const PropertyFlag& f : node.property_flags) {
                if (f.flag_index >= 0) {
                    used_flags_.insert(f.flag_index);
                    continue;
                }
                sink_.add("LP218", "red flag '" + f.flag + "' is not defined", f.loc,
                          sink_.full() ? std::string() : hints_.flag(f.flag, f.loc));
            }
            for_each_statement(node.body, [&](const Statement& s) {
                switch (s.kind) {
                    case Statement::Kind::Message: {
                        const Message& m = sc_.messages[static_cast<std::size_t>(s.index)];
                        if (!m.is_debrief && !m.is_comment && m.speaker_index < 0)
                            sink_.add("LP217", "speaker '" + m.speaker + "' is not a character", m.speaker_loc,
                                      sink_.full() ? std::string() : hints_.speaker(m.speaker, m.speaker_loc));
                        for (std::size_t k = 0; k < m.flags.size(); ++k) {
                            if (m.flag_indices[k] >= 0) {
                                used_flags_.insert(m.flag_indices[k]);
                                continue;
                            }
                            SourceLoc loc = m.loc;
                            for (const Tag& t : m.tags)
                                if (t.key == "flag" && t.value == m.flags[k]) {
                                    loc = t.loc;
                                    break;
                                }
                            sink_.add("LP218", "red flag '" + m.flags[k] + "' is not defined", loc,
                                      sink_.full() ? std::string() : hints_.flag(m.flags[k], loc));
                        }
                        for (const Tag& t : m.tags)
                            if (t.key == "image") image(t.value, t.loc);
                        line_id(m.line_id, m.loc);
                        text(m.text);
                        break;
                    }
                    case Statement::Kind::Choice: {
                        const Choice& c = sc_.choices[static_cast<std::size_t>(s.index)];
                        if (c.target_index < 0) undefined_target(c.target, c.target_loc);
                        condition(c.condition);
                        line_id(c.line_id, c.loc);
                        text(c.text);
                        break;
                    }
                    case Statement::Kind::Fallback:
                    case Statement::Kind::Divert: {
                        const Jump& j = sc_.jumps[static_cast<std::size_t>(s.index)];
                        if (j.target_index < 0) undefined_target(j.target, j.target_loc);
                        break;
                    }
                    case Statement::Kind::Assign: assignment(sc_.assignments[static_cast<std::size_t>(s.index)]); break;
                    case Statement::Kind::If:
                        for (const Branch& b : s.branches) condition(b.condition);
                        break;
                }
            });
        }
        // A name a typo was taken for is not reported unused: the typo's diagnostic names it.
        for (std::size_t i = 0; i < sc_.variables.size(); ++i)
            if (!read_vars_.count(static_cast<int>(i)) &&
                !hints_.is_typo_target(NameKind::Variable, sc_.variables[i].id))
                sink_.add("LP207", "variable '" + sc_.variables[i].id + "' is never read", sc_.variables[i].loc,
                          "use it in a condition or text, or remove it");
        for (std::size_t i = 0; i < sc_.flags.size(); ++i)
            if (!used_flags_.count(static_cast<int>(i)) && !hints_.is_typo_target(NameKind::Flag, sc_.flags[i].id))
                sink_.add("LP224", "red flag '" + sc_.flags[i].id + "' is never attached to a message or an address",
                          sc_.flags[i].loc, "attach it with #flag:" + sc_.flags[i].id);
    }

    void undefined_target(const std::string& target, const SourceLoc& loc) {
        std::string hint;
        if (!sink_.full()) hint = hints_.node(target, loc);
        if (!sink_.full() && hint.empty()) hint = closest_node_hint(target);
        sink_.add("LP200", "node '" + target + "' does not exist", loc, hint);
    }

    // When no id is a few edits away: the node id sharing the longest prefix with `target`. In
    // sorted order that id is a neighbour of where `target` would go, so one binary
    // search over an index built once answers it. Ties go to the lexicographically smaller id.
    std::string closest_node_hint(const std::string& target) {
        if (sorted_ids_.empty()) {
            sorted_ids_.reserve(sc_.nodes.size());
            for (const Node& n : sc_.nodes) sorted_ids_.push_back(n.id);
            std::sort(sorted_ids_.begin(), sorted_ids_.end());
        }
        auto common = [&](const std::string& id) {
            std::size_t k = 0;
            while (k < id.size() && k < target.size() && id[k] == target[k]) ++k;
            return k;
        };
        auto at = std::lower_bound(sorted_ids_.begin(), sorted_ids_.end(), target);
        const std::string* best_id = nullptr;
        std::size_t best = 0;
        if (at != sorted_ids_.begin()) {
            best_id = &*(at - 1);
            best = common(*best_id);
        }
        if (at != sorted_ids_.end() && common(*at) > best) {
            best_id = &*at;
            best = common(*at);
        }
        return best >= 2 && best_id ? "did you mean '" + *best_id + "'?" : "";
    }

    void assignment(const Assignment& a) {
        ValueType value = type_of(a.value);
        if (a.var_index < 0) {
            sink_.add("LP206", "variable '" + a.var + "' is not declared", a.loc,
                      sink_.full() ? std::string() : hints_.variable(a.var, a.loc));
            return;
        }
        const Variable& declared = sc_.variables[static_cast<std::size_t>(a.var_index)];
        ValueType var = declared.initial.type;
        if (value == ValueType::Invalid) return;
        if (a.op == '=' && value != var)
            sink_.add("LP208",
                      "cannot store " + std::string(value_type_name(value)) + " in " + value_type_name(var) +
                          " variable '" + a.var + "'",
                      a.loc,
                      "it is declared as " + std::string(value_type_name(var)) + " on line " +
                          std::to_string(declared.loc.line) + "; to store " + value_type_name(value) +
                          " declare it 'var " + a.var + " = " +
                          (value == ValueType::Bool     ? "false"
                           : value == ValueType::String ? "\"\""
                                                        : "0") +
                          "'");
        else if (a.op != '=' && !(var == ValueType::Int && value == ValueType::Int) &&
                 !(a.op == '+' && var == ValueType::String && value == ValueType::String))
            sink_.add("LP208",
                      std::string("'") + a.op + "=' needs numbers (or text += text), found " + value_type_name(var) +
                          " and " + value_type_name(value),
                      a.loc, "");
    }

    // ---- [SECTION] graph ----
    void graph() {
        if (sc_.nodes.empty()) return;
        std::size_t n = sc_.nodes.size();
        std::vector<std::vector<int>> edges(n);
        for (std::size_t i = 0; i < n; ++i)
            for_each_statement(sc_.nodes[i].body, [&](const Statement& s) {
                int t = -1;
                if (s.kind == Statement::Kind::Choice) t = sc_.choices[static_cast<std::size_t>(s.index)].target_index;
                else if (s.kind == Statement::Kind::Fallback || s.kind == Statement::Kind::Divert)
                    t = sc_.jumps[static_cast<std::size_t>(s.index)].target_index;
                if (t >= 0) edges[i].push_back(t);
            });
        std::vector<char> reached(n, 0);
        std::vector<int> queue;
        if (sc_.start_node >= 0) {
            queue.push_back(sc_.start_node);
            reached[static_cast<std::size_t>(sc_.start_node)] = 1;
        }
        for (std::size_t q = 0; q < queue.size(); ++q)
            for (int t : edges[static_cast<std::size_t>(queue[q])])
                if (!reached[static_cast<std::size_t>(t)]) {
                    reached[static_cast<std::size_t>(t)] = 1;
                    queue.push_back(t);
                }

        bool ending_reached = false;
        std::string ending_cause;  // a typo that leaves an ending unreachable explains LP205 too
        std::unordered_set<std::string_view> reported;
        reported.reserve(n);
        for (std::size_t i = 0; i < n; ++i) {
            const Node& node = sc_.nodes[i];
            if (!reported.insert(std::string_view(node.id)).second) continue;  // duplicates already reported
            bool ending = node.ending != EndingClass::None;
            if (ending && reached[i]) ending_reached = true;
            if (!reached[i] && sc_.start_node >= 0) {
                std::string cause = hints_.consequence_of(NameKind::Node, node.id, node.loc);
                if (ending && ending_cause.empty()) ending_cause = cause;
                sink_.add(
                    ending ? "LP204" : "LP201",
                    std::string(ending ? "ending" : "node") + " '" + node.id + "' cannot be reached from the start",
                    node.loc, cause.empty() ? "add a choice or divert that leads here" : cause);
            }
            if (ending) {
                bool debrief = false;
                for_each_statement(node.body, [&](const Statement& s) {
                    debrief = debrief || (s.kind == Statement::Kind::Message &&
                                          sc_.messages[static_cast<std::size_t>(s.index)].is_debrief);
                });
                if (!debrief)
                    sink_.add("LP223", "ending '" + node.id + "' has no debrief: line", node.loc,
                              "explain what happened and what could protect the player");
                continue;
            }
            if (!has_exit(node.body))
                sink_.add("LP202",
                          "node '" + node.id + "' is a dead end: no choice, fallback or divert, and not an ending",
                          node.loc, "add a choice, '-> node', or mark it 'ending safe|harmed|got-help'");
            else if (!always_exits(sc_, node.body))
                sink_.add("LP203", "node '" + node.id + "' may be a dead end: every way on is conditional", node.loc,
                          "add 'fallback -> node' or an unconditional choice");
        }
        if (!ending_reached && sc_.start_node >= 0)
            sink_.add("LP205",
                      "no ending can be reached from the start node '" +
                          sc_.nodes[static_cast<std::size_t>(sc_.start_node)].id + "'",
                      sc_.nodes[static_cast<std::size_t>(sc_.start_node)].loc,
                      ending_cause.empty() ? "mark a node with 'ending safe|harmed|got-help'" : ending_cause);
        divert_loops();
    }

    // A node whose top level has a divert always continues there; a cycle of such nodes never stops.
    void divert_loops() {
        std::size_t n = sc_.nodes.size();
        std::vector<int> next(n, -1);
        std::vector<SourceLoc> where(n);
        for (std::size_t i = 0; i < n; ++i)
            for (const Statement& s : sc_.nodes[i].body)
                if (s.kind == Statement::Kind::Divert) {
                    next[i] = sc_.jumps[static_cast<std::size_t>(s.index)].target_index;
                    where[i] = s.loc;
                    break;
                }
        std::vector<char> colour(n, 0);  // 0 new, 1 on current walk, 2 done
        for (std::size_t i = 0; i < n; ++i) {
            std::vector<int> walk;
            int v = static_cast<int>(i);
            while (v >= 0 && colour[static_cast<std::size_t>(v)] == 0) {
                colour[static_cast<std::size_t>(v)] = 1;
                walk.push_back(v);
                v = next[static_cast<std::size_t>(v)];
            }
            if (v >= 0 && colour[static_cast<std::size_t>(v)] == 1) {
                std::string cycle;
                bool in = false;
                for (int w : walk) {
                    in = in || w == v;
                    if (in) cycle += sc_.nodes[static_cast<std::size_t>(w)].id + " -> ";
                }
                cycle += sc_.nodes[static_cast<std::size_t>(v)].id;
                sink_.add("LP225", "these nodes divert to each other forever: " + cycle,
                          where[static_cast<std::size_t>(v)], "give one of them a choice instead of '->'");
            }
            for (int w : walk) colour[static_cast<std::size_t>(w)] = 2;
        }
    }

    const Scenario& sc_;
    FileSource* files_;
    DiagnosticSink sink_;
    NameHints hints_;
    std::string root_;                     // folder of the main file: images must stay inside it
    std::vector<std::string> sorted_ids_;  // node ids, sorted on first use (LP200 hints)
    std::unordered_set<int> read_vars_, used_flags_;
};

}  // namespace

std::vector<Diagnostic> check(const Scenario& scenario, FileSource* files) {
    std::vector<Diagnostic> out;
    Checker(scenario, files, out).run();
    return out;
}

}  // namespace lure
