// One story step: enter a node, run its statements (messages, assignments, if, choices), then
// follow a divert, stop at an ending, offer choices, or take the fallback when none is enabled.
#include "executor.h"

#include <memory>

#include "lure/expression.h"

namespace lure {

std::int64_t next_random(std::uint64_t& rng, std::int64_t lo, std::int64_t hi) {
    if (hi < lo) std::swap(lo, hi);
    rng += 0x9E3779B97F4A7C15ull;
    std::uint64_t z = rng;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    std::uint64_t span = static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo) + 1u;
    std::uint64_t offset = span == 0 ? z : z % span;
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(lo) + offset);
}

namespace {

class Runner {
public:
    Runner(const Scenario& sc, StoryState& state, const RandomFn& random, const RuntimeLimits& limits)
        : sc_(sc), st_(state), limits_(limits) {
        ctx_.variables = &state.variables;
        ctx_.visits = &state.visits;
        ctx_.random = random;
        ctx_.max_string_bytes = limits.max_string_bytes;
    }

    // Renders within the step's text budget; going over stops the step with LP171 at `where`.
    std::string render(const Text& text, std::vector<Span>& spans, const SourceLoc& where) {
        std::string out;
        std::size_t begin = 0;
        auto append = [&](const std::string& piece) {
            if (problem_) return;
            if (text_bytes_ + out.size() + piece.size() > limits_.max_step_text_bytes) {
                fail("LP171",
                     "this step would show more than " + std::to_string(limits_.max_step_text_bytes) +
                         " bytes of text; the story stops here",
                     where, "a loop or a growing variable repeats too much text");
                return;
            }
            out += piece;
        };
        for (const TextPiece& p : text.pieces) {
            switch (p.kind) {
                case TextPiece::Kind::Literal: append(p.text); break;
                case TextPiece::Kind::Interpolation: append(to_display_string(value(p.expr))); break;
                case TextPiece::Kind::EmphasisOn: begin = out.size(); break;
                case TextPiece::Kind::EmphasisOff: spans.push_back({begin, out.size()}); break;
            }
        }
        text_bytes_ += out.size();
        return out;
    }

    // Evaluates; a string result over the limit becomes LP170 at that expression.
    Value value(ExprId id) {
        Value v = evaluate(sc_, id, ctx_);
        string_limit(ctx_.too_long ? ctx_.too_long->loc : SourceLoc{}, ctx_.too_long != nullptr);
        return v;
    }
    bool condition(ExprId id) {
        bool ok = evaluate_condition(sc_, id, ctx_);
        string_limit(ctx_.too_long ? ctx_.too_long->loc : SourceLoc{}, ctx_.too_long != nullptr);
        return ok;
    }
    void string_limit(const SourceLoc& loc, bool over) {
        if (!over) return;
        ctx_.too_long = nullptr;
        fail("LP170",
             "a text value would grow beyond " + std::to_string(limits_.max_string_bytes) +
                 " bytes; the story stops here",
             loc, "a variable that adds to itself in a loop grows without end");
    }
    void fail(const char* code, const std::string& message, const SourceLoc& loc, const std::string& hint) {
        if (!problem_) problem_ = std::make_unique<Diagnostic>(runtime_problem(sc_, code, message, loc, hint));
    }

    LineView line(const Message& m) {
        LineView v;
        v.line_id = m.line_id;
        v.speaker_id = m.speaker;
        if (m.speaker_index >= 0) v.speaker = &sc_.characters[static_cast<std::size_t>(m.speaker_index)];
        if (m.is_comment) {  // by a character (its name), or by a name that is no character (as written)
            v.comment = true;
            v.commenter = v.speaker ? v.speaker->name : m.speaker;
            if (!v.speaker) v.speaker_id.clear();
        }
        v.text = render(m.text, v.emphasis, m.loc);
        v.delay_ms = m.delay_ms;
        v.typing_ms = m.typing_ms;
        v.pause_ms = m.pause_ms;
        v.image = m.image;
        v.sound = m.sound;
        v.time = m.time;
        v.flags = m.flags;
        v.tags = m.tags;
        return v;
    }

    void assign(const Assignment& a) {
        if (a.var_index < 0 || static_cast<std::size_t>(a.var_index) >= st_.variables.size()) return;
        Value& var = st_.variables[static_cast<std::size_t>(a.var_index)];
        Value v = value(a.value);
        if (problem_) return;
        if (a.op == '=') {
            if (v.type == var.type) var = std::move(v);
        } else if (var.type == ValueType::Int && v.type == ValueType::Int) {
            std::uint64_t x = static_cast<std::uint64_t>(var.i), y = static_cast<std::uint64_t>(v.i);
            var.i = static_cast<std::int64_t>(a.op == '+' ? x + y : x - y);
        } else if (a.op == '+' && var.type == ValueType::String && v.type == ValueType::String) {
            if (var.s.size() + v.s.size() > limits_.max_string_bytes) string_limit(a.loc, true);
            else var.s += v.s;
        }
    }

    // Returns true when a divert ended the node.
    bool exec(const std::vector<Statement>& body, NodeView& view, StepResult& out) {
        for (const Statement& s : body) {
            if (problem_) return true;
            switch (s.kind) {
                case Statement::Kind::Message: {
                    const Message& m = sc_.messages[static_cast<std::size_t>(s.index)];
                    LineView lv = line(m);
                    for (const auto& f : m.flags) out.flags.push_back(f);
                    (m.is_debrief ? view.debrief : view.lines).push_back(std::move(lv));
                    break;
                }
                case Statement::Kind::Assign: assign(sc_.assignments[static_cast<std::size_t>(s.index)]); break;
                case Statement::Kind::If:
                    for (const Branch& b : s.branches) {
                        if (b.condition < 0 || condition(b.condition)) {
                            if (exec(b.body, view, out)) return true;
                            break;
                        }
                    }
                    break;
                case Statement::Kind::Choice: {
                    const Choice& c = sc_.choices[static_cast<std::size_t>(s.index)];
                    if (!c.sticky && static_cast<std::size_t>(c.global_index) < st_.used.size() &&
                        st_.used[static_cast<std::size_t>(c.global_index)])
                        break;
                    bool ok = condition(c.condition);
                    if (!ok && !c.show_disabled) break;
                    ChoiceView cv;
                    cv.text = render(c.text, cv.emphasis, c.loc);
                    cv.enabled = ok;
                    if (!ok) cv.disabled_reason = c.disabled_reason;
                    cv.sticky = c.sticky;
                    cv.line_id = c.line_id;
                    cv.target = c.target;
                    cv.choice_index = c.global_index;
                    choices_.push_back(std::move(cv));
                    break;
                }
                case Statement::Kind::Fallback:
                    if (!has_fallback_) {
                        has_fallback_ = true;
                        fallback_ = sc_.jumps[static_cast<std::size_t>(s.index)].target_index;
                    }
                    break;
                case Statement::Kind::Divert:
                    divert_ = sc_.jumps[static_cast<std::size_t>(s.index)].target_index;
                    diverted_ = true;
                    return true;
            }
        }
        return false;
    }

    void reset_node() {
        choices_.clear();
        has_fallback_ = diverted_ = false;
        fallback_ = divert_ = -1;
    }

    std::vector<ChoiceView> choices_;
    bool has_fallback_ = false, diverted_ = false;
    int fallback_ = -1, divert_ = -1;
    std::unique_ptr<Diagnostic> problem_;  // the first runtime limit hit (the step stops)
    std::size_t text_bytes_ = 0;

private:
    const Scenario& sc_;
    StoryState& st_;
    const RuntimeLimits& limits_;
    EvalContext ctx_;
};

}  // namespace

Diagnostic runtime_problem(const Scenario& sc, const char* code, const std::string& message, const SourceLoc& loc,
                           const std::string& hint) {
    return {code, Severity::Error, message, sc.file_name(loc), loc.line, loc.column, hint};
}

StepResult run_step(const Scenario& sc, StoryState& state, int node, const RandomFn& random, int step_number,
                    const RuntimeLimits& limits) {
    StepResult out;
    Runner runner(sc, state, random, limits);
    int current = node;
    for (int entered = 0;; ++entered) {
        if (current < 0 || static_cast<std::size_t>(current) >= sc.nodes.size()) {
            out.errors.push_back("the story tried to go to a node that does not exist");
            return out;
        }
        if (entered >= kMaxNodesPerStep) {
            out.errors.push_back("more than " + std::to_string(kMaxNodesPerStep) +
                                 " nodes without a choice (divert loop?) at node '" +
                                 sc.nodes[static_cast<std::size_t>(current)].id + "'");
            return out;
        }
        const Node& n = sc.nodes[static_cast<std::size_t>(current)];
        if (static_cast<std::size_t>(current) < state.visits.size()) ++state.visits[static_cast<std::size_t>(current)];
        NodeView view;
        view.id = n.id;
        view.node_index = current;
        view.channel = n.channel;
        view.title = n.title;
        view.properties = n.properties;
        for (const PropertyFlag& f : n.property_flags) {  // the app's chrome shows before the messages
            view.property_flags.emplace_back(f.property, f.flag);
            out.flags.push_back(f.flag);
        }
        view.ending = n.ending;
        view.step = step_number;
        runner.reset_node();
        runner.exec(n.body, view, out);
        out.nodes.push_back(std::move(view));
        out.text_bytes = runner.text_bytes_;
        if (runner.problem_) {
            out.errors.push_back(format_diagnostic(*runner.problem_));
            out.problems.push_back(std::move(*runner.problem_));
            return out;
        }
        if (runner.diverted_) {
            current = runner.divert_;
            continue;
        }
        if (n.ending != EndingClass::None) {
            out.ended = true;
            return out;
        }
        bool any_enabled = false;
        for (const auto& c : runner.choices_) any_enabled = any_enabled || c.enabled;
        if (!any_enabled && runner.has_fallback_) {
            current = runner.fallback_;
            continue;
        }
        out.choices = std::move(runner.choices_);
        return out;
    }
}

}  // namespace lure
