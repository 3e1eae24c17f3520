// Plural-Forms: a small, bounded parser and evaluator for gettext's C-like plural expressions.
// Untrusted input (it comes from a .mo header): limits on length, nesting and size, no traps.
#include "lure/l10n.h"

#include <cstddef>

namespace lure {

namespace {

constexpr std::size_t kMaxExpressionBytes = 512;
constexpr int kMaxDepth = 24;
constexpr std::size_t kMaxOps = 256;
constexpr int kMaxPlurals = 8;

class PluralParser {
public:
    PluralParser(std::string_view s, std::vector<PluralRule::Op>& ops) : s_(s), ops_(ops) {}

    // Returns the root op index, or -1 with error_ set.
    int parse() {
        int root = ternary(0);
        skip();
        if (root >= 0 && pos_ != s_.size()) fail("unexpected '" + std::string(1, s_[pos_]) + "'");
        return error_.empty() ? root : -1;
    }
    const std::string& error() const { return error_; }

private:
    void fail(const std::string& message) {
        if (error_.empty()) error_ = message + " at offset " + std::to_string(pos_);
    }
    void skip() {
        while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r'))
            ++pos_;
    }
    bool eat(std::string_view token) {
        skip();
        if (s_.substr(pos_, token.size()) != token) return false;
        pos_ += token.size();
        return true;
    }
    int add(char kind, unsigned long value, int a, int b = -1, int c = -1) {
        if (!error_.empty()) return -1;
        if (ops_.size() >= kMaxOps) {
            fail("expression has too many parts");
            return -1;
        }
        ops_.push_back({kind, value, a, b, c});
        return static_cast<int>(ops_.size() - 1);
    }

    int ternary(int depth) {
        if (depth > kMaxDepth) {
            fail("expression is nested too deeply");
            return -1;
        }
        int cond = logical_or(depth);
        if (cond < 0 || !eat("?")) return cond;
        int yes = ternary(depth + 1);
        if (yes < 0) return -1;
        if (!eat(":")) {
            fail("expected ':'");
            return -1;
        }
        int no = ternary(depth + 1);
        if (no < 0) return -1;
        return add('?', 0, cond, yes, no);
    }
    int logical_or(int depth) {
        int left = logical_and(depth);
        while (left >= 0 && eat("||")) left = binary('|', left, logical_and(depth));
        return left;
    }
    int logical_and(int depth) {
        int left = equality(depth);
        while (left >= 0 && eat("&&")) left = binary('&', left, equality(depth));
        return left;
    }
    int equality(int depth) {
        int left = relational(depth);
        while (left >= 0) {
            if (eat("==")) left = binary('=', left, relational(depth));
            else if (eat("!=")) left = binary('x', left, relational(depth));
            else break;
        }
        return left;
    }
    int relational(int depth) {
        int left = additive(depth);
        while (left >= 0) {
            if (eat("<=")) left = binary('l', left, additive(depth));
            else if (eat(">=")) left = binary('g', left, additive(depth));
            else if (eat("<")) left = binary('<', left, additive(depth));
            else if (eat(">")) left = binary('>', left, additive(depth));
            else break;
        }
        return left;
    }
    int additive(int depth) {
        int left = multiplicative(depth);
        while (left >= 0) {
            if (eat("+")) left = binary('+', left, multiplicative(depth));
            else if (eat("-")) left = binary('-', left, multiplicative(depth));
            else break;
        }
        return left;
    }
    int multiplicative(int depth) {
        int left = unary(depth);
        while (left >= 0) {
            if (eat("*")) left = binary('*', left, unary(depth));
            else if (eat("/")) left = binary('/', left, unary(depth));
            else if (eat("%")) left = binary('%', left, unary(depth));
            else break;
        }
        return left;
    }
    int unary(int depth) {
        if (depth > kMaxDepth) {
            fail("expression is nested too deeply");
            return -1;
        }
        skip();
        if (pos_ < s_.size() && s_[pos_] == '!' && (pos_ + 1 >= s_.size() || s_[pos_ + 1] != '=')) {
            ++pos_;
            int a = unary(depth + 1);
            return a < 0 ? -1 : add('!', 0, a);
        }
        return primary(depth);
    }
    int primary(int depth) {
        skip();
        if (pos_ >= s_.size()) {
            fail("expression ends too early");
            return -1;
        }
        char c = s_[pos_];
        if (c == 'n') {
            ++pos_;
            return add('n', 0, -1);
        }
        if (c >= '0' && c <= '9') {
            unsigned long v = 0;
            while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') {
                if (v > 100000000ul) {
                    fail("number too large");
                    return -1;
                }
                v = v * 10 + static_cast<unsigned long>(s_[pos_] - '0');
                ++pos_;
            }
            return add('k', v, -1);
        }
        if (c == '(') {
            ++pos_;
            int inner = ternary(depth + 1);
            if (inner < 0) return -1;
            if (!eat(")")) {
                fail("expected ')'");
                return -1;
            }
            return inner;
        }
        fail("unexpected '" + std::string(1, c) + "'");
        return -1;
    }
    int binary(char kind, int left, int right) { return right < 0 ? -1 : add(kind, 0, left, right); }

    std::string_view s_;
    std::vector<PluralRule::Op>& ops_;
    std::size_t pos_ = 0;
    std::string error_;
};

unsigned long eval(const std::vector<PluralRule::Op>& ops, int i, unsigned long n) {
    if (i < 0 || static_cast<std::size_t>(i) >= ops.size()) return 0;
    const PluralRule::Op& op = ops[static_cast<std::size_t>(i)];
    switch (op.kind) {
        case 'n': return n;
        case 'k': return op.value;
        case '!': return eval(ops, op.a, n) == 0 ? 1 : 0;
        case '?': return eval(ops, op.a, n) != 0 ? eval(ops, op.b, n) : eval(ops, op.c, n);
        case '|': return (eval(ops, op.a, n) != 0 || eval(ops, op.b, n) != 0) ? 1 : 0;
        case '&': return (eval(ops, op.a, n) != 0 && eval(ops, op.b, n) != 0) ? 1 : 0;
        default: break;
    }
    unsigned long a = eval(ops, op.a, n), b = eval(ops, op.b, n);
    switch (op.kind) {
        case '=': return a == b;
        case 'x': return a != b;
        case '<': return a < b;
        case 'l': return a <= b;
        case '>': return a > b;
        case 'g': return a >= b;
        case '+': return a + b;
        case '-': return a - b;
        case '*': return a * b;
        case '/': return b == 0 ? 0 : a / b;
        case '%': return b == 0 ? 0 : a % b;
        default: return 0;
    }
}

}  // namespace

PluralRule::PluralRule() {
    std::string unused;
    parse("nplurals=2; plural=(n != 1);", unused);
}

bool PluralRule::parse(std::string_view text, std::string& error) {
    if (text.size() > kMaxExpressionBytes) {
        error = "Plural-Forms is longer than " + std::to_string(kMaxExpressionBytes) + " bytes";
        return false;
    }
    std::size_t np = text.find("nplurals=");
    std::size_t pl = text.find("plural=", np == std::string_view::npos ? 0 : np + 9);
    if (np == std::string_view::npos || pl == std::string_view::npos) {
        error = "Plural-Forms needs 'nplurals=<count>; plural=<expression>;'";
        return false;
    }
    int count = 0;
    std::size_t i = np + 9;
    while (i < text.size() && text[i] == ' ') ++i;
    if (i >= text.size() || text[i] < '0' || text[i] > '9') {
        error = "nplurals is not a number";
        return false;
    }
    while (i < text.size() && text[i] >= '0' && text[i] <= '9' && count <= kMaxPlurals)
        count = count * 10 + (text[i++] - '0');
    if (count < 1 || count > kMaxPlurals) {
        error = "nplurals must be between 1 and " + std::to_string(kMaxPlurals);
        return false;
    }
    std::string_view expr = text.substr(pl + 7);
    std::size_t semi = expr.find(';');
    if (semi != std::string_view::npos) expr = expr.substr(0, semi);
    std::vector<Op> ops;
    PluralParser parser(expr, ops);
    int root = parser.parse();
    if (root < 0) {
        error = "plural expression: " + parser.error();
        return false;
    }
    nplurals_ = count;
    ops_ = std::move(ops);
    root_ = root;
    return true;
}

int PluralRule::index(unsigned long n) const {
    unsigned long v = eval(ops_, root_, n);
    return v < static_cast<unsigned long>(nplurals_) ? static_cast<int>(v) : 0;
}

}  // namespace lure
