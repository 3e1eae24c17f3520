// Expression parsing, precedence, type inference and evaluation.
#include "test_helpers.h"

using namespace lure;

namespace {
Value eval_text(const std::string& text, std::vector<Value> vars = {}) {
    Scenario sc;
    for (std::size_t i = 0; i < vars.size(); ++i) sc.variables.push_back({"v" + std::to_string(i), vars[i], {}});
    ExprParseResult r = parse_expression(text, {0, 1, 1}, sc, false);
    REQUIRE_MESSAGE(r.ok, r.error);
    for (Expr& e : sc.exprs)
        if (e.op == ExprOp::Var) e.ref = sc.find_variable(e.name);
    std::vector<int> visits;
    EvalContext ctx;
    ctx.variables = &vars;
    ctx.visits = &visits;
    ctx.random = [](std::int64_t lo, std::int64_t) { return lo; };
    return evaluate(sc, r.root, ctx);
}

ValueType type_text(const std::string& text, std::vector<std::string>* errors = nullptr) {
    Scenario sc;
    sc.variables.push_back({"n", Value::integer(1), {}});
    sc.variables.push_back({"b", Value::boolean(true), {}});
    sc.variables.push_back({"s", Value::string("x"), {}});
    ExprParseResult r = parse_expression(text, {0, 1, 1}, sc, false);
    REQUIRE_MESSAGE(r.ok, r.error);
    for (Expr& e : sc.exprs)
        if (e.op == ExprOp::Var) e.ref = sc.find_variable(e.name);
    return infer_type(sc, r.root,
                      [&](const std::string& code, const std::string&, const SourceLoc&, const std::string&) {
                          if (errors) errors->push_back(code);
                      });
}
}  // namespace

TEST_CASE("arithmetic precedence and associativity") {
    CHECK(eval_text("1 + 2 * 3") == Value::integer(7));
    CHECK(eval_text("(1 + 2) * 3") == Value::integer(9));
    CHECK(eval_text("10 - 3 - 2") == Value::integer(5));
    CHECK(eval_text("7 / 2") == Value::integer(3));
    CHECK(eval_text("7 % 3") == Value::integer(1));
    CHECK(eval_text("-3 + 1") == Value::integer(-2));
    CHECK(eval_text("- -3") == Value::integer(3));
}

TEST_CASE("comparison and logic") {
    CHECK(eval_text("1 < 2 and 2 <= 2") == Value::boolean(true));
    CHECK(eval_text("1 > 2 or 3 >= 4") == Value::boolean(false));
    CHECK(eval_text("not 1 == 2") == Value::boolean(true));
    CHECK(eval_text("\"a\" == \"a\" and true != false") == Value::boolean(true));
    CHECK(eval_text("true or false and false") == Value::boolean(true));  // and binds tighter
}

TEST_CASE("strings concatenate; variables are read") {
    CHECK(eval_text("\"a\" + \"b\"") == Value::string("ab"));
    CHECK(eval_text("v0 * 2 + v1", {Value::integer(5), Value::integer(1)}) == Value::integer(11));
}

TEST_CASE("division by zero and overflow do not crash") {
    CHECK(eval_text("1 / 0") == Value::integer(0));
    CHECK(eval_text("1 % 0") == Value::integer(0));
    CHECK(eval_text("9223372036854775807 + 1").type == ValueType::Int);
    CHECK(eval_text("(0 - 9223372036854775807 - 1) / -1").type == ValueType::Int);
}

TEST_CASE("random uses the context and visits reads counts") { CHECK(eval_text("random(3, 6)") == Value::integer(3)); }

TEST_CASE("type inference") {
    CHECK(type_text("n + 1") == ValueType::Int);
    CHECK(type_text("s + \"x\"") == ValueType::String);
    CHECK(type_text("n > 1 and b") == ValueType::Bool);
    std::vector<std::string> errors;
    type_text("n + s", &errors);
    type_text("b and 1", &errors);
    type_text("s < 2", &errors);
    type_text("not n", &errors);
    type_text("-b", &errors);
    type_text("n == s", &errors);
    type_text("missing + 1", &errors);
    REQUIRE(errors.size() == 7);
    CHECK(errors[0] == "LP208");
    CHECK(errors[6] == "LP206");
}

TEST_CASE("syntax errors report an offset") {
    Scenario sc;
    auto r = parse_expression("1 + * 2", {0, 1, 1}, sc, false);
    CHECK_FALSE(r.ok);
    CHECK(r.error_offset == 4);
    r = parse_expression("x = 1", {0, 1, 1}, sc, false);
    CHECK_FALSE(r.ok);
    CHECK(r.error.find("==") != std::string::npos);
    r = parse_expression("foo(1)", {0, 1, 1}, sc, false);
    CHECK_FALSE(r.ok);
    r = parse_expression("\"open", {0, 1, 1}, sc, false);
    CHECK(r.error.rfind("unterminated string", 0) == 0);
    r = parse_expression("a && b", {0, 1, 1}, sc, false);
    CHECK_FALSE(r.ok);
}

TEST_CASE("deep nesting is an error, not a crash") {
    Scenario sc;
    std::string deep(5000, '(');
    auto r = parse_expression(deep + "1" + std::string(5000, ')'), {0, 1, 1}, sc, false);
    CHECK_FALSE(r.ok);
    CHECK(r.error.find("nested too deeply") != std::string::npos);
    std::string long_chain = "1";
    for (int i = 0; i < 5000; ++i) long_chain += " + 1";
    r = parse_expression(long_chain, {0, 1, 1}, sc, false);
    CHECK(r.ok);
}

TEST_CASE("else stops a choice condition") {
    Scenario sc;
    auto r = parse_expression("money >= 150 else \"no\"", {0, 1, 1}, sc, true);
    REQUIRE(r.ok);
    CHECK(r.consumed == 13);
    CHECK(expression_to_string(sc, r.root) == "(money >= 150)");
}
