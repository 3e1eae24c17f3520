// Help screen: helpline cards, the QR card and the protective actions, then "Finish".
#include "screens/help_screen.h"
#include "l10n/operator_text.h"
#include "l10n/tr.h"

#include "ui/icons.h"
#include "ui/qr_view.h"
#include "ui/ui_trace.h"

#include <algorithm>
#include <string>

namespace lureproof {

namespace {

const char* const kActions[] = {
    N_("Check the employer yourself: full name, address, licence."),
    N_("Pay no fees to be hired."),
    N_("Keep your passport and phone with you."),
    N_("Share your route and agree a code word with someone you trust."),
    N_("Meet new contacts in public places."),
    N_("In an emergency, call 112."),
};

float helpline_card(ImDrawList* dl, ImVec2 pos, float w, const Helpline& h, const Theme& theme, bool draw) {
  const Palette& p = theme.palette();
  const Fonts& f = theme.fonts();
  const float pad = theme.sp(space::m);
  const float tw = w - pad * 2;
  // The operator's text in the visitor's language, else the default (translated when it is built in).
  const std::string& lang = ui_language();
  const std::string name = operator_text(h.name, lang), note = operator_text(h.note, lang);
  std::string meta = operator_text(h.hours, lang);
  if (!note.empty()) meta += (meta.empty() ? "" : " · ") + note;
  const float height = pad * 2 + text_size(f.small, name, tw).y + text_size(f.heading, h.number, tw).y +
                       (meta.empty() ? 0.f : text_size(f.small, meta, tw).y);
  if (!draw) return height;  // the caller draws the card behind, as tall as the row's tallest
  float y = pos.y + pad;
  y += text_at(dl, f.small, ImVec2(pos.x + pad, y), p.text_muted, name, tw);
  y += text_at(dl, f.heading, ImVec2(pos.x + pad, y), p.accent, h.number, tw);
  if (!meta.empty()) text_at(dl, f.small, ImVec2(pos.x + pad, y), p.text_muted, meta, tw);
  return height;
}

}  // namespace

HelpResult draw_help_screen(const UiContext& ui, const SiteConfig& config) {
  HelpResult result;
  const Theme& theme = ui.theme;
  const Palette& p = theme.palette();
  const Fonts& f = theme.fonts();
  begin_screen("help", theme);
  const ImVec2 o = screen_min(), sz = screen_size();
  result.back = top_bar(theme, "", true).back;
  const bool landscape = sz.x > sz.y * 1.05f;
  const float pad = theme.sp(landscape ? space::xl : space::m);
  const float top = o.y + top_bar_height(theme) - theme.sp(space::s);
  const float content_w = std::min(sz.x - pad * 2, theme.sp(1500.f));
  const float bw = std::min(content_w, theme.sp(520.f));
  const float button_h = std::max(theme.sp(72.f), big_button_height(tr("Finish"), bw, theme, ButtonKind::Primary));
  const float x0 = o.x + (sz.x - content_w) * 0.5f;

  begin_scroll_area("help-body", ImVec2(o.x, top), ImVec2(sz.x, o.y + sz.y - top - button_h - pad * 1.5f));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float y = top - ImGui::GetScrollY();
  const float y0 = y;
  trace_title(tr("If something feels wrong, you can get help"));
  y += text_centred(dl, f.heading, o.x + sz.x * 0.5f, y, p.text, tr("If something feels wrong, you can get help"),
                    content_w);
  y += text_centred(dl, f.body, o.x + sz.x * 0.5f, y, p.text_muted,
                    tr("Calls are free and confidential. You can call for yourself or for someone you worry about."),
                    content_w) +
       theme.sp(space::l);

  // Helplines in a grid; the QR card and the actions beside them (landscape) or below (portrait).
  const bool has_qr = !config.qr_url.empty();
  const float side_w = landscape ? std::min(content_w * 0.34f, theme.sp(460.f)) : content_w;
  const float lines_w = landscape ? content_w - side_w - pad : content_w;
  const int columns = lines_w > theme.sp(640.f) ? 2 : 1;
  const float gap = theme.sp(space::m);
  const float cw = (lines_w - gap * float(columns - 1)) / float(columns);
  float ly = y;
  for (size_t i = 0; i < config.helplines.size(); i += size_t(columns)) {
    float row_h = 0.f;
    for (int c = 0; c < columns && i + size_t(c) < config.helplines.size(); ++c)
      row_h = std::max(row_h, helpline_card(dl, ImVec2(0, 0), cw, config.helplines[i + size_t(c)], theme, false));
    for (int c = 0; c < columns && i + size_t(c) < config.helplines.size(); ++c) {
      const ImVec2 pos(x0 + float(c) * (cw + gap), ly);
      card(dl, pos, ImVec2(pos.x + cw, pos.y + row_h), theme);
      helpline_card(dl, pos, cw, config.helplines[i + size_t(c)], theme, true);
    }
    ly += row_h + gap;
  }
  // What protects you.
  ly += theme.sp(space::s);
  ly += text_at(dl, f.body_bold, ImVec2(x0, ly), p.text, tr("What protects you"), lines_w) + theme.sp(space::s);
  for (const char* action : kActions) {
    const char* a = tr(action);
    const float icon = theme.sp(24.f);
    const float th = text_size(f.body, a, lines_w - icon * 1.6f).y;
    icon::check(dl, ImVec2(x0 + icon * 0.5f, ly + f.body->FontSize * 0.6f), icon, p.success);
    text_at(dl, f.body, ImVec2(x0 + icon * 1.6f, ly), p.text_muted, a, lines_w - icon * 1.6f);
    ly += th + theme.sp(space::s);
  }
  float sy = landscape ? y : ly + theme.sp(space::l);
  const float sx = landscape ? x0 + lines_w + pad : x0;
  if (has_qr) {
    const float qr = std::min(side_w - theme.sp(space::l) * 2, theme.sp(300.f));
    const std::string caption = operator_text(config.qr_caption, ui_language());
    // Measured as text_centred() draws them (its lines are further apart).
    const float cap_h = text_centred_height(f.body, caption, side_w - theme.sp(space::l) * 2);
    const float url_h = text_centred_height(f.small, config.qr_url, side_w - theme.sp(space::l) * 2);
    const float h = theme.sp(space::l) * 2 + cap_h + qr + url_h + theme.sp(space::m) * 2;
    card(dl, ImVec2(sx, sy), ImVec2(sx + side_w, sy + h), theme);
    float qy = sy + theme.sp(space::l);
    qy += text_centred(dl, f.body, sx + side_w * 0.5f, qy, p.text, caption, side_w - theme.sp(space::l) * 2) +
          theme.sp(space::m);
    draw_qr(dl, ImVec2(sx + (side_w - qr) * 0.5f, qy), qr, config.qr_url);
    qy += qr + theme.sp(space::m);
    text_centred(dl, f.small, sx + side_w * 0.5f, qy, p.text_muted, config.qr_url, side_w - theme.sp(space::l) * 2);
    sy += h + theme.sp(space::l);
  }
  const float end = std::max(ly, sy) + theme.sp(space::l);
  end_scroll_area(end - y0);

  if (big_button("finish", tr("Finish"), ImVec2(o.x + (sz.x - bw) * 0.5f, o.y + sz.y - pad - button_h),
                 ImVec2(bw, button_h), ButtonKind::Primary, theme, "finish"))
    result.finish = true;
  end_screen();
  return result;
}

}  // namespace lureproof
