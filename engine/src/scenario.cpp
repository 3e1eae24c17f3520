// Name tables for channels, endings and flag categories, and Scenario look-ups.
#include "lure/scenario.h"

namespace lure {

namespace {
struct ChannelName {
    Channel channel;
    const char* name;
};
constexpr ChannelName kChannels[] = {
    {Channel::Chat, "chat"},
    {Channel::Sms, "sms"},
    {Channel::Email, "email"},
    {Channel::JobAd, "job-ad"},
    {Channel::SocialPost, "social-post"},
    {Channel::SocialProfile, "social-profile"},
    {Channel::WebPage, "web-page"},
    {Channel::Call, "call"},
    {Channel::Narration, "narration"},
};
}  // namespace

const char* channel_name(Channel c) {
    for (const auto& entry : kChannels)
        if (entry.channel == c) return entry.name;
    return "narration";
}

std::optional<Channel> channel_from_name(std::string_view name) {
    for (const auto& entry : kChannels)
        if (name == entry.name) return entry.channel;
    return std::nullopt;
}

const char* ending_class_name(EndingClass e) {
    switch (e) {
        case EndingClass::Safe: return "safe";
        case EndingClass::Harmed: return "harmed";
        case EndingClass::GotHelp: return "got-help";
        default: return "none";
    }
}

std::optional<EndingClass> ending_class_from_name(std::string_view name) {
    if (name == "safe") return EndingClass::Safe;
    if (name == "harmed") return EndingClass::Harmed;
    if (name == "got-help") return EndingClass::GotHelp;
    return std::nullopt;
}

const std::vector<std::string>& flag_categories() {
    static const std::vector<std::string> categories = {
        "too-good-to-be-true",     "fees-or-debt",        "documents",    "secrecy",   "pressure",
        "travel-arranged-by-them", "intimate-images",     "route-change", "isolation", "vague-job",
        "unsolicited-contact",     "online-only-romance", "no-contract",
    };
    return categories;
}

bool parse_audience(std::string_view text, int& age) {
    if (text.size() < 2 || text.size() > 3 || text.back() != '+') return false;
    int value = 0;
    for (char c : text.substr(0, text.size() - 1)) {
        if (c < '0' || c > '9') return false;
        value = value * 10 + (c - '0');
    }
    if (value < 1 || text[0] == '0') return false;
    age = value;
    return true;
}

const std::string& outcome_name(const Header& h) { return h.at_risk.empty() ? h.persona.name : h.at_risk; }

namespace {
template <class T>
int find_by_id(const std::vector<T>& items, std::string_view id) {
    for (std::size_t i = 0; i < items.size(); ++i)
        if (items[i].id == id) return static_cast<int>(i);
    return -1;
}
}  // namespace

int Scenario::find_node(std::string_view id) const { return find_by_id(nodes, id); }
int Scenario::find_variable(std::string_view id) const { return find_by_id(variables, id); }
int Scenario::find_character(std::string_view id) const { return find_by_id(characters, id); }
int Scenario::find_flag(std::string_view id) const { return find_by_id(flags, id); }

const std::string& Scenario::file_name(const SourceLoc& loc) const {
    static const std::string empty;
    if (loc.file < 0 || static_cast<std::size_t>(loc.file) >= files.size()) return empty;
    return files[static_cast<std::size_t>(loc.file)];
}

}  // namespace lure
