// `lure graph FILE`: the scenario's graph (lure::graph_of, the one the game's maps read) as Graphviz
// DOT on stdout or in a file, or drawn to SVG/PNG through Graphviz's `dot` when it is installed.
#include <cstdio>
#include <sys/wait.h>

#include "cli.h"
#include "diagnostics_output.h"
#include "graph_map.h"
#include "lure/graph.h"

namespace cli {
namespace {

const char* kHelp =
    "Usage: lure graph [--format dot|json|svg] [--size WxH] [-o OUT] [--svg OUT.svg] [--png OUT.png] FILE\n"
    "\n"
    "Draws the scenario as a map of its nodes in Graphviz DOT (printed, or written with -o).\n"
    "Each box shows the node id and its channel; endings are octagons coloured by outcome\n"
    "(green = safe, red = harmed, blue = got help); arrows carry the choice text; dashed arrows are\n"
    "conditional choices, dotted arrows fallbacks, bold arrows diverts. Nodes that cannot be reached\n"
    "from the start are greyed out and marked '(unreachable)'; a choice to a node that does not exist\n"
    "points at a red '(no such node)' box. The graph is drawn even when the scenario has errors (they\n"
    "are printed on stderr and the exit code is 1).\n"
    "\n"
    "With --format json or svg, the map is laid out by Lureproof itself, as the debrief and the Studio\n"
    "draw it: layers from the start, few crossings, every label apart. JSON gives each node's position,\n"
    "layer and label box, each edge's path, and the crossing counts; SVG draws it.\n"
    "\n"
    "Options:\n"
    "  --format FORMAT       dot (default: Graphviz DOT text), json or svg (Lureproof's own layout)\n"
    "  --size WxH            lay out for a screen of this size: taller than wide stacks the layers\n"
    "                        top to bottom, as on a phone (default 1280x800: left to right)\n"
    "  -o, --output OUT      write to a file instead of stdout\n"
    "  --svg OUT.svg         draw an SVG picture with Graphviz's 'dot' (apt-get install graphviz)\n"
    "  --png OUT.png         draw a PNG picture with Graphviz's 'dot'\n"
    "\n"
    "Exit codes: 0 graph written, 1 scenario errors or a file/Graphviz problem, 2 wrong command line.\n";

// Runs `dot -T<format> -o <out>` with the DOT text on its stdin.
bool run_dot(const std::string& dot, const std::string& format, const std::string& out, const std::string& text) {
    const std::string command = shell_quote(dot) + " -T" + format + " -o " + shell_quote(out);
    std::FILE* pipe = popen(command.c_str(), "w");
    if (!pipe) return false;
    std::fwrite(text.data(), 1, text.size(), pipe);
    int status = pclose(pipe);
    return status != -1 && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

int run(const std::vector<std::string>& raw) {
    auto args =
        parse_args("graph", raw,
                   {{"-o", true, "--output"}, {"--svg", true}, {"--png", true}, {"--format", true}, {"--size", true}});
    if (!args) return kExitUsage;
    if (args->files.size() != 1) return usage_error("graph", "give exactly one scenario file");
    const std::string& file = args->files[0];

    lure::ParseResult loaded = load(file);
    const bool errors = lure::has_errors(loaded.diagnostics);
    print_diagnostics(stderr, loaded.diagnostics, true);
    if (loaded.scenario.nodes.empty()) {
        std::fprintf(stderr, "lure graph: %s has no nodes to draw\n", file.c_str());
        return kExitFailed;
    }
    const std::string format = args->has("--format") ? args->get("--format") : "dot";
    if (format != "dot" && format != "json" && format != "svg")
        return usage_error("graph", "--format is dot, json or svg, not '" + format + "'");
    int width = 1280, height = 800;
    if (args->has("--size") && std::sscanf(args->get("--size").c_str(), "%dx%d", &width, &height) != 2)
        return usage_error("graph", "--size is WIDTHxHEIGHT, for example 390x844");
    std::string text;
    if (format == "dot") {
        text = lure::to_dot(lure::graph_of(loaded.scenario));
    } else {
        const ScenarioMap map = map_scenario(loaded.scenario, height > width);
        text =
            format == "json" ? map_to_json(map, loaded.scenario.header.id) : map_to_svg(map, loaded.scenario.header.id);
    }

    bool wrote_something = false;
    if (args->has("-o")) {
        if (!write_file(args->get("-o"), text)) {
            std::fprintf(stderr, "lure graph: cannot write '%s'\n", args->get("-o").c_str());
            return kExitFailed;
        }
        wrote_something = true;
    }
    for (const char* picture : {"svg", "png"}) {  // Graphviz's drawing of the DOT text
        const std::string option = std::string("--") + picture;
        if (!args->has(option)) continue;
        const std::string dot = find_program("dot");
        if (dot.empty()) {
            std::fprintf(stderr,
                         "lure graph: Graphviz's 'dot' program was not found, so no %s picture was drawn.\n"
                         "Install it (Debian: apt-get install graphviz), or write the DOT text with\n"
                         "'lure graph -o map.dot %s' and open it in any Graphviz viewer.\n",
                         picture, file.c_str());
            return kExitFailed;
        }
        if (!run_dot(dot, picture, args->get(option), lure::to_dot(lure::graph_of(loaded.scenario)))) {
            std::fprintf(stderr, "lure graph: 'dot' could not write '%s'\n", args->get(option).c_str());
            return kExitFailed;
        }
        wrote_something = true;
    }
    if (!wrote_something) std::fputs(text.c_str(), stdout);
    return errors ? kExitFailed : kExitOk;
}

}  // namespace

extern const Command graph_command = {"graph", "draw the scenario's map (Graphviz DOT, or laid out as JSON/SVG)", kHelp,
                                      run};

}  // namespace cli
