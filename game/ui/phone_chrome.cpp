// The chrome of each app inside the phone's content: the mail's Subject/From/To, the job ad's card of
// fields, the post's author, group and time and its counts bar (as the story sets them), the caller's number, the page's
// heading; addresses with their domain set apart and the flag buttons of fields (lure/addresses.h).
#include "ui/phone.h"
#include "l10n/tr.h"

#include "journey/display_text.h"
#include "ui/avatar.h"
#include "ui/icons.h"
#include "ui/mirror.h"
#include "ui/text_layout.h"
#include "ui/ui_trace.h"
#include "ui/widgets.h"

#include <lure/addresses.h>

#include <algorithm>
#include <initializer_list>

namespace lureproof {

namespace {

using lure::Channel;

const PhoneField* field_of(const PhoneApp& app, const char* key) {
  for (const PhoneField& f : app.fields)
    if (f.key == key) return &f;
  return nullptr;
}

// A thin rule across the content.
float rule(ImDrawList* dl, float x0, float x1, float y, const Theme& theme) {
  dl->AddLine(ImVec2(x0, y), ImVec2(x1, y), with_alpha(theme.palette().surface_muted, 0.3f), theme.sp(1.f));
  return theme.sp(1.f);
}

// One labelled row of a header ("From", "Pay"...): the label muted, the value after it, and the flag
// button of a field at the right. Returns its height.
float field_row(ImDrawList* dl, ImVec2 pos, float width, float label_w, const char* label, const std::string& value,
                const PhoneField* field, const Theme& theme, bool address, int index, int& pressed) {
  const Palette& p = theme.palette();
  ImFont* small = theme.fonts().small;
  ImFont* body = theme.fonts().body;
  ImFont* bold = theme.fonts().body_bold;
  const float marker = field ? theme.sp(52.f) : 0.f;
  float x = pos.x + label_w, avail = width - label_w - marker, y = pos.y;
  text_at(dl, small, ImVec2(pos.x, pos.y + (body->FontSize - small->FontSize) * 0.6f), p.surface_muted, label);
  // An address that does not fit beside its label goes under it, the whole width; one without a
  // domain to keep whole (a messenger's number) is wrapped as text when it does not fit there either.
  if (address && text_width(bold, bold->FontSize, value) > avail) {
    y += small->FontSize * 1.15f;
    x = pos.x;
    avail = width - marker;
    if (lure::find_domain(value).empty() && text_width(bold, bold->FontSize, value) > avail) address = false;
  }
  float h = body->FontSize;
  if (address) draw_address(dl, ImVec2(x, y), value, body, bold, p.surface_text, p.surface_muted, avail);
  else h = text_at(dl, body, ImVec2(x, y), p.surface_text, displayable(value), avail);
  h += y - pos.y;
  if (tracing_accessible()) trace_message("field:" + (field ? field->key : std::string(label)), label, value);
  if (field && field_marker(ImVec2(pos.x + width - marker * 0.5f, pos.y + h * 0.5f), *field,
                            std::string(label) + ": " + value, theme))
    pressed = index;
  return std::max(h, field ? theme.sp(44.f) : 0.f) + theme.sp(6.f);
}

int index_of(const PhoneApp& app, const PhoneField* f) { return f ? int(f - app.fields.data()) : -1; }

// The width of a column of labels: the widest of them (translations differ in length) and a gap.
float label_column(const Theme& theme, std::initializer_list<const char*> labels) {
  ImFont* small = theme.fonts().small;
  float w = 0.f;
  for (const char* l : labels) w = std::max(w, text_width(small, small->FontSize, l));
  return w + theme.sp(12.f);
}

void heart(ImDrawList* dl, ImVec2 c, float s, ImU32 col) {
  dl->AddCircleFilled(ImVec2(c.x - s * 0.25f, c.y - s * 0.1f), s * 0.28f, col, 16);
  dl->AddCircleFilled(ImVec2(c.x + s * 0.25f, c.y - s * 0.1f), s * 0.28f, col, 16);
  dl->AddTriangleFilled(ImVec2(c.x - s * 0.52f, c.y), ImVec2(c.x + s * 0.52f, c.y), ImVec2(c.x, c.y + s * 0.5f), col);
}

void speech(ImDrawList* dl, ImVec2 c, float s, ImU32 col, float thickness) {
  dl->AddRect(ImVec2(c.x - s * 0.5f, c.y - s * 0.4f), ImVec2(c.x + s * 0.5f, c.y + s * 0.25f), col, s * 0.15f, 0,
              thickness);
  dl->AddTriangleFilled(ImVec2(c.x - s * 0.25f, c.y + s * 0.22f), ImVec2(c.x, c.y + s * 0.22f),
                        ImVec2(c.x - s * 0.3f, c.y + s * 0.5f), col);
}

void share(ImDrawList* dl, ImVec2 c, float s, ImU32 col, float thickness) {
  dl->AddLine(ImVec2(c.x - s * 0.45f, c.y + s * 0.35f), ImVec2(c.x + s * 0.4f, c.y - s * 0.3f), col, thickness);
  dl->AddTriangleFilled(ImVec2(c.x + s * 0.5f, c.y - s * 0.45f), ImVec2(c.x + s * 0.05f, c.y - s * 0.38f),
                        ImVec2(c.x + s * 0.45f, c.y), col);
}

}  // namespace

bool field_marker(ImVec2 c, const PhoneField& f, const std::string& spoken, const Theme& theme) {
  const float size = std::max(theme.sp(48.f), 44.f);  // never under 44x44 points, on the smallest phones too
  // On an app bar or a call screen the button needs the screen's light surface under it to be seen.
  ImGui::GetWindowDrawList()->AddCircleFilled(c, size * 0.5f, theme.palette().surface, 32);
  if (!tracing_accessible()) return icon_button(f.id.c_str(), IconKind::Flag, c, size, theme, f.id, f.marked);
  const std::string said = f.marked ? std::string(tr("Marked as suspicious")) + ": " + spoken
                                    : tr_format(tr("Mark as suspicious: %s"), spoken.c_str());
  return icon_button(f.id.c_str(), IconKind::Flag, c, size, theme, f.id, f.marked, said);
}

float draw_address(ImDrawList* dl, ImVec2 pos, const std::string& value, ImFont* font, ImFont* bold,
                   ImU32 domain_colour, ImU32 rest_colour, float max_width) {
  std::string_view shown = value;
  for (std::string_view scheme : {"https://", "http://"})
    if (shown.substr(0, scheme.size()) == scheme) shown.remove_prefix(scheme.size());
  const lure::DomainSpan d = lure::find_domain(shown);
  std::string parts[3] = {std::string(shown.substr(0, d.begin)), std::string(shown.substr(d.begin, d.end - d.begin)),
                          std::string(shown.substr(d.end))};
  ImFont* fonts[3] = {font, bold, font};
  // Too long: the domain stays whole; the path loses its end, then the name before the domain its start.
  auto width = [&] {
    float w = 0.f;
    for (int i = 0; i < 3; ++i) w += text_width(fonts[i], fonts[i]->FontSize, parts[i]);
    return w;
  };
  const std::string ellipsis = "…";
  auto drop_last = [](std::string& t) {
    while (!t.empty() && (static_cast<unsigned char>(t.back()) & 0xC0) == 0x80) t.pop_back();
    if (!t.empty()) t.pop_back();
  };
  auto drop_first = [](std::string& t) {
    size_t n = 1;
    while (n < t.size() && (static_cast<unsigned char>(t[n]) & 0xC0) == 0x80) ++n;
    t.erase(0, std::min(n, t.size()));
  };
  if (width() > max_width && !d.empty()) {
    std::string path = parts[2];
    while (!path.empty() && (parts[2] = path + ellipsis, width() > max_width)) drop_last(path);
    if (path.empty()) parts[2].clear();
    std::string name = parts[0];
    while (!name.empty() && (parts[0] = ellipsis + name, width() > max_width)) drop_first(name);
    if (name.empty() && !parts[0].empty()) parts[0] = ellipsis;
  }
  const ImU32 colours[3] = {rest_colour, domain_colour, rest_colour};
  dl->PushClipRect(ImVec2(pos.x, pos.y - font->FontSize),
                   ImVec2(pos.x + std::max(0.f, max_width), pos.y + font->FontSize * 2.f), true);
  float x = pos.x;
  const float run = width();
  for (int i = 0; i < 3; ++i) {
    if (parts[i].empty()) continue;
    const float w = text_width(fonts[i], fonts[i]->FontSize, parts[i]);
    // An address reads left to right in a mirrored frame too (ui/mirror.h).
    const ImVec2 at(ui::left_to_right_piece(x, w, pos.x, run), pos.y + (font->FontSize - fonts[i]->FontSize) * 0.5f);
    draw_line(dl, fonts[i], fonts[i]->FontSize, at, colours[i], parts[i]);
    if (tracing_layout()) trace_text_box(dl, parts[i], wrapped_lines(fonts[i], fonts[i]->FontSize, at, parts[i]));
    x += w;
    trace_text(parts[i]);
  }
  dl->PopClipRect();
  return std::min(x - pos.x, max_width);
}

float draw_app_header(ImDrawList* dl, ImVec2 pos, float width, const PhoneApp& app, const Theme& theme, int& pressed) {
  const TraceQuiet quiet;  // the app bar already told the accessible view which app this is
  const Palette& p = theme.palette();
  const float pad = theme.sp(space::m);
  ImFont* small = theme.fonts().small;
  ImFont* bold = theme.fonts().body_bold;
  ImFont* heading = theme.fonts().heading;
  const float x0 = pos.x + pad, x1 = pos.x + width - pad, inner = x1 - x0;
  float y = pos.y + pad;
  switch (app.channel) {
    case Channel::SocialPost:
    case Channel::SocialProfile: {
      if (!app.contact) return 0.f;
      // The poster (or the profile's owner), then the group and the time, as a feed shows them.
      const float r = theme.sp(app.channel == Channel::SocialProfile ? 34.f : 24.f);
      const ImVec2 c(x0 + r, y + r);
      draw_avatar(dl, c, r, app.contact, theme, app.base_dir);
      const float x = c.x + r + theme.sp(12.f), wrap = x1 - x;
      float ty = y + r - bold->FontSize * 0.9f;
      ty += text_at(dl, bold, ImVec2(x, ty), p.surface_text, app.contact->name, wrap);
      std::string sub = app.channel == Channel::SocialProfile ? app.contact->role : app.title;
      if (app.channel == Channel::SocialPost && !app.time.empty()) sub += sub.empty() ? app.time : " · " + app.time;
      if (!sub.empty()) ty += text_at(dl, small, ImVec2(x, ty), p.surface_muted, displayable(sub), wrap);
      if (tracing_accessible() && app.channel == Channel::SocialPost)
        trace_message("post:" + app.title, app.contact->name, sub);
      y = std::max(ty, y + r * 2) + pad * 0.5f;
      y += rule(dl, x0, x1, y, theme);
      break;
    }
    case Channel::JobAd: {
      // A job card: the employer's mark and the headline, then the fields an honest ad states.
      const float r = theme.sp(26.f);
      if (app.contact) draw_avatar(dl, ImVec2(x0 + r, y + r), r, app.contact, theme, app.base_dir);
      const float x = app.contact ? x0 + r * 2 + theme.sp(12.f) : x0;
      float ty = y;
      ty += text_at(dl, heading, ImVec2(x, ty), p.surface_text, displayable(app.title), x1 - x);
      ty += text_at(dl, small, ImVec2(x, ty), p.surface_muted, tr("Sponsored job offer"), x1 - x);
      if (tracing_accessible()) trace_message("job:" + app.title, {}, app.title);
      y = std::max(ty, y + r * 2) + pad * 0.75f;
      const float box_top = y;
      y += theme.sp(10.f);
      const std::string* company = app.property("company");
      const std::string employer = company ? *company : app.contact ? app.contact->name : std::string();
      // TRANSLATORS: the fields of a job advert on the phone: who employs, where, the pay, how to apply.
      const char* labels[4] = {tr("Employer"), tr("Place"), tr("Pay"), tr("Contact")};
      const float lw = label_column(theme, {labels[0], labels[1], labels[2], labels[3]});
      const float rx = x0 + theme.sp(12.f), rw = inner - theme.sp(24.f);
      if (!employer.empty())
        y += field_row(dl, ImVec2(rx, y), rw, lw, labels[0], employer, nullptr, theme, false, -1, pressed);
      if (const std::string* v = app.property("location"))
        y += field_row(dl, ImVec2(rx, y), rw, lw, labels[1], *v, nullptr, theme, false, -1, pressed);
      if (const std::string* v = app.property("salary"))
        y += field_row(dl, ImVec2(rx, y), rw, lw, labels[2], *v, nullptr, theme, false, -1, pressed);
      if (const PhoneField* f = field_of(app, "contact"))
        y += field_row(dl, ImVec2(rx, y), rw, lw, labels[3], f->value, f, theme, true, index_of(app, f), pressed);
      y += theme.sp(4.f);
      dl->AddRect(ImVec2(x0, box_top), ImVec2(x1, y), with_alpha(p.surface_muted, 0.35f), theme.sp(10.f), 0,
                  theme.sp(1.5f));
      y += pad * 0.5f;
      break;
    }
    case Channel::Email: {
      // A mail client: the subject, then the sender's name over the address with its domain, then To.
      const std::string* subject = app.property("subject");
      const std::string subj = subject ? *subject : app.title;
      if (!subj.empty()) {
        y += text_at(dl, heading, ImVec2(x0, y), p.surface_text, displayable(subj), inner) + theme.sp(10.f);
        if (tracing_accessible()) trace_message("field:subject", tr("Subject"), subj);
      }
      const PhoneField* from = field_of(app, "from");
      const lure::NamedAddress sender = lure::split_named_address(from ? from->value : std::string());
      const float r = theme.sp(22.f);
      if (app.contact) draw_avatar(dl, ImVec2(x0 + r, y + r), r, app.contact, theme, app.base_dir);
      const float x = app.contact ? x0 + r * 2 + theme.sp(12.f) : x0;
      const std::string name = !sender.name.empty() ? sender.name : app.contact ? app.contact->name : std::string();
      float ty = y;
      if (!name.empty()) ty += text_at(dl, bold, ImVec2(x, ty), p.surface_text, displayable(name), x1 - x);
      if (!sender.address.empty()) {
        // TRANSLATORS: mail header labels: the sender, the recipient, the subject line.
        ty += field_row(dl, ImVec2(x, ty), x1 - x, label_column(theme, {tr("From"), tr("To")}), tr("From"),
                        sender.address, from, theme, true, index_of(app, from), pressed);
      } else if (from) {
        if (tracing_accessible()) trace_message("field:from", tr("From"), from->value);
        if (field_marker(ImVec2(x1 - theme.sp(26.f), y + bold->FontSize * 0.5f), *from,
                         std::string(tr("From")) + ": " + from->value, theme))
          pressed = index_of(app, from);
        ty = std::max(ty, y + theme.sp(44.f));
      }
      if (const PhoneField* to = field_of(app, "to"))
        ty += field_row(dl, ImVec2(x, ty), x1 - x, label_column(theme, {tr("From"), tr("To")}), tr("To"), to->value, to,
                        theme, true, index_of(app, to), pressed);
      else ty += text_at(dl, small, ImVec2(x, ty), p.surface_muted, tr("to me"), x1 - x);
      y = std::max(ty, y + r * 2) + pad * 0.5f;
      y += rule(dl, x0, x1, y, theme);
      break;
    }
    case Channel::Call: {
      const float r = theme.sp(46.f);
      const ImVec2 c(pos.x + width * 0.5f, pos.y + theme.sp(space::l) + r);
      draw_avatar(dl, c, r, app.contact, theme, app.base_dir);
      y = c.y + r + theme.sp(space::s);
      const std::string name = app.contact ? app.contact->name : app.title;
      y += text_centred(dl, bold, c.x, y, IM_COL32(255, 255, 255, 255), name, width - pad * 2);
      if (const PhoneField* f = field_of(app, "number")) {
        // The caller's number, with its flag button beside it.
        ImFont* body = theme.fonts().body;
        const float w = text_width(body, body->FontSize, f->value);
        draw_address(dl, ImVec2(c.x - w * 0.5f, y), f->value, body, body, IM_COL32(230, 236, 250, 255),
                     IM_COL32(230, 236, 250, 255), w + 1.f);
        if (tracing_accessible()) trace_message("field:number", tr("Number"), f->value);
        if (field_marker(
                ImVec2(std::min(c.x + w * 0.5f + theme.sp(34.f), x1 - theme.sp(10.f)), y + body->FontSize * 0.5f), *f,
                std::string(tr("Number")) + ": " + f->value, theme))
          pressed = index_of(app, f);
        y += std::max(body->FontSize, theme.sp(44.f)) + theme.sp(4.f);
      }
      y += text_centred(dl, small, c.x, y, IM_COL32(190, 200, 220, 255), tr("Call in progress"), width - pad * 2);
      y += theme.sp(space::s);
      break;
    }
    case Channel::WebPage: {
      // The page's own heading when the address bar shows the address.
      if (!field_of(app, "url") || app.title.empty()) return 0.f;
      y += text_at(dl, heading, ImVec2(x0, y), p.surface_text, displayable(app.title), inner) + pad * 0.5f;
      if (tracing_accessible()) trace_message("page:" + app.title, {}, app.title);
      y += rule(dl, x0, x1, y, theme);
      break;
    }
    default: break;
  }
  // The results of marks on fields, under the chrome (the app bar's fields have no room of their own).
  for (const PhoneField& f : app.fields) {
    if (!f.marked) continue;
    MessageBlock b;
    b.marked = true;
    b.mark_correct = f.mark_correct;
    b.reveal_result = app.reveal_result;
    b.flag_label = f.flag_label;
    b.flag_explain = f.flag_explain;
    b.id = f.id;
    y += theme.sp(6.f);
    y += draw_mark_result(dl, ImVec2(x0, y), inner, b, theme) + theme.sp(4.f);
  }
  return y - pos.y + theme.sp(space::s);
}

float draw_post_footer(ImDrawList* dl, ImVec2 pos, float width, const PhoneApp& app, const Theme& theme) {
  // Reactions, comments and shares, as any feed counts them under a post: the numbers the story set
  // (`reactions:`, `comments:`, `shares:`), none where it set none (lure/social_post.h).
  const Palette& p = theme.palette();
  ImFont* small = theme.fonts().small;
  const float pad = theme.sp(space::m), x0 = pos.x + pad, x1 = pos.x + width - pad;
  const std::string* counts[3] = {app.property("reactions"), app.property("comments"), app.property("shares")};
  if (tracing_accessible() && (counts[0] || counts[1] || counts[2])) {
    // TRANSLATORS: a post's counts under it, read by the accessible mirror; %s is a number.
    const char* said[3] = {tr("Reactions: %s"), tr("Comments: %s"), tr("Shares: %s")};
    std::string all;
    for (int i = 0; i < 3; ++i)
      if (counts[i]) all += (all.empty() ? "" : ", ") + tr_format(said[i], counts[i]->c_str());
    trace_message("post-counts:" + app.title, {}, all);
  }
  const TraceQuiet quiet;
  float y = pos.y + theme.sp(4.f);
  rule(dl, x0, x1, y, theme);
  y += theme.sp(10.f);
  const float s = theme.sp(18.f), t = theme.sp(1.8f), cy = y + s * 0.5f;
  const float step = (x1 - x0) / 3.f;
  for (int i = 0; i < 3; ++i) {
    const ImVec2 c(x0 + step * i + s, cy);
    if (i == 0) heart(dl, c, s, IM_COL32(214, 64, 90, 255));
    else if (i == 1) speech(dl, c, s, p.surface_muted, t);
    else share(dl, c, s, p.surface_muted, t);
    if (counts[i])
      text_at(dl, small, ImVec2(c.x + s * 0.9f, cy - small->FontSize * 0.55f), p.surface_muted, *counts[i]);
  }
  y += s + theme.sp(10.f);
  rule(dl, x0, x1, y, theme);
  return y - pos.y + theme.sp(space::s);
}

}  // namespace lureproof
