// libFuzzer target: parse + check + a short play of any input; must never crash, hang or trip
// the address/undefined-behaviour sanitizers. Includes resolve against a tiny in-memory file set.
#include <cstddef>
#include <cstdint>
#include <string>

#include "../engine/first_enabled_choice.h"
#include "lure/lure.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    lure::MemoryFileSource files;
    files.add("main.lure", text);
    files.add("common/characters.lure", "character m\n  name: M\n  initials: M\n");
    files.add("loop.lure", "include: loop.lure\n");
    lure::ParseResult r = lure::load_scenario("main.lure", files);
    for (const auto& d : r.diagnostics) (void)lure::format_diagnostic(d);
    (void)lure::to_dot(lure::graph_of(r.scenario));

    // Play a few steps (always choosing the first enabled choice) and round-trip a save.
    lure::Story story(r.scenario);
    story.start(size);
    for (int step = 0; step < 20 && !story.is_ended(); ++step)
        if (!lure_test::choose_first_enabled(story)) break;
    (void)lure::restore(r.scenario, lure::save(story));

    lure::ExploreLimits limits;
    limits.max_states = 64;
    limits.max_random_runs = 64;
    limits.max_node_entries = 20000;
    (void)lure::explore(r.scenario, limits);
    (void)lure::tag_lines(text, "main.lure");
    return 0;
}
