// The reusable widgets every screen builds from: screen window, text, big buttons, icon buttons,
// cards, a touch-scrollable area. Each reports its texts and touch targets to the UI trace.
#pragma once

#include "ui/theme.h"

#include <imgui.h>

#include <string>

namespace lureproof {

enum class ButtonKind { Primary, Secondary, Choice, Disabled };

struct UiContext {
  const Theme& theme;
  double time = 0.0;   // seconds since the screen appeared
  double clock = 0.0;  // app clock (for loops that must not restart per screen)
  bool reduced_motion = false;
};

// A window over the whole viewport without decoration, moving or saved settings (`flags` adds to
// those); `focus` brings it to the front with the keyboard focus. Screens, overlays and the operator
// screen open theirs with it; end it with ImGui::End().
const ImGuiViewport* begin_viewport_window(const char* id, ImGuiWindowFlags flags, bool focus = false);
// One full-viewport window without chrome; every screen draws inside one.
void begin_screen(const char* id, const Theme& theme, bool background = true);
void end_screen();
// The window begin_screen() opened this frame (nullptr if none): the settings gear is drawn into it
// so keyboard and gamepad focus reach the gear from the screen's own buttons.
const char* current_screen_window();
ImVec2 screen_min();
ImVec2 screen_size();
// A screen under a top bar with no title and the back button (language, content note, story picker,
// story loading): begin_screen() and top_bar(), and what the screen draws with.
struct Page {
  ImDrawList* dl;
  ImVec2 min, size;
  bool back;  // the top bar's back button was pressed
};
Page begin_page(const char* id, const Theme& theme);

float ease_out(float x);
ImU32 with_alpha(ImU32 colour, float alpha);
float fade_in(const UiContext& ui, float delay = 0.f, float duration = 0.45f);

// Text helpers (the text is cleaned for the fonts and traced; outside a TraceQuiet scope it is also
// a readable message of the accessible view). Return the height used. `size`: the text's size in
// points, 0 for the font's own (the attract screen's title steps down from it on a short screen).
float text_at(ImDrawList* dl, ImFont* font, ImVec2 pos, ImU32 colour, const std::string& text, float wrap = 0.f);
float text_centred(ImDrawList* dl, ImFont* font, float centre_x, float y, ImU32 colour, const std::string& text,
                   float wrap = 0.f, float size = 0.f);
ImVec2 text_size(ImFont* font, const std::string& text, float wrap = 0.f);
// The height text_centred() draws `text` in (its lines are further apart than text_at's).
float text_centred_height(ImFont* font, const std::string& text, float wrap = 0.f, float size = 0.f);
// `text` shortened with "…" (whole UTF-8 characters) so it fits in `width` on one line.
std::string ellipsize(ImFont* font, std::string text, float width);
std::string ellipsize(ImFont* font, float size, std::string text, float width);

// A drag (touch scroll or pan) must not turn into a tap on whatever is under the finger.
bool dragged_too_far();

// A big rounded button at an absolute position (touch target >= space::touch). `trace_id` also
// registers the target under a stable name for scripts ("choice:0"). Returns true when activated
// by tap, click, Enter, gamepad or the web page's accessible mirror; a drag that started on it does
// not activate it. `spoken` is the mirror's label when the visible one is not enough ("On" -> "Sound: On").
bool big_button(const char* id, const std::string& label, ImVec2 pos, ImVec2 size, ButtonKind kind, const Theme& theme,
                const std::string& trace_id = {}, const std::string& spoken = {});
// Height a big button of `kind` needs to show `label` wrapped in `width`. A Primary or Secondary
// button's label that would wrap (or break a word) is drawn one step smaller when that keeps it on
// one line (or its words whole); a choice's never (the default: never less than is needed).
float big_button_height(const std::string& label, float width, const Theme& theme,
                        ButtonKind kind = ButtonKind::Choice);

enum class IconKind { Back, Settings, Close, Flag };
// `spoken` defaults to the icon's name ("Back", "Settings"); an active flag is disabled in the mirror.
bool icon_button(const char* id, IconKind kind, ImVec2 centre, float size, const Theme& theme,
                 const std::string& trace_id, bool active = false, const std::string& spoken = {});

// A full-viewport window above every screen, the screen behind dimmed by the theme's scrim (or hidden
// by the app background when `opaque`); it takes the focus. Returns its draw list; end it with
// ImGui::End().
// The accessible view shows only the overlay (title, messages, actions) while it is open.
ImDrawList* begin_modal_overlay(const char* id, const Theme& theme, bool opaque = false);

// A whole card that is one touch target (story cards); draws the card background and focus ring.
// `spoken` is what the accessible mirror's button says (the card's texts in one line).
bool card_button(const char* id, ImVec2 pos, ImVec2 size, const Theme& theme, const std::string& trace_id,
                 const std::string& spoken = {});
// `opaque`: the card hides what is below it (its colour is blended over the background here, one
// layer of pixels instead of two for a software renderer).
void card(ImDrawList* dl, ImVec2 min, ImVec2 max, const Theme& theme, bool light = false, bool opaque = false);
void focus_ring(ImDrawList* dl, ImVec2 min, ImVec2 max, const Theme& theme, float rounding);

// A clipped region that scrolls with the wheel or by dragging (touch). Content is drawn with
// ImGui's cursor / draw list between begin and end; returns the draw list of the region.
ImDrawList* begin_scroll_area(const char* id, ImVec2 pos, ImVec2 size, bool stick_to_bottom = false);
// Under reduced motion (UiFrameOptions) a scroll area that sticks to the bottom jumps instead of gliding.
void end_scroll_area(float content_height);

// The screen's top bar: optional back button and a title; the right corner stays free for the
// settings gear that App draws above every screen (settings_button()).
struct TopBarResult {
  bool back = false;
  float height = 0.f;
};
TopBarResult top_bar(const Theme& theme, const std::string& title, bool show_back);
// Height of the top bar (screens lay out below it).
float top_bar_height(const Theme& theme);
// The centred reading column of the quiz and check screens: at most 760 pt wide, from below the top
// bar down to room for one large button (button_h) at the bottom; pad is the screen margin.
struct ColumnLayout {
  float pad, w, x0, button_h, top, bottom;
};
ColumnLayout column_layout(const Theme& theme);

}  // namespace lureproof
