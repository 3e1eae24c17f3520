// Expressions: recursive-descent parser (depth-limited), type inference and evaluation.
// Grammar: or := and ('or' and)*; and := not ('and' not)*; not := 'not' not | cmp;
// cmp := sum (('=='|'!='|'<'|'<='|'>'|'>=') sum)?; sum := term (('+'|'-') term)*;
// term := unary (('*'|'/'|'%') unary)*; unary := '-' unary | primary;
// primary := int | "string" | true | false | var | visits(node) | random(a, b) | '(' or ')'.
#include "lure/expression.h"

#include <cstdint>
#include <limits>

#include "text_utils.h"

namespace lure {

namespace {

struct ParseError {
    bool set = false;
    std::string message;
    std::size_t offset = 0;
};

class ExprParser {
public:
    ExprParser(std::string_view text, SourceLoc loc, Scenario& sc) : s_(text), loc_(loc), sc_(sc) {}

    ExprId parse_top() { return parse_or(0); }
    std::size_t pos() const { return p_; }
    ParseError error;

    void skip_ws() {
        while (p_ < s_.size() && text::is_space(s_[p_])) ++p_;
    }
    bool at_end() {
        skip_ws();
        return p_ >= s_.size();
    }
    bool at_keyword(std::string_view kw) {
        skip_ws();
        if (s_.substr(p_, kw.size()) != kw) return false;
        std::size_t e = p_ + kw.size();
        return e >= s_.size() || !text::is_ident_char(s_[e]);
    }

private:
    SourceLoc loc_at(std::size_t offset) const {
        SourceLoc l = loc_;
        l.column += text::codepoints(s_.substr(0, offset));
        return l;
    }
    ExprId fail(const std::string& msg, std::size_t offset) {
        if (!error.set) {
            error.set = true;
            error.message = msg;
            error.offset = offset;
        }
        return -1;
    }
    ExprId make(ExprOp op, std::size_t offset, ExprId a = -1, ExprId b = -1) {
        Expr e;
        e.op = op;
        e.a = a;
        e.b = b;
        e.loc = loc_at(offset);
        sc_.exprs.push_back(std::move(e));
        return static_cast<ExprId>(sc_.exprs.size() - 1);
    }
    bool match(std::string_view op) {
        skip_ws();
        if (s_.substr(p_, op.size()) != op) return false;
        p_ += op.size();
        return true;
    }
    bool too_deep(int depth) { return depth > kMaxExpressionDepth; }

    ExprId parse_or(int d) {
        if (too_deep(d))
            return fail("expression nested too deeply (limit " + std::to_string(kMaxExpressionDepth) + ")", p_);
        ExprId left = parse_and(d + 1);
        while (left >= 0 && at_keyword("or")) {
            std::size_t at = p_;
            p_ += 2;
            ExprId right = parse_and(d + 1);
            if (right < 0) return -1;
            left = make(ExprOp::Or, at, left, right);
        }
        return left;
    }
    ExprId parse_and(int d) {
        ExprId left = parse_not(d + 1);
        while (left >= 0 && at_keyword("and")) {
            std::size_t at = p_;
            p_ += 3;
            ExprId right = parse_not(d + 1);
            if (right < 0) return -1;
            left = make(ExprOp::And, at, left, right);
        }
        return left;
    }
    ExprId parse_not(int d) {
        if (too_deep(d))
            return fail("expression nested too deeply (limit " + std::to_string(kMaxExpressionDepth) + ")", p_);
        if (at_keyword("not")) {
            std::size_t at = p_;
            p_ += 3;
            ExprId a = parse_not(d + 1);
            return a < 0 ? -1 : make(ExprOp::Not, at, a);
        }
        return parse_cmp(d + 1);
    }
    ExprId parse_cmp(int d) {
        ExprId left = parse_sum(d + 1);
        if (left < 0) return -1;
        skip_ws();
        std::size_t at = p_;
        ExprOp op;
        if (match("==")) op = ExprOp::Eq;
        else if (match("!=")) op = ExprOp::Ne;
        else if (match("<=")) op = ExprOp::Le;
        else if (match(">=")) op = ExprOp::Ge;
        else if (match("<")) op = ExprOp::Lt;
        else if (match(">")) op = ExprOp::Gt;
        else if (p_ < s_.size() && s_[p_] == '=') return fail("'=' is not a comparison; use '==' to compare", p_);
        else return left;
        ExprId right = parse_sum(d + 1);
        if (right < 0) return -1;
        return make(op, at, left, right);
    }
    ExprId parse_sum(int d) {
        ExprId left = parse_term(d + 1);
        while (left >= 0) {
            skip_ws();
            std::size_t at = p_;
            ExprOp op;
            if (p_ < s_.size() && s_[p_] == '+' && !(p_ + 1 < s_.size() && s_[p_ + 1] == '=')) op = ExprOp::Add;
            else if (p_ < s_.size() && s_[p_] == '-' &&
                     !(p_ + 1 < s_.size() && (s_[p_ + 1] == '=' || s_[p_ + 1] == '>')))
                op = ExprOp::Sub;
            else break;
            ++p_;
            ExprId right = parse_term(d + 1);
            if (right < 0) return -1;
            left = make(op, at, left, right);
        }
        return left;
    }
    ExprId parse_term(int d) {
        ExprId left = parse_unary(d + 1);
        while (left >= 0) {
            skip_ws();
            std::size_t at = p_;
            ExprOp op;
            if (match("*")) op = ExprOp::Mul;
            else if (match("/")) op = ExprOp::Div;
            else if (match("%")) op = ExprOp::Mod;
            else break;
            ExprId right = parse_unary(d + 1);
            if (right < 0) return -1;
            left = make(op, at, left, right);
        }
        return left;
    }
    ExprId parse_unary(int d) {
        if (too_deep(d))
            return fail("expression nested too deeply (limit " + std::to_string(kMaxExpressionDepth) + ")", p_);
        skip_ws();
        if (p_ < s_.size() && s_[p_] == '-') {
            std::size_t at = p_++;
            ExprId a = parse_unary(d + 1);
            return a < 0 ? -1 : make(ExprOp::Neg, at, a);
        }
        return parse_primary(d + 1);
    }
    ExprId parse_primary(int d) {
        skip_ws();
        if (p_ >= s_.size()) return fail("expected a value here, found the end of the expression", p_);
        std::size_t at = p_;
        char c = s_[p_];
        if (text::is_digit(c)) {
            std::uint64_t v = 0;
            while (p_ < s_.size() && text::is_digit(s_[p_])) {
                v = v * 10 + static_cast<std::uint64_t>(s_[p_] - '0');
                if (v > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
                    return fail("number too large", at);
                ++p_;
            }
            if (p_ < s_.size() && (text::is_alpha(s_[p_]) || s_[p_] == '.'))
                return fail("invalid number (only whole numbers are supported)", at);
            ExprId e = make(ExprOp::Literal, at);
            sc_.exprs[static_cast<std::size_t>(e)].literal = Value::integer(static_cast<std::int64_t>(v));
            return e;
        }
        if (c == '"') {
            ++p_;
            std::string out;
            while (p_ < s_.size() && s_[p_] != '"') {
                if (s_[p_] == '\\' && p_ + 1 < s_.size()) ++p_;
                out += s_[p_++];
            }
            if (p_ >= s_.size()) return fail("unterminated string: add the closing \"", at);
            ++p_;
            ExprId e = make(ExprOp::Literal, at);
            sc_.exprs[static_cast<std::size_t>(e)].literal = Value::string(std::move(out));
            return e;
        }
        if (c == '(') {
            ++p_;
            ExprId inner = parse_or(d + 1);
            if (inner < 0) return -1;
            if (!match(")")) return fail("expected ')'", p_);
            return inner;
        }
        std::size_t n = text::identifier_length(s_.substr(p_), false);
        if (n == 0) {
            if (c == '!' || c == '&' || c == '|')
                return fail(std::string("unexpected '") + c + "'; write 'not', 'and', 'or'", at);
            return fail(std::string("unexpected character '") + c + "'", at);
        }
        std::string_view name = s_.substr(p_, n);
        p_ += n;
        if (name == "true" || name == "false") {
            ExprId e = make(ExprOp::Literal, at);
            sc_.exprs[static_cast<std::size_t>(e)].literal = Value::boolean(name == "true");
            return e;
        }
        if (name == "and" || name == "or" || name == "not" || name == "else" || name == "if")
            return fail("expected a value, found the keyword '" + std::string(name) + "'", at);
        skip_ws();
        bool call = p_ < s_.size() && s_[p_] == '(';
        if (name == "visits" && call) {
            ++p_;
            skip_ws();
            std::size_t id_at = p_;
            std::size_t len = text::identifier_length(s_.substr(p_), true);
            if (len == 0) return fail("visits() needs a node id, e.g. visits(chat)", p_);
            ExprId e = make(ExprOp::Visits, at);
            sc_.exprs[static_cast<std::size_t>(e)].name = std::string(s_.substr(id_at, len));
            p_ += len;
            if (!match(")")) return fail("expected ')' after the node id", p_);
            return e;
        }
        if (name == "random" && call) {
            ++p_;
            ExprId lo = parse_or(d + 1);
            if (lo < 0) return -1;
            if (!match(",")) return fail("random() takes two numbers: random(1, 6)", p_);
            ExprId hi = parse_or(d + 1);
            if (hi < 0) return -1;
            if (!match(")")) return fail("expected ')' to close random(", p_);
            return make(ExprOp::Random, at, lo, hi);
        }
        if (call) return fail("unknown function '" + std::string(name) + "'; only visits() and random() exist", at);
        ExprId e = make(ExprOp::Var, at);
        sc_.exprs[static_cast<std::size_t>(e)].name = std::string(name);
        return e;
    }

    std::string_view s_;
    std::size_t p_ = 0;
    SourceLoc loc_;
    Scenario& sc_;
};

}  // namespace

ExprParseResult parse_expression(std::string_view text, SourceLoc loc, Scenario& scenario, bool allow_trailing) {
    ExprParseResult r;
    ExprParser p(text, loc, scenario);
    if (p.at_end()) {
        r.error = "missing expression";
        r.error_offset = static_cast<int>(text.size());
        return r;
    }
    ExprId root = p.parse_top();
    if (p.error.set || root < 0) {
        r.error = p.error.set ? p.error.message : "invalid expression";
        r.error_offset = static_cast<int>(p.error.offset);
        return r;
    }
    p.skip_ws();
    if (!p.at_end() && !(allow_trailing && p.at_keyword("else"))) {
        r.error = "unexpected text after the expression";
        r.error_offset = static_cast<int>(p.pos());
        return r;
    }
    r.root = root;
    r.consumed = p.pos();
    r.ok = true;
    return r;
}

// ---- types ----------------------------------------------------------------------------------

namespace {
ValueType infer(const Scenario& sc, ExprId id, const TypeReport& report, const UnresolvedHint& hint, int depth) {
    if (id < 0 || static_cast<std::size_t>(id) >= sc.exprs.size() || depth > 4 * kMaxExpressionDepth)
        return ValueType::Invalid;
    const Expr& e = sc.exprs[static_cast<std::size_t>(id)];
    auto sub = [&](ExprId x) { return infer(sc, x, report, hint, depth + 1); };
    auto bad = [&](const std::string& msg, const std::string& fix = "") {
        report("LP208", msg, e.loc, fix);
        return ValueType::Invalid;
    };
    switch (e.op) {
        case ExprOp::Literal: return e.literal.type;
        case ExprOp::Var:
            if (e.ref < 0) {
                report("LP206", "variable '" + e.name + "' is not declared", e.loc,
                       hint.fn ? hint.fn(hint.context, e) : "declare it at the top: var " + e.name + " = 0");
                return ValueType::Invalid;
            }
            return sc.variables[static_cast<std::size_t>(e.ref)].initial.type;
        case ExprOp::Visits:
            if (e.ref < 0)
                report("LP227", "visits() names node '" + e.name + "', which does not exist", e.loc,
                       hint.fn ? hint.fn(hint.context, e) : "");
            return ValueType::Int;
        case ExprOp::Random: {
            ValueType a = sub(e.a), b = sub(e.b);
            if ((a != ValueType::Int && a != ValueType::Invalid) || (b != ValueType::Int && b != ValueType::Invalid))
                return bad("random() needs two whole numbers");
            return ValueType::Int;
        }
        case ExprOp::Neg: {
            ValueType a = sub(e.a);
            if (a != ValueType::Int && a != ValueType::Invalid)
                return bad(std::string("'-' needs a number, not ") + value_type_name(a));
            return ValueType::Int;
        }
        case ExprOp::Not: {
            ValueType a = sub(e.a);
            if (a != ValueType::Bool && a != ValueType::Invalid)
                return bad(std::string("'not' needs true/false, not ") + value_type_name(a));
            return ValueType::Bool;
        }
        case ExprOp::And:
        case ExprOp::Or: {
            ValueType a = sub(e.a), b = sub(e.b);
            if ((a != ValueType::Bool && a != ValueType::Invalid) ||
                (b != ValueType::Bool && b != ValueType::Invalid)) {
                const bool left = a != ValueType::Bool && a != ValueType::Invalid;
                const std::string example = comparison_example(sc, left ? e.a : e.b, left ? a : b);
                return bad(
                    std::string("'") + (e.op == ExprOp::And ? "and" : "or") + "' needs true/false on both sides",
                    example.empty() ? "compare the value first, e.g. with > 0" : "compare first, e.g. " + example);
            }
            return ValueType::Bool;
        }
        case ExprOp::Add: {
            ValueType a = sub(e.a), b = sub(e.b);
            if (a == ValueType::Invalid || b == ValueType::Invalid)
                return a == ValueType::String || b == ValueType::String ? ValueType::String : ValueType::Invalid;
            if (a == ValueType::Int && b == ValueType::Int) return ValueType::Int;
            if (a == ValueType::String && b == ValueType::String) return ValueType::String;
            return bad(std::string("cannot add ") + value_type_name(a) + " and " + value_type_name(b),
                       "use interpolation in text instead: \"{name} is {age}\"");
        }
        case ExprOp::Sub:
        case ExprOp::Mul:
        case ExprOp::Div:
        case ExprOp::Mod: {
            ValueType a = sub(e.a), b = sub(e.b);
            if ((a != ValueType::Int && a != ValueType::Invalid) || (b != ValueType::Int && b != ValueType::Invalid))
                return bad(std::string("arithmetic needs numbers, found ") + value_type_name(a) + " and " +
                           value_type_name(b));
            return ValueType::Int;
        }
        case ExprOp::Eq:
        case ExprOp::Ne: {
            ValueType a = sub(e.a), b = sub(e.b);
            if (a != ValueType::Invalid && b != ValueType::Invalid && a != b)
                return bad(std::string("cannot compare ") + value_type_name(a) + " with " + value_type_name(b));
            return ValueType::Bool;
        }
        case ExprOp::Lt:
        case ExprOp::Le:
        case ExprOp::Gt:
        case ExprOp::Ge: {
            ValueType a = sub(e.a), b = sub(e.b);
            if ((a != ValueType::Int && a != ValueType::Invalid) || (b != ValueType::Int && b != ValueType::Invalid))
                return bad(std::string("'<', '>', '<=' and '>=' need numbers, found ") + value_type_name(a) + " and " +
                           value_type_name(b));
            return ValueType::Bool;
        }
    }
    return ValueType::Invalid;
}
}  // namespace

ValueType infer_type(const Scenario& scenario, ExprId id, const TypeReport& report,
                     const UnresolvedHint& unresolved_hint) {
    return infer(scenario, id, report, unresolved_hint, 0);
}

// ---- evaluation -----------------------------------------------------------------------------

namespace {
std::int64_t wrap(std::uint64_t v) { return static_cast<std::int64_t>(v); }

Value eval(const Scenario& sc, ExprId id, const EvalContext& ctx, int depth) {
    if (id < 0 || static_cast<std::size_t>(id) >= sc.exprs.size() || depth > 4 * kMaxExpressionDepth)
        return Value::integer(0);
    const Expr& e = sc.exprs[static_cast<std::size_t>(id)];
    auto sub = [&](ExprId x) { return eval(sc, x, ctx, depth + 1); };
    auto as_int = [](const Value& v) -> std::int64_t { return v.type == ValueType::Int ? v.i : 0; };
    auto as_bool = [](const Value& v) { return v.type == ValueType::Bool && v.b; };
    switch (e.op) {
        case ExprOp::Literal: return e.literal;
        case ExprOp::Var:
            if (ctx.variables && e.ref >= 0 && static_cast<std::size_t>(e.ref) < ctx.variables->size())
                return (*ctx.variables)[static_cast<std::size_t>(e.ref)];
            return Value::integer(0);
        case ExprOp::Visits:
            if (ctx.visits && e.ref >= 0 && static_cast<std::size_t>(e.ref) < ctx.visits->size())
                return Value::integer((*ctx.visits)[static_cast<std::size_t>(e.ref)]);
            return Value::integer(0);
        case ExprOp::Random: {
            std::int64_t lo = as_int(sub(e.a)), hi = as_int(sub(e.b));
            if (hi < lo) std::swap(lo, hi);
            return Value::integer(ctx.random ? ctx.random(lo, hi) : lo);
        }
        case ExprOp::Neg: return Value::integer(wrap(0u - static_cast<std::uint64_t>(as_int(sub(e.a)))));
        case ExprOp::Not: return Value::boolean(!as_bool(sub(e.a)));
        case ExprOp::And: return Value::boolean(as_bool(sub(e.a)) && as_bool(sub(e.b)));
        case ExprOp::Or: return Value::boolean(as_bool(sub(e.a)) || as_bool(sub(e.b)));
        case ExprOp::Add: {
            Value a = sub(e.a), b = sub(e.b);
            if (a.type == ValueType::String || b.type == ValueType::String) {
                std::string left = to_display_string(a), right = to_display_string(b);
                if (left.size() + right.size() > ctx.max_string_bytes) {
                    if (!ctx.too_long) ctx.too_long = &e;
                    return Value::string(std::move(left));
                }
                return Value::string(std::move(left) + right);
            }
            return Value::integer(wrap(static_cast<std::uint64_t>(as_int(a)) + static_cast<std::uint64_t>(as_int(b))));
        }
        case ExprOp::Sub:
            return Value::integer(
                wrap(static_cast<std::uint64_t>(as_int(sub(e.a))) - static_cast<std::uint64_t>(as_int(sub(e.b)))));
        case ExprOp::Mul:
            return Value::integer(
                wrap(static_cast<std::uint64_t>(as_int(sub(e.a))) * static_cast<std::uint64_t>(as_int(sub(e.b)))));
        case ExprOp::Div:
        case ExprOp::Mod: {
            std::int64_t a = as_int(sub(e.a)), b = as_int(sub(e.b));
            if (b == 0) return Value::integer(0);
            if (b == -1) return Value::integer(e.op == ExprOp::Div ? wrap(0u - static_cast<std::uint64_t>(a)) : 0);
            return Value::integer(e.op == ExprOp::Div ? a / b : a % b);
        }
        case ExprOp::Eq: return Value::boolean(sub(e.a) == sub(e.b));
        case ExprOp::Ne: return Value::boolean(sub(e.a) != sub(e.b));
        case ExprOp::Lt: return Value::boolean(as_int(sub(e.a)) < as_int(sub(e.b)));
        case ExprOp::Le: return Value::boolean(as_int(sub(e.a)) <= as_int(sub(e.b)));
        case ExprOp::Gt: return Value::boolean(as_int(sub(e.a)) > as_int(sub(e.b)));
        case ExprOp::Ge: return Value::boolean(as_int(sub(e.a)) >= as_int(sub(e.b)));
    }
    return Value::integer(0);
}

const char* op_text(ExprOp op) {
    switch (op) {
        case ExprOp::Add: return "+";
        case ExprOp::Sub: return "-";
        case ExprOp::Mul: return "*";
        case ExprOp::Div: return "/";
        case ExprOp::Mod: return "%";
        case ExprOp::Eq: return "==";
        case ExprOp::Ne: return "!=";
        case ExprOp::Lt: return "<";
        case ExprOp::Le: return "<=";
        case ExprOp::Gt: return ">";
        case ExprOp::Ge: return ">=";
        case ExprOp::And: return "and";
        case ExprOp::Or: return "or";
        default: return "?";
    }
}

std::string to_string_rec(const Scenario& sc, ExprId id, int depth) {
    if (id < 0 || static_cast<std::size_t>(id) >= sc.exprs.size() || depth > 4 * kMaxExpressionDepth) return "?";
    const Expr& e = sc.exprs[static_cast<std::size_t>(id)];
    switch (e.op) {
        case ExprOp::Literal: return to_literal(e.literal);
        case ExprOp::Var: return e.name;
        case ExprOp::Visits: return "visits(" + e.name + ")";
        case ExprOp::Random:
            return "random(" + to_string_rec(sc, e.a, depth + 1) + ", " + to_string_rec(sc, e.b, depth + 1) + ")";
        case ExprOp::Neg: return "-" + to_string_rec(sc, e.a, depth + 1);
        case ExprOp::Not: return "not " + to_string_rec(sc, e.a, depth + 1);
        default:
            return "(" + to_string_rec(sc, e.a, depth + 1) + " " + op_text(e.op) + " " +
                   to_string_rec(sc, e.b, depth + 1) + ")";
    }
}
}  // namespace

Value evaluate(const Scenario& scenario, ExprId id, const EvalContext& ctx) { return eval(scenario, id, ctx, 0); }

bool evaluate_condition(const Scenario& scenario, ExprId id, const EvalContext& ctx) {
    if (id < 0) return true;
    Value v = eval(scenario, id, ctx, 0);
    return v.type == ValueType::Bool && v.b;
}

std::string expression_to_string(const Scenario& scenario, ExprId id) { return to_string_rec(scenario, id, 0); }

std::string comparison_example(const Scenario& scenario, ExprId id, ValueType type) {
    constexpr std::size_t kMaxQuoted = 48;
    if (type != ValueType::Int && type != ValueType::String) return "";
    std::string text = to_string_rec(scenario, id, 0);  // bounded by the line length (LP134)
    if (text.size() > kMaxQuoted) return "";
    return text + (type == ValueType::Int ? " > 0" : " != \"\"");
}

}  // namespace lure
