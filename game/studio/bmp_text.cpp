// BmpMapping: UTF-8 decoding/encoding and the private-use stand-ins (see bmp_text.h).
#include "studio/bmp_text.h"

#include <algorithm>

namespace lureproof {

namespace {

constexpr char32_t kFirst = 0xE000, kLast = 0xF8FF;  // the BMP's private-use area

// Decodes one code point at `i` (advancing it); invalid bytes come back as themselves (< 0x100)
// with `raw` set, so they are copied unchanged.
char32_t decode(const std::string& s, size_t& i, bool& raw) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  raw = false;
  int extra = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
  if (extra < 0 || i + size_t(extra) >= s.size() + (extra == 0 ? 1 : 0)) {
    raw = extra != 0;
    ++i;
    return c;
  }
  char32_t cp = extra == 0 ? c : extra == 1 ? (c & 0x1F) : extra == 2 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k <= extra; ++k) {
    if ((b(i + size_t(k)) & 0xC0) != 0x80) {
      raw = true;
      ++i;
      return c;
    }
    cp = (cp << 6) | (b(i + size_t(k)) & 0x3F);
  }
  i += size_t(extra) + 1;
  return cp;
}

void encode(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
    out += char(0xC0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xF0 | (cp >> 18));
    out += char(0x80 | ((cp >> 12) & 0x3F));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}

}  // namespace

std::string BmpMapping::to_widget(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const size_t start = i;
    bool raw = false;
    const char32_t cp = decode(text, i, raw);
    if (raw || (cp < kFirst) || (cp > kLast && cp <= 0xFFFF)) {
      out.append(text, start, i - start);
      continue;
    }
    auto it = std::find(table_.begin(), table_.end(), cp);
    size_t index = size_t(it - table_.begin());
    if (it == table_.end()) {
      if (table_.size() > size_t(kLast - kFirst)) {  // table full (thousands of emoji): keep as is
        out.append(text, start, i - start);
        continue;
      }
      table_.push_back(cp);
    }
    encode(kFirst + char32_t(index), out);
  }
  return out;
}

std::string BmpMapping::from_widget(const std::string& widget) const {
  std::string out;
  out.reserve(widget.size() + widget.size() / 8);
  for (size_t i = 0; i < widget.size();) {
    const size_t start = i;
    bool raw = false;
    const char32_t cp = decode(widget, i, raw);
    if (!raw && cp >= kFirst && cp <= kLast && size_t(cp - kFirst) < table_.size())
      encode(table_[size_t(cp - kFirst)], out);
    else out.append(widget, start, i - start);
  }
  return out;
}

}  // namespace lureproof
