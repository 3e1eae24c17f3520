// The simulated phone: its frame and status bar, the app bar of the node's channel (messenger,
// job ad, email, social post/profile, web page, call, narration) and the message blocks inside it
// (bubbles, paragraphs, notes, transcript rows), each with a red-flag marker.
#pragma once

#include "ui/theme.h"

#include <lure/story.h>

#include <string>

namespace lureproof {

struct PhoneApp {
  lure::Channel channel = lure::Channel::Narration;
  std::string title;                          // node title (contact, page or app title)
  const lure::Character* contact = nullptr;   // the other party (first speaker who is not you/narrator)
  std::string base_dir;                       // for avatar images
};

// Draws the phone body, status bar and app bar; returns the content rectangle (min, max).
void draw_phone(ImDrawList* dl, ImVec2 pos, ImVec2 size, const PhoneApp& app, const Theme& theme, ImVec2& content_min,
                ImVec2& content_max);
// Header block at the top of the scrolled content for some channels (post author, email header,
// profile card, call banner). Returns its height.
float draw_app_header(ImDrawList* dl, ImVec2 pos, float width, const PhoneApp& app, const Theme& theme);

// One message as the visitor sees it.
struct MessageBlock {
  const lure::LineView* line = nullptr;
  lure::Channel channel = lure::Channel::Chat;
  bool show_speaker = false;    // first line of a new speaker (names in groups, emails, transcripts)
  bool markable = true;         // every message but the visitor's own
  bool marked = false;
  bool mark_correct = false;
  bool reveal_result = true;    // show label/explanation right away (SiteConfig::flag_reveal)
  std::string flag_label, flag_explain;  // of the first flag, when the mark was correct
  float appear = 1.f;           // 0..1 arrival animation
  std::string id;               // "mark:<node>:<line>" for scripts
  std::string base_dir;
};

// Draws `block` at `pos` in the content `width`; returns its height. Sets `mark_pressed` when the
// flag marker was tapped.
float draw_message(ImDrawList* dl, ImVec2 pos, float width, const MessageBlock& block, const Theme& theme,
                   bool& mark_pressed);
// The "someone is typing" bubble.
float draw_typing(ImDrawList* dl, ImVec2 pos, float width, const lure::Character* who, lure::Channel channel,
                  const Theme& theme, double t, bool animate, const std::string& base_dir);
// A centred time separator ("21:26").
float draw_time_separator(ImDrawList* dl, ImVec2 pos, float width, const std::string& time, const Theme& theme);

}  // namespace lureproof
