// The attract screen: what a passer-by sees while nobody plays — an animated title, a looping
// teaser of incoming messages, "Touch to start" and the available languages.
#pragma once

class Theme;

// Draws the screen for time `t` seconds since it appeared; returns true when the visitor touched
// or pressed a key to start.
bool draw_attract_screen(const Theme& theme, double t, bool reduced_motion);
