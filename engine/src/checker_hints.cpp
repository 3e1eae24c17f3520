// Hints for unresolved names: "did you mean" (case and small edits), the type an undeclared
// variable's uses imply, and the typos behind defined names that look unused or unreachable.
#include "checker_hints.h"

#include "lure/expression.h"

namespace lure {

struct NameHints::State {
    NameIndex indices[4];  // by NameKind, built on first use
    bool built[4] = {false, false, false, false};
    std::vector<Typo> typos;                             // the first typo taken for each name
    std::unordered_map<std::string, int> typo_index;     // kind+meant name -> index in typos
    std::vector<std::pair<ValueType, int>> implied;      // type and evidence rank per undeclared var
    std::unordered_map<std::string, int> implied_index;  // undeclared var -> index in implied
    bool types_guessed = false;
};

NameHints::NameHints(const Scenario& sc) : sc_(sc), st_(std::make_unique<State>()) {}
NameHints::~NameHints() = default;

bool NameHints::is_typo_target(NameKind kind, const std::string& defined) const {
    return st_->typo_index.count(key(kind, defined)) != 0;
}

namespace {
std::string literal_of(ValueType t) {
    switch (t) {
        case ValueType::Bool: return "false";
        case ValueType::String: return "\"\"";
        default: return "0";
    }
}

const Expr* unresolved_var(const Scenario& sc, ExprId id) {
    if (id < 0 || static_cast<std::size_t>(id) >= sc.exprs.size()) return nullptr;
    const Expr& e = sc.exprs[static_cast<std::size_t>(id)];
    return e.op == ExprOp::Var && e.ref < 0 ? &e : nullptr;
}

ValueType quiet_type(const Scenario& sc, ExprId id) {
    return infer_type(sc, id, [](const std::string&, const std::string&, const SourceLoc&, const std::string&) {});
}
}  // namespace

const NameIndex& NameHints::index(NameKind kind) {
    NameIndex& ix = st_->indices[static_cast<int>(kind)];
    if (st_->built[static_cast<int>(kind)]) return ix;
    st_->built[static_cast<int>(kind)] = true;
    switch (kind) {
        case NameKind::Node:
            for (const Node& n : sc_.nodes) ix.add(n.id);
            break;
        case NameKind::Variable:
            for (const Variable& v : sc_.variables) ix.add(v.id);
            break;
        case NameKind::Character:
            for (const Character& c : sc_.characters) ix.add(c.id);
            break;
        case NameKind::Flag:
            for (const RedFlag& f : sc_.flags) ix.add(f.id);
            break;
    }
    return ix;
}

std::optional<NameMatch> NameHints::closest(NameKind kind, const std::string& name, const SourceLoc& loc) {
    std::optional<NameMatch> match = index(kind).closest(name);
    if (match) note_typo(kind, match->name, name, loc);
    return match;
}

void NameHints::note_typo(NameKind kind, const std::string& meant, const std::string& written, const SourceLoc& loc) {
    if (st_->typo_index.emplace(key(kind, meant), static_cast<int>(st_->typos.size())).second)
        st_->typos.push_back({written, loc});
}

std::string NameHints::node(const std::string& name, const SourceLoc& loc) {
    auto match = closest(NameKind::Node, name, loc);
    return match ? "did you mean '" + match->name + "'?" : "";
}

std::string NameHints::variable(const std::string& name, const SourceLoc& loc) {
    auto match = closest(NameKind::Variable, name, loc);
    const std::string declare = "declare it at the top: " + declaration_for(name);
    if (!match) return declare;
    if (match->distance <= 1) return "did you mean '" + match->name + "'?";
    return "did you mean '" + match->name + "'? If not, " + declare;
}

std::string NameHints::speaker(const std::string& name, const SourceLoc& loc) {
    // Written as a character's display name ("Marius:" for `character m` named Marius)?
    const std::string lowered = ascii_lower(name);
    for (const Character& c : sc_.characters)
        if (!c.built_in && !c.name.empty() && ascii_lower(c.name) == lowered && ascii_lower(c.id) != lowered) {
            note_typo(NameKind::Character, c.id, name, loc);
            return "'" + c.name + "' is the name of character '" + c.id + "': write '" + c.id + ":'";
        }
    auto match = closest(NameKind::Character, name, loc);
    const std::string define = "define it with 'character " + name + "', or use narrator / you";
    if (!match) return define;
    if (match->distance == 0) return "did you mean '" + match->name + "'? Character ids are case-sensitive";
    if (match->distance == 1) return "did you mean '" + match->name + "'?";
    return "did you mean '" + match->name + "'? If not, " + define;
}

std::string NameHints::flag(const std::string& name, const SourceLoc& loc) {
    auto match = closest(NameKind::Flag, name, loc);
    const std::string define = "define it with a 'flag " + name + "' block";
    if (!match) return define;
    if (match->distance <= 1) return "did you mean '" + match->name + "'?";
    return "did you mean '" + match->name + "'? If not, " + define;
}

std::string NameHints::consequence_of(NameKind kind, const std::string& defined, const SourceLoc& defined_at) const {
    auto it = st_->typo_index.find(key(kind, defined));
    if (it == st_->typo_index.end()) return "";
    const Typo& typo = st_->typos[static_cast<std::size_t>(it->second)];
    const std::string where =
        (typo.loc.file == defined_at.file ? "line " : sc_.file_name(typo.loc) + ":") + std::to_string(typo.loc.line);
    return "probably because of the typo '" + typo.written + "' on " + where + "; fix that first";
}

std::string NameHints::declaration_for(const std::string& undeclared) {
    guess_types();
    auto it = st_->implied_index.find(undeclared);
    return "var " + undeclared + " = " +
           literal_of(it == st_->implied_index.end() ? ValueType::Int
                                                     : st_->implied[static_cast<std::size_t>(it->second)].first);
}

// One pass over assignments, conditions and operators: what each undeclared variable is used as.
// Evidence ranks: 3 an assignment '=', 2 '+='/'-=' or a whole condition, 1 an operator's operand.
void NameHints::guess_types() {
    if (st_->types_guessed) return;
    st_->types_guessed = true;
    auto note = [&](const std::string& name, ValueType t, int rank) {
        if (t != ValueType::Bool && t != ValueType::Int && t != ValueType::String) return;
        auto [it, fresh] = st_->implied_index.emplace(name, static_cast<int>(st_->implied.size()));
        if (fresh) st_->implied.emplace_back(t, rank);
        else if (rank > st_->implied[static_cast<std::size_t>(it->second)].second)
            st_->implied[static_cast<std::size_t>(it->second)] = {t, rank};
    };
    for (const Assignment& a : sc_.assignments) {
        if (a.var_index >= 0) continue;
        if (a.op == '=') note(a.var, quiet_type(sc_, a.value), 3);
        else
            note(a.var,
                 a.op == '+' && quiet_type(sc_, a.value) == ValueType::String ? ValueType::String : ValueType::Int, 2);
    }
    auto condition = [&](ExprId id) {
        if (const Expr* v = unresolved_var(sc_, id)) note(v->name, ValueType::Bool, 2);
    };
    for (const Choice& c : sc_.choices) condition(c.condition);
    std::vector<const std::vector<Statement>*> bodies;
    for (const Node& n : sc_.nodes) bodies.push_back(&n.body);
    for (std::size_t k = 0; k < bodies.size(); ++k)
        for (const Statement& s : *bodies[k])
            for (const Branch& b : s.branches) {
                condition(b.condition);
                bodies.push_back(&b.body);
            }
    for (const Expr& e : sc_.exprs) {
        for (int side = 0; side < 2; ++side) {
            const Expr* v = unresolved_var(sc_, side == 0 ? e.a : e.b);
            if (!v) continue;
            switch (e.op) {
                case ExprOp::Not:
                case ExprOp::And:
                case ExprOp::Or: note(v->name, ValueType::Bool, 1); break;
                case ExprOp::Add:
                case ExprOp::Eq:
                case ExprOp::Ne: {
                    const ExprId other = side == 0 ? e.b : e.a;
                    if (!unresolved_var(sc_, other)) note(v->name, quiet_type(sc_, other), 1);
                    break;
                }
                default: note(v->name, ValueType::Int, 1); break;  // arithmetic, <, >, random()
            }
        }
    }
}

}  // namespace lure
