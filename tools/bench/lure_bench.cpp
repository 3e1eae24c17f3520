// Benchmark: generates a 10,000-node scenario in memory, times parse and check (median of several
// runs), parses the same content expressed as JSON with nlohmann::json, prints MB/s and the ratio.
// Usage: lure_bench [nodes=10000] [runs=7] [--json]   |   lure_bench --write out.lure [nodes] (also out.lure.json)
// --json prints one JSON line with the sizes and every run's times instead (scripts/bench.sh).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lure/lure.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Generated {
    std::string lure;
    std::string json;
};

// Every node: title property, three messages (tags, pacing, interpolation, emphasis, a red flag),
// an assignment, an if/else, two or three choices (one conditional with a reason) and a fallback.
Generated generate(int nodes) {
    Generated g;
    std::string& l = g.lure;
    nlohmann::json doc;
    doc["scenario"] = "bench";
    doc["title"] = "Benchmark";
    doc["summary"] = "Generated.";
    doc["language"] = "en";
    doc["persona"] = {{"name", "Ana"}, {"age", 23}, {"situation", "Benchmarking."}};
    doc["technique"] = "fishing";
    doc["content_note"] = "None.";
    doc["minutes"] = 60;
    doc["start"] = "n0";
    doc["characters"] =
        nlohmann::json::array({{{"id", "rec"}, {"name", "Recruiter"}, {"initials", "RC"}, {"colour", "#3a7bd5"}}});
    doc["variables"] = nlohmann::json::array(
        {{{"id", "money"}, {"value", 300}}, {{"id", "trust"}, {"value", 0}}, {{"id", "paid"}, {"value", false}}});
    doc["flags"] = nlohmann::json::array({{{"id", "fee"},
                                           {"label", "A fee"},
                                           {"category", "fees-or-debt"},
                                           {"explain", "Employers do not charge fees."},
                                           {"action", "Pay nothing."},
                                           {"source", "ILO 2012"}}});
    l += "scenario: bench\ntitle: Benchmark\nsummary: Generated.\nlanguage: en\npersona: Ana | 23 | Benchmarking.\n"
         "technique: fishing\ncontent-note: None.\nminutes: 60\nstart: n0\n\n"
         "character rec\n  name: Recruiter\n  initials: RC\n  colour: #3a7bd5\n\n"
         "var money = 300\nvar trust = 0\nvar paid = false\n\n"
         "flag fee\n  label: A fee\n  category: fees-or-debt\n  explain: Employers do not charge fees.\n"
         "  action: Pay nothing.\n  source: ILO 2012\n";
    nlohmann::json jnodes = nlohmann::json::array();
    for (int i = 0; i < nodes; ++i) {
        std::string id = "n" + std::to_string(i);
        std::string next1 = "n" + std::to_string(i + 1 < nodes ? i + 1 : 0);
        std::string next2 = "n" + std::to_string((i * 7 + 3) % nodes);
        bool ending = i % 50 == 49;
        std::string ln = "l" + std::to_string(i) + "-";
        l += "\n== " + id + " [chat]" + (ending ? " ending safe" : "") + "\n";
        l += "title: Chat with the recruiter " + std::to_string(i) + "\n";
        l += "rec: Hello again, this is message " + std::to_string(i) +
             ". The job is *still* open! #typing:1.5 #line:" + ln + "a\n";
        l += "you: I have {money} euros and my trust is {trust}. #delay:0.5 #line:" + ln + "b\n";
        l += "rec: You only need to pay a small fee of 150 euros for the visa. #flag:fee #time:21:04 #line:" + ln +
             "c\n";
        l += "~ trust += 1\n";
        l += "if money >= 150 and not paid\n  narrator: You could pay it. #line:" + ln +
             "d\nelse\n  narrator: You cannot pay. #line:" + ln + "e\nendif\n";
        nlohmann::json jn = {
            {"id", id}, {"channel", "chat"}, {"title", "Chat with the recruiter " + std::to_string(i)}};
        if (ending) jn["ending"] = "safe";
        jn["body"] = nlohmann::json::array({
            {{"speaker", "rec"},
             {"text", "Hello again, this is message " + std::to_string(i) + ". The job is *still* open!"},
             {"typing", 1.5},
             {"line", ln + "a"}},
            {{"speaker", "you"},
             {"text", "I have {money} euros and my trust is {trust}."},
             {"delay", 0.5},
             {"line", ln + "b"}},
            {{"speaker", "rec"},
             {"text", "You only need to pay a small fee of 150 euros for the visa."},
             {"flags", {"fee"}},
             {"time", "21:04"},
             {"line", ln + "c"}},
            {{"set", "trust"}, {"op", "+="}, {"value", "1"}},
            {{"if", "money >= 150 and not paid"},
             {"then", {{{"speaker", "narrator"}, {"text", "You could pay it."}, {"line", ln + "d"}}}},
             {"else", {{{"speaker", "narrator"}, {"text", "You cannot pay."}, {"line", ln + "e"}}}}},
        });
        if (ending) {
            l += "debrief: You got away. #line:" + ln + "f\n";
            jn["body"].push_back({{"debrief", "You got away."}, {"line", ln + "f"}});
        } else {
            l += "* Ask for a contract -> " + next1 + " #line:" + ln + "g\n";
            l += "* Pay the fee -> " + next2 + " if money >= 150 else \"Not enough money\" #line:" + ln + "h\n";
            l += "+ Think about it -> " + next1 + " if trust < 3 #line:" + ln + "i\n";
            l += "fallback -> " + next1 + "\n";
            jn["body"].push_back(
                {{"choice", "Ask for a contract"}, {"target", next1}, {"once", true}, {"line", ln + "g"}});
            jn["body"].push_back({{"choice", "Pay the fee"},
                                  {"target", next2},
                                  {"once", true},
                                  {"if", "money >= 150"},
                                  {"reason", "Not enough money"},
                                  {"line", ln + "h"}});
            jn["body"].push_back({{"choice", "Think about it"},
                                  {"target", next1},
                                  {"once", false},
                                  {"if", "trust < 3"},
                                  {"line", ln + "i"}});
            jn["body"].push_back({{"fallback", next1}});
        }
        jnodes.push_back(std::move(jn));
    }
    doc["nodes"] = std::move(jnodes);
    g.json = doc.dump(1);
    return g;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

template <class F>
double time_ms(F&& f) {
    auto t0 = Clock::now();
    f();
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

}  // namespace

int main(int argc, char** argv) {
    if (argc > 2 && std::string(argv[1]) == "--write") {
        Generated g = generate(argc > 3 ? std::atoi(argv[3]) : 10000);
        std::FILE* f = std::fopen(argv[2], "wb");
        std::FILE* j = std::fopen((std::string(argv[2]) + ".json").c_str(), "wb");
        if (!f || !j) return 1;
        std::fwrite(g.lure.data(), 1, g.lure.size(), f);
        std::fwrite(g.json.data(), 1, g.json.size(), j);
        std::fclose(f);
        std::fclose(j);
        return 0;
    }
    const bool as_json = argc > 1 && std::string(argv[argc - 1]) == "--json";
    if (as_json) --argc;
    int nodes = argc > 1 ? std::atoi(argv[1]) : 10000;
    int runs = argc > 2 ? std::atoi(argv[2]) : 7;
    if (nodes < 1 || runs < 1) {
        std::fprintf(stderr, "usage: lure_bench [nodes] [runs]\n");
        return 2;
    }
    Generated g = generate(nodes);
    double lure_mb = static_cast<double>(g.lure.size()) / (1024.0 * 1024.0);
    double json_mb = static_cast<double>(g.json.size()) / (1024.0 * 1024.0);
    if (!as_json)
        std::printf("generated %d nodes: .lure %.2f MB (%zu lines), JSON %.2f MB\n", nodes, lure_mb,
                    static_cast<std::size_t>(std::count(g.lure.begin(), g.lure.end(), '\n')), json_mb);

    std::vector<double> parse_t, check_t, json_t;
    std::size_t diagnostics = 0, statements = 0;
    for (int r = 0; r < runs; ++r) {
        lure::ParseResult result;
        parse_t.push_back(time_ms([&] { result = lure::parse_scenario(g.lure, "bench.lure"); }));
        std::vector<lure::Diagnostic> ds;
        check_t.push_back(time_ms([&] { ds = lure::check(result.scenario); }));
        diagnostics = result.diagnostics.size() + ds.size();
        statements = result.scenario.messages.size() + result.scenario.choices.size();
        if (r == 0 && lure::has_errors(ds)) {
            for (std::size_t i = 0; i < ds.size() && i < 5; ++i)
                std::printf("  %s\n", lure::format_diagnostic(ds[i]).c_str());
        }
        nlohmann::json j;
        json_t.push_back(time_ms([&] { j = nlohmann::json::parse(g.json, nullptr, false); }));
        if (j.is_discarded()) {
            std::fprintf(stderr, "generated JSON did not parse\n");
            return 1;
        }
    }
    if (as_json) {
        auto list = [](const std::vector<double>& v) {
            std::string out = "[";
            for (std::size_t i = 0; i < v.size(); ++i) out += (i ? "," : "") + std::to_string(v[i]);
            return out + "]";
        };
        std::printf("{\"nodes\":%d,\"lure_mb\":%.6f,\"json_mb\":%.6f,\"parse_ms\":%s,\"check_ms\":%s,\"json_ms\":%s}\n",
                    nodes, lure_mb, json_mb, list(parse_t).c_str(), list(check_t).c_str(), list(json_t).c_str());
        return 0;
    }
    double p = median(parse_t), c = median(check_t), js = median(json_t);
    std::printf("median of %d runs (%zu messages+choices, %zu diagnostics):\n", runs, statements, diagnostics);
    std::printf("  lure parse      %8.2f ms  %7.1f MB/s\n", p, lure_mb / (p / 1000.0));
    std::printf("  lure check      %8.2f ms\n", c);
    std::printf("  lure parse+check%8.2f ms  %7.1f MB/s\n", p + c, lure_mb / ((p + c) / 1000.0));
    std::printf("  nlohmann::json  %8.2f ms  %7.1f MB/s (JSON is %.2fx the size)\n", js, json_mb / (js / 1000.0),
                json_mb / lure_mb);
    std::printf("  ratio: lure parse time / JSON parse time = %.2f; lure MB/s / JSON MB/s = %.2f\n", p / js,
                (lure_mb / p) / (json_mb / js));
    return 0;
}
