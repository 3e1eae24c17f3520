// libFuzzer target: Twee 3 import of any input, then parse + check of the produced .lure text.
#include <cstddef>
#include <cstdint>
#include <string>

#include "lure/lure.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    lure::TweeImport t = lure::import_twee(text, "in.twee");
    lure::ParseResult r = lure::parse_scenario(t.lure_text, "out.lure");
    (void)lure::check(r.scenario);
    return 0;
}
