// libFuzzer target, fast: parse_scenario() of any input with no file access, no checker and no
// play, so it runs far more executions per second than fuzz_parser (the full pipeline).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "lure/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    lure::ParseResult r = lure::parse_scenario(text, "fuzz.lure");
    (void)r;
    return 0;
}
