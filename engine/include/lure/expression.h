// Expressions of the scenario language: parsing into the Scenario's expression pool,
// static type inference (for the checker) and evaluation (for the runtime).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "lure/diagnostics.h"
#include "lure/scenario.h"

namespace lure {

constexpr int kMaxExpressionDepth = 256;  // parser recursion levels (about 30 nested parentheses)

struct ExprParseResult {
    ExprId root = -1;          // -1 on error
    std::size_t consumed = 0;  // bytes of `text` used (parsing stops before `else` or a tag)
    bool ok = false;
    std::string error;     // message when !ok
    int error_offset = 0;  // byte offset in `text` of the error
};

// Parses one expression from `text`. `loc` is the position of text[0]; expression nodes get
// positions relative to it. Stops (without error) at a top-level `else` keyword or end of text;
// with `allow_trailing` false, any other trailing input is an error.
ExprParseResult parse_expression(std::string_view text, SourceLoc loc, Scenario& scenario, bool allow_trailing);

// Static type of an expression given variable types; reports LP206/LP208/LP227 problems via `report`.
using TypeReport = std::function<void(const std::string& code, const std::string& message, const SourceLoc& loc,
                                      const std::string& hint)>;
// For a variable or visits() node that the linker could not resolve: the hint to give (the checker
// answers with "did you mean" and the type the use implies); without `fn` a plain default is used.
// A function pointer and its context rather than std::function: smaller in the web build.
struct UnresolvedHint {
    std::string (*fn)(void* context, const Expr& unresolved) = nullptr;
    void* context = nullptr;
};
ValueType infer_type(const Scenario& scenario, ExprId id, const TypeReport& report,
                     const UnresolvedHint& unresolved_hint = {});

// A comparison that turns the value of expression `id` (of type `type`) into true/false, for hints:
// "told_friend > 0", "name != \"\"". "" when the expression's text is too long to quote.
std::string comparison_example(const Scenario& scenario, ExprId id, ValueType type);

// Runtime environment for evaluation.
struct EvalContext {
    const std::vector<Value>* variables = nullptr;                         // by variable index
    const std::vector<int>* visits = nullptr;                              // by node index
    std::function<std::int64_t(std::int64_t lo, std::int64_t hi)> random;  // inclusive
    // A string result longer than this is refused: the left operand is kept and the expression
    // is remembered in `too_long` (the runtime reports LP170 there).
    std::size_t max_string_bytes = static_cast<std::size_t>(-1);
    mutable const Expr* too_long = nullptr;
};

// Evaluates; unknown names or ill-typed operations yield a neutral value (false / 0 / "")
// instead of crashing. Integer arithmetic wraps; division or modulo by zero gives 0.
Value evaluate(const Scenario& scenario, ExprId id, const EvalContext& ctx);
bool evaluate_condition(const Scenario& scenario, ExprId id, const EvalContext& ctx);

// Source text of an expression (for tools and the Twee/graph exports).
std::string expression_to_string(const Scenario& scenario, ExprId id);

}  // namespace lure
