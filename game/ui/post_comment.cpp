// A comment row under a social post (`comment: Name: text`): the commenter's avatar, their name in
// bold and the words in a rounded box, as feeds draw them, with the row's red-flag marker.
#include "ui/phone.h"
#include "l10n/tr.h"

#include "ui/avatar.h"
#include "ui/rich_text.h"
#include "ui/ui_trace.h"
#include "ui/widgets.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace lureproof {

namespace {

// The first character (UTF-8) of `word`.
std::string first_character(std::string_view word) {
  size_t n = 1;
  while (n < word.size() && (static_cast<unsigned char>(word[n]) & 0xC0) == 0x80) ++n;
  return std::string(word.substr(0, std::min(n, word.size())));
}

// A commenter who is no character: initials from the first and last word of the name, on a calm
// colour chosen by the name (the same name always gets the same colour).
lure::Character named_commenter(const std::string& name) {
  lure::Character c;
  c.name = name;
  std::string_view n = name;
  const size_t first = n.find_first_not_of(' ');
  if (first != std::string_view::npos) {
    c.initials = first_character(n.substr(first));
    const size_t last = n.find_last_of(' ');
    if (last != std::string_view::npos && last > first && last + 1 < n.size())
      c.initials += first_character(n.substr(last + 1));
  }
  static const char* const kColours[] = {"#5b7c99", "#7a6a9e", "#4f8a72", "#9a6b4f", "#6b8e23", "#8a5a7a"};
  unsigned h = 2166136261u;
  for (unsigned char ch : name) h = (h ^ ch) * 16777619u;
  c.colour = kColours[h % (sizeof kColours / sizeof kColours[0])];
  return c;
}

// The row's flag button: the same button as a field's, with the row's id and mark.
bool comment_marker(ImVec2 c, const MessageBlock& m, const std::string& spoken, const Theme& theme) {
  PhoneField as_field;
  as_field.id = m.id;
  as_field.marked = m.marked;
  return field_marker(c, as_field, spoken, theme);
}

}  // namespace

float draw_comment(ImDrawList* dl, ImVec2 pos, float width, const MessageBlock& m, const Theme& theme,
                   bool& mark_pressed) {
  const Palette& p = theme.palette();
  const lure::LineView& l = *m.line;
  const float pad = theme.sp(space::m);
  const float marker = m.markable ? theme.sp(56.f) : 0.f;
  const float slide = (1.f - m.appear) * theme.sp(16.f);
  ImFont* body = theme.fonts().body;
  ImFont* bold = theme.fonts().body_bold;
  // TRANSLATORS: who wrote a comment under a post, read by the accessible mirror; %s is a name.
  const std::string by = tr_format(tr("Comment by %s"), l.commenter.c_str());
  if (tracing_accessible()) trace_message("msg:" + m.id, by, l.text);
  const TraceQuiet quiet;
  auto alpha = [&](ImU32 c) { return with_alpha(c, m.appear); };

  const lure::Character named = named_commenter(l.commenter);
  const lure::Character* who = l.speaker ? l.speaker : &named;
  const float r = theme.sp(16.f);
  const float x = pos.x + pad + r * 2 + theme.sp(8.f), top = pos.y + theme.sp(4.f) + slide;
  const float inner = theme.sp(12.f), max_w = width - (x - pos.x) - pad - marker;
  const RichLayout lay = layout_rich(rich_runs(l.text, l.emphasis), body, bold, max_w - inner * 2);
  const ImVec2 name_size = text_size(bold, l.commenter, max_w - inner * 2);
  const float bw = std::max(lay.size.x, name_size.x) + inner * 2;
  const ImVec2 a(x, top), b(x + bw, top + inner * 0.6f + name_size.y + theme.sp(2.f) + lay.size.y + inner * 0.6f);
  dl->AddRectFilled(a, b, alpha(p.bubble_in), theme.sp(14.f));
  if (theme.high_contrast()) dl->AddRect(a, b, p.card_border, theme.sp(14.f), 0, theme.sp(2.f));
  if (m.marked) dl->AddRect(a, b, p.flag, theme.sp(14.f), 0, theme.sp(2.5f));
  float ty = a.y + inner * 0.6f;
  ty += text_at(dl, bold, ImVec2(a.x + inner, ty), alpha(p.bubble_in_text), l.commenter, max_w - inner * 2);
  ty += theme.sp(2.f);
  draw_rich(dl, lay, body, bold, ImVec2(a.x + inner, ty), alpha(p.bubble_in_text));
  draw_avatar(dl, ImVec2(pos.x + pad + r, a.y + r), r, who, theme, m.base_dir);
  float height = b.y - pos.y + theme.sp(6.f);
  if (m.markable && comment_marker(ImVec2(std::min(b.x + marker * 0.5f + theme.sp(4.f), pos.x + width - marker * 0.5f),
                                          (a.y + b.y) * 0.5f),
                                   m, by + ": " + l.text, theme))
    mark_pressed = true;
  if (m.marked)
    height += draw_mark_result(dl, ImVec2(x, pos.y + height), width - (x - pos.x) - pad, m, theme) + theme.sp(10.f);
  return height;
}

}  // namespace lureproof
