// Message text: `{expr}` interpolation, `*emphasis*`, backslash escapes, and trailing `#tags`.
#include "text_markup.h"

#include "lure/expression.h"
#include "lure/parser.h"
#include "text_utils.h"

namespace lure {

namespace {
constexpr std::string_view kKnownTags[] = {"line",  "flag",  "delay", "typing", "pause",
                                           "image", "sound", "time",  "fact"};

SourceLoc advance(SourceLoc loc, std::string_view text, std::size_t offset) {
    loc.column += text::codepoints(text.substr(0, offset));
    return loc;
}

// A token "#key" or "#key:value" that counts as a tag (rather than a #hashtag in the text).
bool is_tag_token(std::string_view token) {
    if (token.size() < 2 || token[0] != '#' ||
        !((token[1] >= 'a' && token[1] <= 'z') || (token[1] >= 'A' && token[1] <= 'Z')))
        return false;
    std::size_t colon = token.find(':');
    std::string_view key = token.substr(1, colon == std::string_view::npos ? std::string_view::npos : colon - 1);
    for (char c : key)
        if (!(text::is_ident_char(c) || c == '-')) return false;
    return colon != std::string_view::npos || is_known_tag(key);
}
}  // namespace

bool is_known_tag(std::string_view key) {
    for (auto k : kKnownTags)
        if (k == key) return true;
    return false;
}

SplitTags split_trailing_tags(std::string_view line) {
    line = text::trim_right(line);
    std::size_t end = line.size();
    std::size_t tags_begin = line.size();
    while (end > 0) {
        std::size_t start = end;
        while (start > 0 && !text::is_space(line[start - 1])) --start;
        std::string_view token = line.substr(start, end - start);
        if (!is_tag_token(token)) break;
        tags_begin = start;
        end = start;
        while (end > 0 && text::is_space(line[end - 1])) --end;
    }
    SplitTags r;
    r.body = text::trim_right(line.substr(0, tags_begin));
    r.tags_begin = tags_begin;
    return r;
}

std::vector<Tag> parse_tags(std::string_view tag_part, SourceLoc loc, DiagnosticSink& sink) {
    std::vector<Tag> tags;
    std::size_t i = 0;
    while (i < tag_part.size()) {
        while (i < tag_part.size() && text::is_space(tag_part[i])) ++i;
        std::size_t start = i;
        while (i < tag_part.size() && !text::is_space(tag_part[i])) ++i;
        if (start == i) break;
        std::string_view token = tag_part.substr(start + 1, i - start - 1);
        Tag tag;
        std::size_t colon = token.find(':');
        tag.key = std::string(token.substr(0, colon));
        tag.value = colon == std::string_view::npos ? std::string() : std::string(token.substr(colon + 1));
        tag.loc = advance(loc, tag_part, start);
        if (!is_known_tag(tag.key))
            sink.add("LP121", "unknown tag '#" + tag.key + "'; it is passed to the host unchanged", tag.loc,
                     "known tags: #line #flag #delay #typing #pause #image #sound #time");
        tags.push_back(std::move(tag));
    }
    return tags;
}

Text parse_text(std::string_view raw, SourceLoc loc, Scenario& scenario, DiagnosticSink& sink) {
    Text out;
    out.raw = std::string(raw);
    std::string literal;
    auto flush = [&] {
        if (!literal.empty()) {
            out.pieces.push_back({TextPiece::Kind::Literal, literal, -1});
            literal.clear();
        }
    };
    bool emphasis = false;
    SourceLoc emphasis_loc;
    std::size_t i = 0, n = raw.size();
    // Position of the last '*' that could close emphasis (preceded by a non-space, not escaped):
    // an opening '*' at i is real only if such a closer exists after i + 1 (keeps this linear).
    std::size_t last_closer = std::string_view::npos;
    for (std::size_t k = 1; k < n; ++k) {
        if (raw[k - 1] == '\\') {
            ++k;
            continue;
        }
        if (raw[k] == '*' && !text::is_space(raw[k - 1])) last_closer = k;
    }
    while (i < n) {
        char c = raw[i];
        if (c == '\\' && i + 1 < n &&
            (raw[i + 1] == '{' || raw[i + 1] == '}' || raw[i + 1] == '*' || raw[i + 1] == '#' || raw[i + 1] == '\\')) {
            literal += raw[i + 1];
            i += 2;
            continue;
        }
        if (c == '{') {
            std::size_t close = raw.find('}', i + 1);
            if (close == std::string_view::npos) {
                sink.add("LP128", "'{' starts an interpolation that is never closed", advance(loc, raw, i),
                         "close it with '}' or write \\{ for a literal brace");
                literal += raw.substr(i);
                break;
            }
            std::string_view inner = raw.substr(i + 1, close - i - 1);
            SourceLoc inner_loc = advance(loc, raw, i + 1);
            ExprParseResult r = parse_expression(inner, inner_loc, scenario, false);
            if (!r.ok) {
                bool unterminated = r.error.rfind("unterminated string", 0) == 0;
                sink.add(unterminated ? "LP123" : "LP122", r.error,
                         advance(inner_loc, inner, static_cast<std::size_t>(r.error_offset)),
                         "interpolation looks like {savings} or {visits(chat)}");
            } else {
                flush();
                out.pieces.push_back({TextPiece::Kind::Interpolation, "", r.root});
            }
            i = close + 1;
            continue;
        }
        if (c == '*') {
            bool next_solid = i + 1 < n && !text::is_space(raw[i + 1]) && raw[i + 1] != '*';
            bool prev_solid = i > 0 && !text::is_space(raw[i - 1]);
            if (emphasis && prev_solid) {
                flush();
                out.pieces.push_back({TextPiece::Kind::EmphasisOff, "", -1});
                emphasis = false;
                ++i;
                continue;
            }
            if (!emphasis && next_solid) {
                // Opening marker only if a closing one follows.
                if (last_closer != std::string_view::npos && last_closer >= i + 2) {
                    flush();
                    out.pieces.push_back({TextPiece::Kind::EmphasisOn, "", -1});
                    emphasis = true;
                    emphasis_loc = advance(loc, raw, i);
                    ++i;
                    continue;
                }
                sink.add("LP129", "'*' starts emphasis that is never closed; it is shown as a literal '*'",
                         advance(loc, raw, i), "write *word* for emphasis or \\* for a literal asterisk");
            }
        }
        literal += c;
        ++i;
    }
    flush();
    if (emphasis) {
        // Cannot happen (an opening marker requires a closing one) but keep the model balanced.
        out.pieces.push_back({TextPiece::Kind::EmphasisOff, "", -1});
        (void)emphasis_loc;
    }
    return out;
}

}  // namespace lure
