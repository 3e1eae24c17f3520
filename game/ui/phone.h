// The simulated phone: its frame and status bar, the app bar of the node's channel (messenger,
// job ad, email, social post/profile, web page, call, narration) and the message blocks inside it
// (bubbles, paragraphs, notes, transcript rows), each with a red-flag marker.
#pragma once

#include "ui/theme.h"

#include <lure/story.h>

#include <string>
#include <utility>
#include <vector>

namespace lureproof {

// An address or a number in the app's chrome (`from:`, `url:`, `number:`...; lure/addresses.h), with
// its own "mark as suspicious" button, as every message has.
struct PhoneField {
  int property = -1;  // index into NodeView::properties (the mark's line is field_line(property))
  std::string key, value;
  bool marked = false, mark_correct = false;
  std::string flag_label, flag_explain;  // of the first flag, when the mark was correct
  std::string id;                        // "mark:<node>:<key>" for scripts
};

struct PhoneApp {
  lure::Channel channel = lure::Channel::Narration;
  std::string title;                         // node title (contact, page or app title)
  const lure::Character* contact = nullptr;  // the other party (first speaker who is not you/narrator)
  std::string base_dir;                      // for avatar images
  std::vector<std::pair<std::string, std::string>> properties;  // the node's (subject, company, salary...)
  std::vector<PhoneField> fields;                               // the addresses and numbers this app shows
  std::string time;                                             // the first message's #time (a post's time)
  bool reveal_result = true;  // marks show their result at once (SiteConfig::flag_reveal)
  const std::string* property(const std::string& key) const;  // null when the node has none
};

// Draws the phone body, status bar and app bar; returns the content rectangle (min, max) and the
// index into app.fields of a field whose flag button in the app bar was tapped (-1: none).
int draw_phone(ImDrawList* dl, ImVec2 pos, ImVec2 size, const PhoneApp& app, const Theme& theme, ImVec2& content_min,
               ImVec2& content_max);
// Header block at the top of the scrolled content (ui/phone_chrome.cpp: the mail's From/To/Subject,
// the job ad's fields, the post's author and group, the caller's number, the page's heading) and the
// results of marks on fields. Returns its height; `field_pressed` gets the index of a tapped field.
float draw_app_header(ImDrawList* dl, ImVec2 pos, float width, const PhoneApp& app, const Theme& theme,
                      int& field_pressed);
// The post's bar of reactions, comments and shares: the counts the node sets (`reactions:`...), none
// where it sets none. Returns its height.
float draw_post_footer(ImDrawList* dl, ImVec2 pos, float width, const PhoneApp& app, const Theme& theme);

// One message as the visitor sees it.
struct MessageBlock {
  const lure::LineView* line = nullptr;
  lure::Channel channel = lure::Channel::Chat;
  bool show_speaker = false;  // first line of a new speaker (names in groups, emails, transcripts)
  bool markable = true;       // every message but the visitor's own
  bool marked = false;
  bool mark_correct = false;
  bool reveal_result = true;             // show label/explanation right away (SiteConfig::flag_reveal)
  std::string flag_label, flag_explain;  // of the first flag, when the mark was correct
  float appear = 1.f;                    // 0..1 arrival animation
  std::string id;                        // "mark:<node>:<line>" for scripts
  std::string base_dir;
};

// The result of a mark, under the message or field: the flag's label and explanation, or a gentle
// answer. Returns its height.
float draw_mark_result(ImDrawList* dl, ImVec2 pos, float width, const MessageBlock& block, const Theme& theme);
// The flag button of a field; `spoken` names it in the accessible view. True when tapped.
bool field_marker(ImVec2 centre, const PhoneField& field, const std::string& spoken, const Theme& theme);
// An address with its domain set apart (bold, `domain_colour`), the rest in `rest_colour`, a browser's
// `https://` left out, clipped to `max_width`; returns the width drawn. Each part is traced as a text.
float draw_address(ImDrawList* dl, ImVec2 pos, const std::string& value, ImFont* font, ImFont* bold,
                   ImU32 domain_colour, ImU32 rest_colour, float max_width);

// Draws `block` at `pos` in the content `width`; returns its height. Sets `mark_pressed` when the
// flag marker was tapped.
float draw_message(ImDrawList* dl, ImVec2 pos, float width, const MessageBlock& block, const Theme& theme,
                   bool& mark_pressed);
// A comment row under a social post (ui/post_comment.cpp): avatar, name and words, its flag marker.
float draw_comment(ImDrawList* dl, ImVec2 pos, float width, const MessageBlock& block, const Theme& theme,
                   bool& mark_pressed);
// The "someone is typing" bubble.
float draw_typing(ImDrawList* dl, ImVec2 pos, float width, const lure::Character* who, lure::Channel channel,
                  const Theme& theme, double t, bool animate, const std::string& base_dir);
// A centred time separator ("21:26").
float draw_time_separator(ImDrawList* dl, ImVec2 pos, float width, const std::string& time, const Theme& theme);

}  // namespace lureproof
