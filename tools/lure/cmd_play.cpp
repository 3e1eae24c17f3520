// `lure play FILE`: a terminal playthrough. Shows each node's messages with the channel and the
// speakers, red flags as [!], numbered choices read from stdin (so runs can be scripted), the
// ending, its debrief and the red flags met on the route.
#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>
#include <utility>

#include "cli.h"
#include "diagnostics_output.h"
#include "lure/addresses.h"
#include "lure/l10n.h"
#include "lure/l10n_po.h"
#include "lure/social_post.h"
#include "lure/story.h"

namespace cli {
namespace {

const char* kHelp =
    "Usage: lure play [--seed N] [--po FILE.po] FILE\n"
    "\n"
    "Plays the scenario in the terminal. Type the number of a choice and press Enter. Choices that\n"
    "are shown but not available are listed with '-' and their reason, and cannot be picked.\n"
    "Red flags attached to a message are marked [!]. At the end you see the ending, the debrief and\n"
    "every red flag you met on the way.\n"
    "\n"
    "Choices can be piped for scripted runs, one number per line:\n"
    "  printf '1\\n2\\n' | lure play story.lure\n"
    "\n"
    "Options:\n"
    "  --seed N      seed for random(...) in the scenario (default 1); the same seed replays the same story\n"
    "  --po FILE.po  play in this translation, read straight from the .po file (no build needed);\n"
    "                untranslated, fuzzy or rejected entries show the English (listed before the story;\n"
    "                'lure l10n check FILE.po' explains each)\n"
    "\n"
    "Exit codes: 0 an ending was reached, 1 scenario errors, the input ended before the story did, or\n"
    "the story got stuck, 2 wrong command line.\n";

const char* channel_title(lure::Channel c) {
    switch (c) {
        case lure::Channel::Chat: return "Chat";
        case lure::Channel::Sms: return "SMS";
        case lure::Channel::Email: return "Email";
        case lure::Channel::JobAd: return "Job advert";
        case lure::Channel::SocialPost: return "Social media post";
        case lure::Channel::SocialProfile: return "Social media profile";
        case lure::Channel::WebPage: return "Web page";
        case lure::Channel::Call: return "Phone call";
        case lure::Channel::Narration: return "Narration";
    }
    return "Narration";
}

// Puts the *emphasis* markers back around the rendered spans (the terminal has no italics).
std::string with_emphasis(const std::string& text, const std::vector<lure::Span>& spans) {
    std::string out;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        for (const auto& s : spans) {
            if (s.end == i && s.begin != s.end) out += '*';
            if (s.begin == i && s.begin != s.end) out += '*';
        }
        if (i < text.size()) out += text[i];
    }
    return out;
}

std::string flag_label(const lure::Scenario& sc, const std::string& id) {
    int i = sc.find_flag(id);
    if (i < 0 || sc.flags[static_cast<std::size_t>(i)].label.empty()) return id;
    return sc.flags[static_cast<std::size_t>(i)].label;
}

void print_line(const lure::Scenario& sc, const lure::LineView& line) {
    std::string prefix = line.time.empty() ? "" : "[" + line.time + "] ";
    const std::string text = with_emphasis(line.text, line.emphasis);
    if (line.comment) {  // a comment row under a post
        std::printf("  %s(comment) %s: %s\n", prefix.c_str(), line.commenter.c_str(), text.c_str());
    } else if (line.speaker_id == "narrator" || line.speaker_id.empty()) {
        std::printf("  %s%s\n", prefix.c_str(), text.c_str());
    } else {
        std::string name = line.speaker && !line.speaker->name.empty() ? line.speaker->name : line.speaker_id;
        std::printf("  %s%s: %s\n", prefix.c_str(), name.c_str(), text.c_str());
    }
    if (!line.image.empty()) std::printf("      (picture: %s)\n", line.image.c_str());
    for (const auto& f : line.flags) std::printf("      [!] %s\n", flag_label(sc, f).c_str());
}

void print_node(const lure::Scenario& sc, const lure::NodeView& node) {
    std::string head = std::string(channel_title(node.channel)) + (node.title.empty() ? "" : ": " + node.title);
    std::printf("\n== %s  (node %s)\n", head.c_str(), node.id.c_str());
    for (const auto& [key, value] : node.properties) {  // the addresses and numbers the app shows
        if (!lure::is_address_property(key) || !lure::channel_shows_address(node.channel, key)) continue;
        std::printf("  %s: %s\n", key.c_str(), value.c_str());
        for (const auto& [property, flag] : node.property_flags)
            if (property == key) std::printf("      [!] %s\n", flag_label(sc, flag).c_str());
    }
    std::string counts;  // a post's counts, as the author set them: under the post, above its comments
    for (const auto& [key, value] : node.properties)
        if (lure::is_post_count(key)) counts += (counts.empty() ? "" : " · ") + value + " " + key;
    for (const auto& line : node.lines) {
        if (line.comment && !counts.empty()) std::printf("  (%s)\n", std::exchange(counts, {}).c_str());
        print_line(sc, line);
    }
    if (!counts.empty()) std::printf("  (%s)\n", counts.c_str());
}

void print_choices(const std::vector<lure::ChoiceView>& choices) {
    std::printf("\n");
    int number = 0;
    for (const auto& c : choices) {
        const std::string text = with_emphasis(c.text, c.emphasis);
        if (c.enabled) std::printf("  %d) %s\n", ++number, text.c_str());
        else
            std::printf("  -) %s  (not available: %s)\n", text.c_str(),
                        c.disabled_reason.empty() ? "not now" : c.disabled_reason.c_str());
    }
}

void print_end(const lure::Story& story) {
    const lure::Scenario& sc = story.scenario();
    const lure::NodeView& end = story.current();
    std::printf("\n== The end: %s  (ending %s, after %s)\n", lure::ending_class_name(end.ending), end.id.c_str(),
                plural(story.steps(), "choice", "choices").c_str());
    if (!end.debrief.empty()) {
        std::printf("\nDebrief:\n");
        for (const auto& d : end.debrief) std::printf("  %s\n", with_emphasis(d.text, d.emphasis).c_str());
    }
    const auto& flags = story.flags_seen();
    std::printf("\nRed flags on this route: %s\n", flags.empty() ? "none" : std::to_string(flags.size()).c_str());
    for (const auto& id : flags) {
        int i = sc.find_flag(id);
        std::printf("  [!] %s\n", flag_label(sc, id).c_str());
        if (i < 0) continue;
        const lure::RedFlag& f = sc.flags[static_cast<std::size_t>(i)];
        if (!f.explain.empty()) std::printf("      Why: %s\n", f.explain.c_str());
        if (!f.action.empty()) std::printf("      What to do: %s\n", f.action.c_str());
    }
}

// Reads a choice number (1-based among enabled choices); false on end of input.
bool read_choice(const std::vector<lure::ChoiceView>& choices, std::size_t& index) {
    const bool echo = !isatty(STDIN_FILENO);
    int enabled = 0;
    for (const auto& c : choices) enabled += c.enabled ? 1 : 0;
    for (;;) {
        std::printf("> ");
        std::fflush(stdout);
        std::string line;
        if (!std::getline(std::cin, line)) {
            if (echo) std::printf("\n");
            return false;
        }
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (echo) std::printf("%s\n", line.c_str());
        char* end = nullptr;
        long n = std::strtol(line.c_str(), &end, 10);
        if (line.empty() || *end != '\0' || n < 1 || n > enabled) {
            if (enabled == 1) std::printf("Type 1 (the only choice here).\n");
            else std::printf("Type a number from 1 to %d.\n", enabled);
            continue;
        }
        int seen = 0;
        for (std::size_t i = 0; i < choices.size(); ++i)
            if (choices[i].enabled && ++seen == n) {
                index = i;
                return true;
            }
    }
}

int run(const std::vector<std::string>& raw) {
    auto args = parse_args("play", raw, {{"--seed", true}, {"--po", true}});
    if (!args) return kExitUsage;
    if (args->files.size() != 1) return usage_error("play", "give exactly one scenario file");
    auto seed = int_option("play", *args, "--seed", 1);
    if (!seed) return kExitUsage;

    const std::string& file = args->files[0];
    lure::ParseResult loaded;
    if (!load_clean(file, loaded, "lure play: fix the errors above first (lure validate " + file + ")"))
        return kExitFailed;
    lure::LocalizeResult translated;
    if (args->has("--po")) {
        const std::string po_path = args->get("--po");
        auto po_text = read_file(po_path);
        if (!po_text) {
            std::fprintf(stderr, "lure play: cannot read '%s'\n", po_path.c_str());
            return kExitFailed;
        }
        std::vector<lure::Diagnostic> warnings;
        lure::Catalog catalog;
        if (!catalog.load_po(*po_text, po_path, warnings)) {
            print_diagnostics(stderr, warnings);
            std::fprintf(stderr, "lure play: fix the .po file first (lure l10n check %s)\n", po_path.c_str());
            return kExitFailed;
        }
        // What the game leaves in English and why, at file:line:column (the same as lure l10n check).
        const std::vector<lure::L10nEntry> entries = lure::l10n_entries(loaded.scenario);
        for (lure::Diagnostic& d : lure::check_po(lure::parse_po(*po_text), po_path, &entries))
            warnings.push_back(std::move(d));
        print_diagnostics(stderr, sorted_unique(std::move(warnings)));
        translated = lure::localize(loaded.scenario, catalog);
        const lure::L10nCoverage& c = translated.coverage;
        std::fprintf(stderr, "lure play: %s: %d of %d texts translated (%d%%)%s\n", po_path.c_str(), c.translated,
                     c.total, static_cast<int>(c.percent()),
                     c.translated < c.total ? "; the others are shown in English" : "");
        loaded.scenario = std::move(translated.scenario);
    }
    const lure::Scenario& sc = loaded.scenario;
    std::printf("%s", sc.header.title.empty() ? file.c_str() : sc.header.title.c_str());
    if (!sc.header.persona.name.empty())
        std::printf(" (you are %s, %d: %s)", sc.header.persona.name.c_str(), sc.header.persona.age,
                    sc.header.persona.situation.c_str());
    std::printf("\n");

    lure::Story story(sc);
    story.start(static_cast<std::uint64_t>(*seed));
    for (;;) {
        for (const lure::NodeView* node : story.step_nodes()) print_node(sc, *node);
        if (!story.runtime_errors().empty()) {
            for (const auto& e : story.runtime_errors()) std::fprintf(stderr, "lure play: %s\n", e.c_str());
            return kExitFailed;
        }
        if (story.is_ended()) {
            print_end(story);
            return kExitOk;
        }
        if (story.is_stuck()) {
            std::fprintf(stderr,
                         "lure play: the story is stuck in node '%s': no choice is available and there is no "
                         "fallback (see lure paths %s)\n",
                         story.current().id.c_str(), file.c_str());
            return kExitFailed;
        }
        print_choices(story.choices());
        std::size_t index = 0;
        if (!read_choice(story.choices(), index)) {
            std::fprintf(stderr, "lure play: the input ended before the story did (in node '%s', after %s)\n",
                         story.current().id.c_str(), plural(story.steps(), "choice", "choices").c_str());
            return kExitFailed;
        }
        story.choose(index);
    }
}

}  // namespace

extern const Command play_command = {"play", "play the scenario in the terminal (choices can be piped)", kHelp, run};

}  // namespace cli
