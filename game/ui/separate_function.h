// LUREPROOF_SEPARATE_FUNCTION: keeps a screen (or another large, rarely run part of a frame) a
// function of its own after link-time optimisation. Browsers compile WebAssembly lazily, one
// function at its first call: when every screen is inlined into the frame loop, the first frame
// compiles all of them (~110 KB of code, ~20 ms before the web edition's first frame; see
// docs/performance.md). Natively it costs one call per screen per frame.
#pragma once

#define LUREPROOF_SEPARATE_FUNCTION [[gnu::noinline]]
