// json_positions: nlohmann's SAX parser reads through an iterator that counts the bytes consumed, so
// each event knows how far the text has been read; see json_positions.h.
#include "json_positions.h"

#include <iterator>
#include <vector>

#include <nlohmann/json.hpp>

namespace cli {

namespace {

// A const char* that also tells a shared counter how far it has got.
struct CountingIterator {
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    const char* at = nullptr;
    const char** furthest = nullptr;

    reference operator*() const { return *at; }
    CountingIterator& operator++() {
        ++at;
        if (at > *furthest) *furthest = at;
        return *this;
    }
    bool operator==(const CountingIterator& o) const { return at == o.at; }
    bool operator!=(const CountingIterator& o) const { return at != o.at; }
};

std::string escape_pointer_token(const std::string& key) {
    std::string out;
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

class PositionRecorder {
public:
    using json = nlohmann::json;
    PositionRecorder(const std::string& text, const char** furthest, JsonPositions& out)
        : text_(text), furthest_(furthest), out_(out) {}

    bool null() { return value(); }
    bool boolean(bool) { return value(); }
    bool number_integer(json::number_integer_t) { return value(); }
    bool number_unsigned(json::number_unsigned_t) { return value(); }
    bool number_float(json::number_float_t, const json::string_t&) { return value(); }
    bool string(json::string_t&) { return value(); }
    bool binary(json::binary_t&) { return value(); }
    bool start_object(std::size_t) { return open(false); }
    bool end_object() { return close(); }
    bool start_array(std::size_t) { return open(true); }
    bool end_array() { return close(); }
    bool key(json::string_t& name) {
        // Read up to the key's closing quote: its value starts after the ':' and any white space.
        std::size_t at = consumed();
        while (at < text_.size() &&
               (text_[at] == ':' || text_[at] == ' ' || text_[at] == '\t' || text_[at] == '\n' || text_[at] == '\r'))
            ++at;
        pending_ = Pending{stack_.back().path + "/" + escape_pointer_token(name), at};
        return true;
    }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) {
        out_.error_offset = position == 0 ? 0 : position - 1;  // nlohmann counts the byte read, from 1
        out_.error = e.what();
        return false;
    }

private:
    struct Level {
        std::string path;
        bool array = false;
        std::size_t next_index = 0;
    };
    struct Pending {
        std::string path;
        std::size_t offset = 0;
    };

    std::size_t consumed() const { return static_cast<std::size_t>(*furthest_ - text_.data()); }
    // The path and start of the value whose first event this is.
    Pending here(bool opening) {
        if (stack_.empty()) return {"", first_value_offset(opening)};
        Level& top = stack_.back();
        if (top.array) return {top.path + "/" + std::to_string(top.next_index++), first_value_offset(opening)};
        return pending_;
    }
    // A scalar in an array is only seen once read; '{' or '[' has just been read. Either way, search
    // back over the token for where it began (good enough for a column).
    std::size_t first_value_offset(bool opening) const {
        std::size_t end = consumed();
        if (opening) return end == 0 ? 0 : end - 1;
        std::size_t at = end;
        while (at > 0 && text_[at - 1] != ',' && text_[at - 1] != '[' && text_[at - 1] != ':') --at;
        while (at < end && (text_[at] == ' ' || text_[at] == '\t' || text_[at] == '\n' || text_[at] == '\r')) ++at;
        return at;
    }
    bool value() {
        const Pending p = here(false);
        out_.values[p.path] = p.offset;
        return true;
    }
    bool open(bool array) {
        const Pending p = here(true);
        out_.values[p.path] = p.offset;
        stack_.push_back({p.path, array, 0});
        return true;
    }
    bool close() {
        stack_.pop_back();
        return true;
    }

    const std::string& text_;
    const char** furthest_;
    JsonPositions& out_;
    std::vector<Level> stack_;
    Pending pending_;
};

}  // namespace

JsonPositions json_positions(const std::string& text) {
    JsonPositions out;
    const char* furthest = text.data();
    PositionRecorder recorder(text, &furthest, out);
    CountingIterator first{text.data(), &furthest}, last{text.data() + text.size(), &furthest};
    out.valid = nlohmann::json::sax_parse(first, last, &recorder);
    return out;
}

TextPosition text_position(const std::string& text, std::size_t offset) {
    TextPosition p;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++p.column;  // a character's first byte (UTF-8)
        }
    }
    return p;
}

}  // namespace cli
