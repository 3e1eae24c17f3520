// Translates Twine conditions and assignments token by token; anything without a .lure equivalent
// makes the whole expression untranslatable, so the importer keeps it out instead of guessing.
#include "twee_expr.h"

#include "text_utils.h"

namespace lure {

namespace {

struct Token {
    enum Kind { Var, Int, String, Bool, Compare, Arith, Logic, Not, Open, Close } kind;
    std::string text;  // in .lure spelling
};

bool reserved(std::string_view n) {
    for (std::string_view r : {"and", "or", "not", "true", "false", "if", "elif", "else", "endif", "var", "visits",
                               "random", "fallback", "narrator", "you", "character", "flag", "include"})
        if (r == n) return true;
    return false;
}

TweeType type_of(const Token& t, const TweeVars& vars) {
    switch (t.kind) {
        case Token::Int: return TweeType::Int;
        case Token::String: return TweeType::String;
        case Token::Bool: return TweeType::Bool;
        case Token::Var: {
            auto it = vars.find(t.text);
            return it == vars.end() ? TweeType::Unknown : it->second.type;
        }
        default: return TweeType::Unknown;
    }
}

void note_type(TweeVars& vars, const std::string& name, TweeType type) {
    TweeVar& v = vars[name];
    if (v.type == TweeType::Unknown) v.type = type;
}

std::optional<std::vector<Token>> tokenize(std::string_view s, const std::string& it_var) {
    std::vector<Token> out;
    std::size_t i = 0;
    auto word_at = [&](std::size_t at) {
        std::size_t k = at;
        while (k < s.size() && text::is_ident_char(s[k])) ++k;
        return s.substr(at, k - at);
    };
    while (i < s.size()) {
        const char c = s[i];
        if (text::is_space(c)) {
            ++i;
            continue;
        }
        if (c == '$' && i + 1 < s.size() && text::is_alpha(s[i + 1])) {
            std::string_view w = word_at(i + 1);
            out.push_back({Token::Var, twee_var_name(w)});
            i += 1 + w.size();
            if (i < s.size() && (s[i] == '.' || s[i] == '[' || s[i] == '('))
                return std::nullopt;  // property, index, call
            continue;
        }
        if (text::is_digit(c)) {
            std::size_t k = i;
            while (k < s.size() && text::is_digit(s[k])) ++k;
            if (k < s.size() && (s[k] == '.' || text::is_alpha(s[k]))) return std::nullopt;  // 1.5, 10px
            out.push_back({Token::Int, std::string(s.substr(i, k - i))});
            i = k;
            continue;
        }
        if (c == '"' || c == '\'') {
            std::string lit = "\"";
            std::size_t k = i + 1;
            for (; k < s.size() && s[k] != c; ++k) {
                char ch = s[k];
                if (ch == '\\' && k + 1 < s.size()) ch = s[++k];
                if (ch == '"' || ch == '\\') lit += '\\';
                lit += ch;
            }
            if (k >= s.size()) return std::nullopt;
            out.push_back({Token::String, lit + "\""});
            i = k + 1;
            continue;
        }
        if (text::is_alpha(c)) {
            std::string_view w = word_at(i);
            i += w.size();
            if (w == "true" || w == "false") out.push_back({Token::Bool, std::string(w)});
            else if (w == "and" || w == "or") out.push_back({Token::Logic, std::string(w)});
            else if (w == "not") out.push_back({Token::Not, "not"});
            else if (w == "isnot" || w == "neq") out.push_back({Token::Compare, "!="});
            else if (w == "eq") out.push_back({Token::Compare, "=="});
            else if (w == "gt") out.push_back({Token::Compare, ">"});
            else if (w == "gte") out.push_back({Token::Compare, ">="});
            else if (w == "lt") out.push_back({Token::Compare, "<"});
            else if (w == "lte") out.push_back({Token::Compare, "<="});
            else if (w == "it" && !it_var.empty()) out.push_back({Token::Var, it_var});
            else if (w == "is") {
                std::size_t k = i;
                while (k < s.size() && text::is_space(s[k])) ++k;
                if (word_at(k) == "not") {
                    out.push_back({Token::Compare, "!="});
                    i = k + 3;
                } else out.push_back({Token::Compare, "=="});
            } else {
                return std::nullopt;  // _temp, functions, Harlowe's contains / is in / visits ...
            }
            continue;
        }
        auto two = s.substr(i, 3);
        if (two.substr(0, 3) == "===" || two.substr(0, 3) == "!==") {
            out.push_back({Token::Compare, two[0] == '=' ? "==" : "!="});
            i += 3;
        } else if (two.substr(0, 2) == "==" || two.substr(0, 2) == "!=" || two.substr(0, 2) == ">=" ||
                   two.substr(0, 2) == "<=") {
            out.push_back({Token::Compare, std::string(two.substr(0, 2))});
            i += 2;
        } else if (two.substr(0, 2) == "&&" || two.substr(0, 2) == "||") {
            out.push_back({Token::Logic, two[0] == '&' ? "and" : "or"});
            i += 2;
        } else if (c == '>' || c == '<') {
            out.push_back({Token::Compare, std::string(1, c)});
            ++i;
        } else if (c == '+' || c == '-' || c == '*' || c == '/' || c == '%') {
            out.push_back({Token::Arith, std::string(1, c)});
            ++i;
        } else if (c == '!') {
            out.push_back({Token::Not, "not"});
            ++i;
        } else if (c == '(' || c == ')') {
            out.push_back({c == '(' ? Token::Open : Token::Close, std::string(1, c)});
            ++i;
        } else {
            return std::nullopt;
        }
    }
    if (out.empty()) return std::nullopt;
    return out;
}

// Types the tokens show: a variable compared with or combined with a literal takes its type; one
// standing alone next to and/or/not (or alone) is a bool.
void infer(const std::vector<Token>& t, TweeVars& vars) {
    for (std::size_t k = 0; k < t.size(); ++k) {
        if (t[k].kind != Token::Var) continue;
        TweeType seen = TweeType::Unknown;
        for (std::size_t other : {k + 2, k - 2}) {
            if (other >= t.size() || (other > k ? t[k + 1] : t[k - 1]).kind == Token::Logic) continue;
            const Token& op = other > k ? t[k + 1] : t[k - 1];
            if (op.kind != Token::Compare && op.kind != Token::Arith) continue;
            if (op.kind == Token::Arith || (op.text != "==" && op.text != "!=")) seen = TweeType::Int;
            if (TweeType lit = type_of(t[other], vars); lit != TweeType::Unknown && t[other].kind != Token::Var)
                seen = lit;
        }
        const bool prev_logic =
            k == 0 || t[k - 1].kind == Token::Logic || t[k - 1].kind == Token::Not || t[k - 1].kind == Token::Open;
        const bool next_logic = k + 1 == t.size() || t[k + 1].kind == Token::Logic || t[k + 1].kind == Token::Close;
        if (seen == TweeType::Unknown && prev_logic && next_logic) seen = TweeType::Bool;
        if (seen != TweeType::Unknown) note_type(vars, t[k].text, seen);
    }
}

std::string join(const std::vector<Token>& t) {
    std::string out;
    for (const Token& tok : t) {
        if (!out.empty() && tok.kind != Token::Close && out.back() != '(') out += ' ';
        out += tok.text;
    }
    return out;
}

// Splits "a to 1, b to 2" at commas outside quotes and parentheses.
std::vector<std::string_view> split_top(std::string_view s) {
    std::vector<std::string_view> parts;
    int depth = 0;
    char quote = 0;
    std::size_t from = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (quote) {
            if (c == '\\') ++i;
            else if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '(' || c == '[') {
            ++depth;
        } else if (c == ')' || c == ']') {
            --depth;
        } else if (c == ',' && depth == 0) {
            parts.push_back(s.substr(from, i - from));
            from = i + 1;
        }
    }
    parts.push_back(s.substr(from));
    return parts;
}

// Finds the word `w` standing alone (spaces around it) in `s`.
std::size_t find_word(std::string_view s, std::string_view w) {
    for (std::size_t at = s.find(w); at != std::string_view::npos; at = s.find(w, at + 1)) {
        const bool before = at == 0 || text::is_space(s[at - 1]);
        const bool after = at + w.size() == s.size() || text::is_space(s[at + w.size()]);
        if (before && after) return at;
    }
    return std::string_view::npos;
}

}  // namespace

std::string twee_var_name(std::string_view twine_name) {
    if (!twine_name.empty() && twine_name[0] == '$') twine_name.remove_prefix(1);
    std::string name;
    for (char c : twine_name) name += text::is_ident_char(c) ? c : '_';
    if (name.empty() || !text::is_alpha(name[0]) || reserved(name)) name = "v_" + name;
    return name;
}

std::optional<std::string> twee_expression(std::string_view expr, TweeVars& vars, const std::string& it_var) {
    std::optional<std::vector<Token>> t = tokenize(text::trim(expr), it_var);
    if (!t) return std::nullopt;
    infer(*t, vars);
    return join(*t);
}

std::optional<std::vector<std::string>> twee_assignments(std::string_view args, bool harlowe_put, TweeVars& vars,
                                                         bool initial) {
    std::vector<std::string> lines;
    for (std::string_view part : split_top(args)) {
        part = text::trim(part);
        std::string_view target, value;
        std::string op = "=";
        if (harlowe_put) {
            const std::size_t into = find_word(part, "into");
            if (into == std::string_view::npos) return std::nullopt;
            value = part.substr(0, into);
            target = text::trim(part.substr(into + 4));
        } else {
            if (part.empty() || part[0] != '$') return std::nullopt;
            std::size_t k = 1;
            while (k < part.size() && text::is_ident_char(part[k])) ++k;
            target = part.substr(0, k);
            std::string_view rest = text::trim(part.substr(k));
            if (rest == "++" || rest == "--") {
                op = rest == "++" ? "+=" : "-=";
                value = "1";
            } else if (rest.substr(0, 3) == "to " || rest.substr(0, 3) == "to\t") {
                value = rest.substr(3);
            } else if (rest.substr(0, 2) == "+=" || rest.substr(0, 2) == "-=") {
                op = std::string(rest.substr(0, 2));
                value = rest.substr(2);
            } else if (rest.substr(0, 1) == "=" && rest.substr(0, 2) != "==") {
                value = rest.substr(1);
            } else {
                return std::nullopt;
            }
        }
        if (target.size() < 2 || target[0] != '$') return std::nullopt;
        for (char c : target.substr(1))
            if (!text::is_ident_char(c)) return std::nullopt;
        const std::string name = twee_var_name(target);
        std::optional<std::vector<Token>> t = tokenize(text::trim(value), name);
        if (!t) return std::nullopt;
        infer(*t, vars);
        TweeType type = t->size() == 1 ? type_of(t->front(), vars) : TweeType::Unknown;
        if (type == TweeType::Unknown) {
            bool str = false, logic = false;
            for (const Token& tok : *t) {
                str |= tok.kind == Token::String;
                logic |= tok.kind == Token::Compare || tok.kind == Token::Logic || tok.kind == Token::Not;
            }
            type = logic ? TweeType::Bool : str ? TweeType::String : TweeType::Int;
        }
        if (op != "=") type = type == TweeType::String ? TweeType::String : TweeType::Int;
        note_type(vars, name, type);
        if (initial && op == "=" && t->size() == 1 && t->front().kind != Token::Var) {
            vars[name].initial = t->front().text;
            continue;
        }
        lines.push_back("~ " + name + " " + op + " " + join(*t));
    }
    return lines;
}

}  // namespace lure
