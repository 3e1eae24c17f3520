// Phone drawing: frame, status bar, per-channel app bars and headers, message blocks, flag markers.
#include "ui/phone.h"
#include "l10n/tr.h"

#include "journey/display_text.h"
#include "ui/avatar.h"
#include "ui/icons.h"
#include "ui/rich_text.h"
#include "ui/text_layout.h"
#include "ui/ui_trace.h"
#include "ui/widgets.h"

#include <algorithm>

namespace lureproof {

namespace {

using lure::Channel;

bool is_messenger(Channel c) { return c == Channel::Chat || c == Channel::Sms; }

const char* app_label(Channel c) {
  switch (c) {
    // TRANSLATORS: names of the phone's apps, shown in the app bar.
    case Channel::Chat: return tr("Messages");
    case Channel::Sms: return tr("SMS");
    case Channel::Email: return tr("Mail");
    case Channel::JobAd: return tr("Job board");
    case Channel::SocialPost: return tr("Feed");
    case Channel::SocialProfile: return tr("Profile");
    case Channel::WebPage: return tr("Browser");
    case Channel::Call: return tr("Call");
    case Channel::Narration: return "";
  }
  return "";
}

// App bar colour per channel: each app has its own identity, calm and with white text on it.
ImU32 app_colour(Channel c, const Theme& theme) {
  if (theme.high_contrast()) return theme.palette().app_bar;
  switch (c) {
    case Channel::Chat: return IM_COL32(40, 92, 160, 255);
    case Channel::Sms: return IM_COL32(46, 125, 96, 255);
    case Channel::Email: return IM_COL32(176, 58, 46, 255);
    case Channel::JobAd: return IM_COL32(24, 110, 140, 255);
    case Channel::SocialPost:
    case Channel::SocialProfile: return IM_COL32(88, 66, 160, 255);
    case Channel::WebPage: return IM_COL32(70, 76, 92, 255);
    case Channel::Call: return IM_COL32(22, 28, 44, 255);
    case Channel::Narration: return IM_COL32(52, 46, 82, 255);
  }
  return theme.palette().app_bar;
}

std::string speaker_name(const lure::LineView& l) {
  if (!l.speaker) return "";
  if (l.speaker_id == "you") return tr("You");
  return l.speaker->name.empty() ? l.speaker_id : l.speaker->name;
}

}  // namespace

const std::string* PhoneApp::property(const std::string& key) const {
  for (const auto& [k, v] : properties)
    if (k == key) return &v;
  return nullptr;
}

int draw_phone(ImDrawList* dl, ImVec2 pos, ImVec2 size, const PhoneApp& app, const Theme& theme, ImVec2& cmin,
               ImVec2& cmax) {
  int field_pressed = -1;
  const Palette& p = theme.palette();
  const float bezel = theme.sp(10.f);
  const float r = std::min(theme.sp(44.f), size.x * 0.12f);
  const ImVec2 b(pos.x + size.x, pos.y + size.y);
  // Soft shadow, body, screen.
  for (int i = 3; i >= 1; --i) {
    const float g = theme.sp(6.f) * float(i);
    dl->AddRectFilled(ImVec2(pos.x - g * 0.5f, pos.y + g * 0.6f), ImVec2(b.x + g * 0.5f, b.y + g),
                      IM_COL32(0, 0, 0, 18), r + g);
  }
  dl->AddRectFilled(pos, b, theme.high_contrast() ? IM_COL32(0, 0, 0, 255) : IM_COL32(14, 16, 24, 255), r);
  dl->AddRect(pos, b, theme.high_contrast() ? p.card_border : IM_COL32(70, 76, 96, 255), r, 0, theme.sp(2.f));
  const ImVec2 sa(pos.x + bezel, pos.y + bezel), sb(b.x - bezel, b.y - bezel);
  const ImU32 bg =
      app.channel == Channel::Call || app.channel == Channel::Narration ? app_colour(app.channel, theme) : p.surface;
  dl->AddRectFilled(sa, sb, bg, r - bezel);
  // Status bar: time, signal bars and battery, drawn small. Both bars grow with the visitor's text
  // size: the clock fits the status bar, and the app bar holds a title on two lines a text step smaller
  // (below) rather than cutting it.
  ImFont* small = theme.fonts().small;
  const float status_h = std::max(theme.sp(30.f), theme.sp(8.f) + small->FontSize * 0.85f);
  const ImU32 bar = app_colour(app.channel, theme);
  const float two_title_lines = theme.fonts().body_bold->FontSize * kButtonTextStep * 1.05f * 2.f + theme.sp(6.f);
  const float app_h = app.channel == Channel::Narration ? 0.f : std::max(theme.sp(60.f), two_title_lines);
  dl->AddRectFilled(sa, ImVec2(sb.x, sa.y + status_h + app_h), bar, r - bezel, ImDrawFlags_RoundCornersTop);
  const ImU32 on_bar = IM_COL32(255, 255, 255, 235);
  draw_line(dl, small, small->FontSize * 0.85f, ImVec2(sa.x + theme.sp(26.f), sa.y + theme.sp(5.f)), on_bar, "9:41");
  if (tracing_layout())
    trace_text_box(
        dl, "9:41",
        wrapped_lines(small, small->FontSize * 0.85f, ImVec2(sa.x + theme.sp(26.f), sa.y + theme.sp(5.f)), "9:41"));
  for (int i = 0; i < 4; ++i) {
    const float h = theme.sp(4.f + 3.f * i), x = sb.x - theme.sp(86.f) + theme.sp(7.f) * i;
    dl->AddRectFilled(ImVec2(x, sa.y + theme.sp(20.f) - h), ImVec2(x + theme.sp(4.f), sa.y + theme.sp(20.f)), on_bar,
                      1.f);
  }
  dl->AddRect(ImVec2(sb.x - theme.sp(50.f), sa.y + theme.sp(8.f)), ImVec2(sb.x - theme.sp(24.f), sa.y + theme.sp(21.f)),
              on_bar, theme.sp(3.f), 0, theme.sp(1.5f));
  dl->AddRectFilled(ImVec2(sb.x - theme.sp(48.f), sa.y + theme.sp(10.f)),
                    ImVec2(sb.x - theme.sp(32.f), sa.y + theme.sp(19.f)), on_bar, theme.sp(2.f));
  // Camera notch.
  dl->AddRectFilled(ImVec2((sa.x + sb.x) * 0.5f - theme.sp(40.f), sa.y),
                    ImVec2((sa.x + sb.x) * 0.5f + theme.sp(40.f), sa.y + theme.sp(18.f)), IM_COL32(14, 16, 24, 255),
                    theme.sp(9.f), ImDrawFlags_RoundCornersBottom);
  const PhoneField* bar_field = nullptr;  // the address or number the app bar shows (url, a messenger's number)
  for (const PhoneField& f : app.fields)
    if (f.key == "url" || (f.key == "number" && is_messenger(app.channel))) bar_field = &f;
  if (app_h > 0.f) {
    float cy = sa.y + status_h + app_h * 0.5f;
    float x = sa.x + theme.sp(18.f);
    float right = sb.x - theme.sp(16.f);
    ImFont* bold = theme.fonts().body_bold;
    std::string title = app.title;
    if (bar_field) {  // its flag button at the bar's right end
      const float m = theme.sp(28.f);
      if (field_marker(ImVec2(sb.x - m, cy), *bar_field, bar_field->value, theme))
        field_pressed = int(bar_field - app.fields.data());
      right = sb.x - m * 2.f;
    }
    if (is_messenger(app.channel) || app.channel == Channel::Call) {
      if (app.contact) {
        draw_avatar(dl, ImVec2(x + theme.sp(20.f), cy), theme.sp(20.f), app.contact, theme, app.base_dir);
        x += theme.sp(50.f);
        if (title.empty()) title = app.contact->name;
      }
      if (bar_field) {  // the sender's number under the name, as a messenger shows a number it knows
        if (title.empty()) title = bar_field->value;
        else {
          ImFont* small = theme.fonts().small;
          cy -= small->FontSize * 0.5f;
          draw_address(dl, ImVec2(x, cy + bold->FontSize * 0.45f), bar_field->value, small, small, on_bar,
                       with_alpha(on_bar, 0.8f), right - x);
          if (tracing_accessible()) trace_message("field:number", tr("Number"), bar_field->value);
        }
      }
    } else if (app.channel == Channel::WebPage) {
      // An address bar: a padlock (every page has one: the connection is encrypted, whoever is at the
      // other end), then the address with its domain set apart.
      const ImVec2 ua(sa.x + theme.sp(10.f), cy - theme.sp(19.f)), ub(right, cy + theme.sp(19.f));
      dl->AddRectFilled(ua, ub, IM_COL32(255, 255, 255, 40), theme.sp(19.f));
      x = ua.x + theme.sp(16.f);
      const ImVec2 lock(x + theme.sp(6.f), cy + theme.sp(2.f));
      dl->AddRectFilled(ImVec2(lock.x - theme.sp(6.f), lock.y - theme.sp(3.f)),
                        ImVec2(lock.x + theme.sp(6.f), lock.y + theme.sp(7.f)), on_bar, theme.sp(2.f));
      dl->PathArcTo(ImVec2(lock.x, lock.y - theme.sp(4.f)), theme.sp(4.f), 3.14159265f, 6.28318531f, 10);
      dl->PathStroke(on_bar, 0, theme.sp(2.f));
      dl->AddLine(ImVec2(lock.x - theme.sp(4.f), lock.y - theme.sp(4.f)),
                  ImVec2(lock.x - theme.sp(4.f), lock.y - theme.sp(2.f)), on_bar, theme.sp(2.f));
      dl->AddLine(ImVec2(lock.x + theme.sp(4.f), lock.y - theme.sp(4.f)),
                  ImVec2(lock.x + theme.sp(4.f), lock.y - theme.sp(2.f)), on_bar, theme.sp(2.f));
      x += theme.sp(22.f);
      if (bar_field) {
        draw_address(dl, ImVec2(x, cy - bold->FontSize * 0.58f), bar_field->value, theme.fonts().body, bold,
                     IM_COL32(255, 255, 255, 255), IM_COL32(255, 255, 255, 185), ub.x - x - theme.sp(12.f));
        if (tracing_accessible()) trace_message("field:url", tr("Address"), bar_field->value);
        title.clear();  // the page's title is its heading (draw_app_header)
      }
    } else if (app.channel == Channel::Email) {
      // Envelope.
      const ImVec2 ea(x, cy - theme.sp(11.f)), eb(x + theme.sp(30.f), cy + theme.sp(11.f));
      dl->AddRect(ea, eb, on_bar, theme.sp(3.f), 0, theme.sp(2.f));
      dl->AddLine(ea, ImVec2((ea.x + eb.x) * 0.5f, cy + theme.sp(2.f)), on_bar, theme.sp(2.f));
      dl->AddLine(ImVec2(eb.x, ea.y), ImVec2((ea.x + eb.x) * 0.5f, cy + theme.sp(2.f)), on_bar, theme.sp(2.f));
      x += theme.sp(44.f);
    }
    if (title.empty() && !(app.channel == Channel::WebPage && bar_field)) title = app_label(app.channel);
    std::string t = displayable(title);
    const float avail = right - x;
    // A title too long for one line is drawn a text step smaller, on two lines if need be when the
    // bar has the height for them (not with a number under it); else it is shortened with "…".
    const float step = bold->FontSize * kButtonTextStep;
    const TextBlock two = layout_text(bold, step, t, avail, 1.05f);
    if (text_width(bold, bold->FontSize, t) > avail && !bar_field && two.lines.size() <= 2 && !two.broken_word &&
        two.size.y <= app_h - theme.sp(6.f)) {
      draw_text_block(dl, bold, step, two, ImVec2(x, cy - two.size.y * 0.5f), p.app_bar_text);
      trace_text(t);
      const TraceTitle is_title;
      if (tracing_layout()) trace_text_block(dl, two, step, ImVec2(x, cy - two.size.y * 0.5f));
    } else if (t = ellipsize(bold, t, avail); !t.empty()) {
      draw_line(dl, bold, bold->FontSize, ImVec2(x, cy - bold->FontSize * 0.58f), p.app_bar_text, t);
      trace_text(t);
      const TraceTitle is_title;  // the layout check: cut only when two lines would not hold it either
      if (tracing_layout() && t != displayable(title))
        trace_cut(t, displayable(title),
                  int(wrapped_lines(bold, bold->FontSize, {}, displayable(title), avail).size()));
      if (tracing_layout())
        trace_text_box(dl, t, wrapped_lines(bold, bold->FontSize, ImVec2(x, cy - bold->FontSize * 0.58f), t));
    }
    // The accessible view: which app is open now ("Mail · Daria Recruiting").
    const std::string label = app_label(app.channel);
    if (tracing_accessible() && !title.empty())
      trace_message("app:" + label + ":" + title, {}, label.empty() || label == title ? title : label + " · " + title);
  }
  cmin = ImVec2(sa.x, sa.y + status_h + app_h);
  if (theme.high_contrast() && app_h > 0.f)  // the bar is black like the screen: a rule separates them
    dl->AddLine(ImVec2(sa.x, cmin.y), ImVec2(sb.x, cmin.y), p.card_border, theme.sp(2.f));
  cmax = ImVec2(sb.x, sb.y - theme.sp(14.f));
  // Home indicator.
  dl->AddRectFilled(ImVec2((sa.x + sb.x) * 0.5f - theme.sp(50.f), sb.y - theme.sp(10.f)),
                    ImVec2((sa.x + sb.x) * 0.5f + theme.sp(50.f), sb.y - theme.sp(6.f)), IM_COL32(128, 128, 140, 160),
                    theme.sp(2.f));
  return field_pressed;
}

float draw_time_separator(ImDrawList* dl, ImVec2 pos, float width, const std::string& time, const Theme& theme) {
  ImFont* small = theme.fonts().small;
  const ImVec2 ts(text_width(small, small->FontSize, time), small->FontSize);
  const float pad = theme.sp(10.f);
  const ImVec2 c(pos.x + width * 0.5f, pos.y + theme.sp(6.f) + ts.y * 0.5f + pad * 0.4f);
  const ImVec2 a(c.x - ts.x * 0.5f - pad, c.y - ts.y * 0.5f - pad * 0.4f),
      b(c.x + ts.x * 0.5f + pad, c.y + ts.y * 0.5f + pad * 0.4f);
  dl->AddRectFilled(a, b, with_alpha(theme.palette().surface_muted, 0.16f), ts.y);
  draw_line(dl, small, small->FontSize, ImVec2(a.x + pad, a.y + pad * 0.4f), theme.palette().surface_muted, time);
  trace_text(time);
  const UiBox pill{a, b, {}};
  if (tracing_layout())
    trace_text_box(dl, time, wrapped_lines(small, small->FontSize, ImVec2(a.x + pad, a.y + pad * 0.4f), time), &pill);
  return b.y - pos.y + theme.sp(8.f);
}

namespace {

// The flag marker beside a message; returns true when tapped.
bool flag_marker(ImVec2 c, const MessageBlock& m, const Theme& theme) {
  const float size = std::max(theme.sp(48.f), 44.f);  // never under 44x44 points, on the smallest phones too
  if (!tracing_accessible()) return icon_button(m.id.c_str(), IconKind::Flag, c, size, theme, m.id, m.marked);
  // Spoken: which message the flag is for (a short excerpt), and whether it is already marked.
  std::string excerpt = m.line->text;
  if (excerpt.size() > 80) {
    size_t cut = 72;
    while (cut > 0 && (static_cast<unsigned char>(excerpt[cut]) & 0xC0) == 0x80) --cut;  // whole characters
    excerpt = excerpt.substr(0, cut) + "…";
  }
  const std::string spoken = m.marked ? std::string(tr("Marked as suspicious")) + ": " + excerpt
                                      : tr_format(tr("Mark as suspicious: %s"), excerpt.c_str());
  return icon_button(m.id.c_str(), IconKind::Flag, c, size, theme, m.id, m.marked, spoken);
}

}  // namespace

float draw_mark_result(ImDrawList* dl, ImVec2 pos, float width, const MessageBlock& m, const Theme& theme) {
  const Palette& p = theme.palette();
  const float pad = theme.sp(12.f);
  ImFont* small = theme.fonts().small;
  ImFont* bold = theme.fonts().body_bold;
  std::string title, body;
  ImU32 edge = p.flag;
  if (!m.reveal_result) {
    title = tr("Marked as suspicious");
    body = tr("You'll see what it was at the end.");
    edge = p.surface_muted;
  } else if (m.mark_correct) {
    title = tr_format(tr("Red flag: %s"), m.flag_label.c_str());
    body = m.flag_explain;
  } else {
    title = tr("Good instinct to check");
    body = tr("This message is not one of the red flags in this story. Asking questions is always OK.");
    edge = IM_COL32(60, 130, 200, 255);
  }
  // The accessible view: the feedback as one message right after the marked one.
  if (tracing_accessible()) trace_message("flag:" + m.id, {}, body.empty() ? title : title + ". " + body);
  const TraceQuiet quiet;
  const float text_w = width - pad * 3 - theme.sp(24.f);
  const float th = text_size(bold, title, text_w).y;
  const float bh = body.empty() ? 0.f : text_size(small, body, text_w).y;
  const float h = pad * 2 + th + (bh > 0 ? theme.sp(4.f) + bh : 0.f);
  const ImVec2 a = pos, b(pos.x + width, pos.y + h);
  dl->AddRectFilled(a, b, theme.high_contrast() ? IM_COL32(0, 0, 0, 255) : IM_COL32(255, 244, 242, 255),
                    theme.sp(12.f));
  dl->AddRectFilled(a, ImVec2(a.x + theme.sp(5.f), b.y), edge, theme.sp(12.f), ImDrawFlags_RoundCornersLeft);
  if (theme.high_contrast()) dl->AddRect(a, b, p.card_border, theme.sp(12.f), 0, theme.sp(2.f));
  trace_container(a, b);
  const float ix = a.x + pad + theme.sp(12.f);
  if (m.mark_correct && m.reveal_result) icon::flag(dl, ImVec2(ix, a.y + pad + th * 0.5f), theme.sp(22.f), edge, true);
  else icon::info(dl, ImVec2(ix, a.y + pad + th * 0.5f), theme.sp(22.f), edge);
  const float tx = ix + theme.sp(20.f);
  const ImU32 text = theme.high_contrast() ? p.text : IM_COL32(40, 30, 36, 255);
  text_at(dl, bold, ImVec2(tx, a.y + pad), text, title, text_w);
  if (!body.empty()) text_at(dl, small, ImVec2(tx, a.y + pad + th + theme.sp(4.f)), text, body, text_w);
  return h;
}

float draw_message(ImDrawList* dl, ImVec2 pos, float width, const MessageBlock& m, const Theme& theme,
                   bool& mark_pressed) {
  const Palette& p = theme.palette();
  const lure::LineView& l = *m.line;
  const float pad = theme.sp(space::m);
  const float marker = m.markable ? theme.sp(56.f) : 0.f;
  const float slide = (1.f - m.appear) * theme.sp(24.f);
  const ImU32 fade = IM_COL32(255, 255, 255, int(255 * m.appear));
  (void)fade;
  ImFont* body = theme.fonts().body;
  ImFont* bold = theme.fonts().body_bold;
  ImFont* small = theme.fonts().small;
  const std::vector<RichRun> runs = rich_runs(l.text, l.emphasis);
  const bool narrator = l.speaker_id == "narrator" || l.speaker_id.empty();
  const bool you = l.speaker_id == "you";
  float y = pos.y + theme.sp(6.f);
  float height = 0.f;
  float marker_y = 0.f;
  // The accessible view: the message itself (speaker and words), then its flag and feedback.
  if (tracing_accessible())
    trace_message((you ? "me:" : "msg:") + m.id, l.speaker_id == "narrator" ? std::string() : speaker_name(l), l.text);
  const TraceQuiet quiet;
  auto alpha = [&](ImU32 c) { return with_alpha(c, m.appear); };

  const bool dark_bg = m.channel == Channel::Call || m.channel == Channel::Narration;
  if (narrator) {
    // A note: centred, muted (the main text in narration screens).
    const bool main = m.channel == Channel::Narration;
    ImFont* f = main ? body : small;
    const float wrap = width - pad * 2 - marker * 2;
    RichLayout lay = layout_rich(runs, f, main ? bold : small, wrap);
    const ImU32 col = dark_bg ? IM_COL32(232, 234, 244, 255) : p.surface_muted;
    const float x = pos.x + (width - lay.size.x) * 0.5f;
    if (!main) {
      dl->AddRectFilled(ImVec2(x - theme.sp(12.f), y + slide - theme.sp(6.f)),
                        ImVec2(x + lay.size.x + theme.sp(12.f), y + slide + lay.size.y + theme.sp(6.f)),
                        alpha(with_alpha(p.surface_muted, dark_bg ? 0.25f : 0.10f)), theme.sp(12.f));
    }
    draw_rich(dl, lay, f, main ? bold : small, ImVec2(x, y + slide), alpha(col));
    marker_y = y + lay.size.y * 0.5f;
    height = lay.size.y + theme.sp(14.f);
  } else if (is_messenger(m.channel) || (you && m.channel != Channel::Call)) {
    // A chat bubble: incoming left with avatar, outgoing (you) right.
    const float avatar_r = theme.sp(18.f);
    const float side = you ? 0.f : avatar_r * 2 + theme.sp(10.f);
    const float max_w = (width - pad * 2 - side - marker) * 0.86f;
    float top = y;
    if (m.show_speaker && !you) {
      top += text_at(dl, small, ImVec2(pos.x + pad + side + theme.sp(4.f), y), alpha(character_colour(l.speaker)),
                     speaker_name(l));
    }
    RichLayout lay = layout_rich(runs, body, bold, max_w - pad * 1.5f);
    const float bw = lay.size.x + pad * 1.5f, bh = lay.size.y + pad;
    const float x = you ? pos.x + width - pad - bw - marker * 0 : pos.x + pad + side + slide * 0.f;
    const ImVec2 a(x + (you ? slide : -slide), top), b(a.x + bw, top + bh);
    const ImU32 bg = you ? p.bubble_out : p.bubble_in, fg = you ? p.bubble_out_text : p.bubble_in_text;
    const float r = theme.sp(18.f);
    dl->AddRectFilled(a, b, alpha(bg), r,
                      you ? ImDrawFlags_RoundCornersAll & ~ImDrawFlags_RoundCornersBottomRight
                          : ImDrawFlags_RoundCornersAll & ~ImDrawFlags_RoundCornersBottomLeft);
    if (theme.high_contrast()) dl->AddRect(a, b, you ? p.accent : p.card_border, r, 0, theme.sp(2.f));
    if (m.marked) dl->AddRect(a, b, p.flag, r, 0, theme.sp(2.5f));
    trace_container(a, b);
    draw_rich(dl, lay, body, bold, ImVec2(a.x + pad * 0.75f, a.y + pad * 0.5f), alpha(fg));
    if (!you) draw_avatar(dl, ImVec2(pos.x + pad + avatar_r, b.y - avatar_r), avatar_r, l.speaker, theme, m.base_dir);
    marker_y = (a.y + b.y) * 0.5f;
    height = b.y - pos.y + theme.sp(8.f);
    if (m.markable) {
      const float mx = std::min(b.x + marker * 0.5f + theme.sp(4.f), pos.x + width - marker * 0.5f);
      if (flag_marker(ImVec2(mx, marker_y), m, theme)) mark_pressed = true;
    }
    if (m.marked) {
      const float h =
          draw_mark_result(dl, ImVec2(pos.x + pad + side, pos.y + height), width - pad * 2 - side, m, theme);
      height += h + theme.sp(10.f);
    }
    return height;
  } else if (m.channel == Channel::Call) {
    // Transcript row: name, then the words.
    const float wrap = width - pad * 2 - marker;
    float yy = y + slide;
    const ImU32 name_col = you ? p.accent : IM_COL32(150, 200, 255, 255);
    if (m.show_speaker || true)
      yy += text_at(dl, small, ImVec2(pos.x + pad, yy), alpha(name_col), speaker_name(l), wrap);
    RichLayout lay = layout_rich(runs, body, bold, wrap);
    draw_rich(dl, lay, body, bold, ImVec2(pos.x + pad, yy), alpha(IM_COL32(240, 242, 250, 255)));
    marker_y = (y + yy + lay.size.y) * 0.5f;
    height = yy - pos.y + lay.size.y + theme.sp(12.f);
  } else {
    // A paragraph of an ad, post, profile, email or web page; in a narration screen, a character's
    // words under their name, light on the dark background.
    const float wrap = width - pad * 2 - marker;
    float yy = y + slide;
    const bool spoken = m.channel == Channel::Narration;
    if ((m.show_speaker && m.channel == Channel::Email) || spoken)
      yy += text_at(dl, small, ImVec2(pos.x + pad, yy), alpha(spoken ? IM_COL32(190, 196, 225, 255) : p.surface_muted),
                    speaker_name(l), wrap);
    RichLayout lay = layout_rich(runs, body, bold, wrap);
    const bool boxed = m.channel == Channel::JobAd || m.channel == Channel::SocialPost;
    if (boxed && m.marked)
      dl->AddRect(ImVec2(pos.x + pad * 0.5f, yy - theme.sp(6.f)),
                  ImVec2(pos.x + pad * 1.5f + wrap, yy + lay.size.y + theme.sp(6.f)), p.flag, theme.sp(10.f), 0,
                  theme.sp(2.f));
    draw_rich(dl, lay, body, bold, ImVec2(pos.x + pad, yy),
              alpha(dark_bg ? IM_COL32(232, 234, 244, 255) : p.surface_text));
    marker_y = (y + yy + lay.size.y) * 0.5f;
    height = yy - pos.y + lay.size.y + theme.sp(14.f);
  }
  if (m.markable && flag_marker(ImVec2(pos.x + width - marker * 0.5f, marker_y), m, theme)) mark_pressed = true;
  if (m.marked) {
    const float h = draw_mark_result(dl, ImVec2(pos.x + pad, pos.y + height), width - pad * 2, m, theme);
    height += h + theme.sp(10.f);
  }
  return height;
}

float draw_typing(ImDrawList* dl, ImVec2 pos, float width, const lure::Character* who, lure::Channel channel,
                  const Theme& theme, double t, bool animate, const std::string& base_dir) {
  const Palette& p = theme.palette();
  const float pad = theme.sp(space::m);
  const float avatar_r = theme.sp(18.f);
  const bool you = who && who->id == "you";
  const float bw = theme.sp(74.f), bh = theme.sp(44.f);
  const float side = avatar_r * 2 + theme.sp(10.f);
  const float x = you ? pos.x + width - pad - bw : pos.x + pad + side;
  const ImVec2 a(x, pos.y + theme.sp(6.f)), b(x + bw, pos.y + theme.sp(6.f) + bh);
  const bool dark = channel == Channel::Call || channel == Channel::Narration;
  dl->AddRectFilled(a, b, you ? p.bubble_out : (dark ? IM_COL32(255, 255, 255, 40) : p.bubble_in), theme.sp(18.f));
  icon::typing_dots(dl, ImVec2((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f), theme.sp(40.f),
                    you ? p.bubble_out_text : (dark ? IM_COL32(255, 255, 255, 255) : p.surface_muted), t, animate);
  if (!you && who) draw_avatar(dl, ImVec2(pos.x + pad + avatar_r, b.y - avatar_r), avatar_r, who, theme, base_dir);
  // TRANSLATORS: %s is the name of the person writing a message.
  trace_text(tr_format(tr("%s is typing"), who && !who->name.empty() ? who->name.c_str() : tr("Someone")));
  return bh + theme.sp(18.f);
}

}  // namespace lureproof
