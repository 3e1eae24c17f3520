// A social post's own parts: its counts (`reactions:`, `comments:`, `shares:`, set by the author and
// never invented) and its comment rows (`comment: Name: text`), which only a [social-post] node shows.
#pragma once

#include <cstddef>
#include <string_view>

namespace lure {

// `reactions`, `comments`, `shares`: the counts a feed shows under a post.
bool is_post_count(std::string_view key);
// The largest count a post may state (LP144 above it).
constexpr long long kMaxPostCount = 999'999'999;
// A count written with digits only, from 0 to kMaxPostCount (`143`, not `1,200`, `1.2K` or `-3`).
bool parse_post_count(std::string_view value, long long& count);

// `comment: Anca P.: DM me, I did it last year` -> name "Anca P.", text "DM me, I did it last year"
// (both trimmed views into `value`). The name runs to the first ':'; either part may come back empty
// (LP155 says what is missing).
struct CommentParts {
    std::string_view name, text;
};
CommentParts split_comment(std::string_view value);

}  // namespace lure
