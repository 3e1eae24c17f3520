// Avatars: the character's image (stb_image, uploaded once through the platform) or generated
// initials on the character's colour. Used by bubbles, the phone's app bar, posts and calls.
#pragma once

#include "ui/theme.h"

#include <lure/scenario.h>

#include <string>

namespace lureproof {

ImU32 character_colour(const lure::Character* c);  // "#rrggbb" or a calm default
// Draws a round avatar of radius `r` centred on `c`. `base_dir` resolves relative image paths.
void draw_avatar(ImDrawList* dl, ImVec2 c, float r, const lure::Character* who, const Theme& theme,
                 const std::string& base_dir);

}  // namespace lureproof
