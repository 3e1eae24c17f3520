// Checker behaviour beyond single codes: clean scenarios stay clean, reachability ignores
// conditions, dead-end analysis understands if/else, hints are helpful.
#include "test_helpers.h"

using namespace lure;
using namespace lure_test;

TEST_CASE("a complete scenario has no diagnostics") {
    auto ds = diagnose(std::string(kHeader) +
                       "var ok = true\n== a [chat]\nnarrator: hi\n* Go -> b if ok\nfallback -> b\n"
                       "== b [chat] ending safe\nnarrator: done\ndebrief: d\n");
    CHECK_CLEAN(ds);
}

TEST_CASE("if/else where every branch exits is not a possible dead end") {
    auto ds = diagnose(std::string(kHeader) +
                       "var x = 1\n== a [chat]\nif x > 0\n-> b\nelif x < 0\n* Go -> b\nelse\n-> b\nendif\n"
                       "== b [chat] ending safe\nnarrator: done\ndebrief: d\n");
    CHECK_NO_DIAG(ds, "LP203");
    auto partial = diagnose(std::string(kHeader) +
                            "var x = 1\n== a [chat]\nif x > 0\n-> b\nendif\n"
                            "== b [chat] ending safe\nnarrator: done\ndebrief: d\n");
    CHECK_DIAG(partial, "LP203", kHeaderLines + 2, 4);
}

TEST_CASE("undefined target hint suggests a close node id") {
    auto ds = diagnose(std::string(kHeader) +
                       "== a [chat]\n* Go -> end_saf\n== end_safe [chat] ending safe\nnarrator: x\ndebrief: d\n");
    bool found = false;
    for (const auto& d : ds)
        if (d.code == "LP200") {
            found = true;
            CHECK(d.hint == "did you mean 'end_safe'?");
        }
    CHECK(found);
}

TEST_CASE("string += string is allowed, string -= is a type error") {
    auto ok = diagnose(std::string(kHeader) +
                       "var s = \"a\"\n== a [chat] ending safe\n~ s += \"b\"\nnarrator: {s}\ndebrief: d\n");
    CHECK_NO_DIAG(ok, "LP208");
    auto bad = diagnose(std::string(kHeader) +
                        "var s = \"a\"\n== a [chat] ending safe\n~ s -= \"b\"\nnarrator: {s}\ndebrief: d\n");
    CHECK_DIAG(bad, "LP208", kHeaderLines + 3, 3);
}
