// A social post's counts and comment rows (lure/social_post.h).
#include "lure/social_post.h"

#include "text_utils.h"

namespace lure {

bool is_post_count(std::string_view key) { return key == "reactions" || key == "comments" || key == "shares"; }

bool parse_post_count(std::string_view value, long long& count) {
    return text::parse_small_int(value, kMaxPostCount, count);
}

CommentParts split_comment(std::string_view value) {
    const std::size_t colon = value.find(':');
    if (colon == std::string_view::npos) return {{}, text::trim(value)};
    return {text::trim(value.substr(0, colon)), text::trim(value.substr(colon + 1))};
}

}  // namespace lure
