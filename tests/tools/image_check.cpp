// image_check: asserts that a screenshot PNG shows a real screen, not a blank or broken one.
// Usage: image_check FILE.png [--min-colours N] [--min-edges PERMILLE] [--expect-size WxH]
//        [--colour RRGGBB [--tolerance N] [--region X0,Y0,X1,Y1] [--min-pixels N] [--max-pixels N]]
//        [--same-as OTHER.png [--tolerance N] [--max-pixels N]]
// --colour counts the pixels within N (default 16) of a colour per channel, in a region given as
// fractions of the image (default the whole image): a focus ring, an avatar. Prints what it measured;
// --same-as counts the pixels that differ from OTHER.png by more than N (default 16) in a channel;
// more than --max-pixels (default 0) fails. Prints what it measured; exits 1 when the image is
// blank-looking or a count is out of range, 2 on a usage or read error.
#define STB_IMAGE_IMPLEMENTATION
#include <stb/stb_image.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <algorithm>
#include <set>
#include <string>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: image_check FILE.png [--min-colours N] [--min-edges PERMILLE] [--expect-size WxH]\n");
    return 2;
  }
  int min_colours = 16;
  double min_edges_permille = 2.0;
  int expect_w = 0, expect_h = 0;
  unsigned colour = 0;
  bool count_colour = false;
  int tolerance = 16;
  long min_pixels = -1, max_pixels = -1;
  double region[4] = {0.0, 0.0, 1.0, 1.0};
  const char* same_as = nullptr;
  for (int i = 2; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--colour")) {
      count_colour = std::sscanf(argv[i + 1], "%6x", &colour) == 1;
      if (!count_colour) {
        std::fprintf(stderr, "image_check: --colour wants RRGGBB, not %s\n", argv[i + 1]);
        return 2;
      }
    } else if (!std::strcmp(argv[i], "--tolerance")) tolerance = std::atoi(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--min-pixels")) min_pixels = std::atol(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--max-pixels")) max_pixels = std::atol(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--region")) {
      if (std::sscanf(argv[i + 1], "%lf,%lf,%lf,%lf", &region[0], &region[1], &region[2], &region[3]) != 4) {
        std::fprintf(stderr, "image_check: --region wants X0,Y0,X1,Y1 as fractions, not %s\n", argv[i + 1]);
        return 2;
      }
    } else if (!std::strcmp(argv[i], "--min-colours")) min_colours = std::atoi(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--min-edges")) min_edges_permille = std::atof(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--expect-size")) std::sscanf(argv[i + 1], "%dx%d", &expect_w, &expect_h);
    else if (!std::strcmp(argv[i], "--same-as")) same_as = argv[i + 1];
    else {
      std::fprintf(stderr, "image_check: unknown option %s\n", argv[i]);
      return 2;
    }
  }
  int w = 0, h = 0, n = 0;
  unsigned char* px = stbi_load(argv[1], &w, &h, &n, 3);
  if (!px) {
    std::fprintf(stderr, "image_check: cannot read %s: %s\n", argv[1], stbi_failure_reason());
    return 2;
  }
  int other_w = 0, other_h = 0, other_n = 0;
  unsigned char* other = same_as ? stbi_load(same_as, &other_w, &other_h, &other_n, 3) : nullptr;
  if (same_as && !other) {
    std::fprintf(stderr, "image_check: cannot read %s: %s\n", same_as, stbi_failure_reason());
    stbi_image_free(px);
    return 2;
  }
  long different = 0;
  if (other && other_w == w && other_h == h)
    for (size_t i = 0; i < size_t(w) * size_t(h); ++i)
      for (int c = 0; c < 3; ++c)
        if (std::abs(int(px[i * 3 + c]) - int(other[i * 3 + c])) > tolerance) {
          ++different;
          break;
        }
  stbi_image_free(other);
  std::set<unsigned> colours;
  long edges = 0, bright = 0, matching = 0;
  const int rx0 = int(region[0] * w), ry0 = int(region[1] * h), rx1 = int(region[2] * w), ry1 = int(region[3] * h);
  const int want[3] = {int(colour >> 16) & 255, int(colour >> 8) & 255, int(colour) & 255};
  auto lum = [&](int x, int y) {
    const unsigned char* p = px + (size_t(y) * w + x) * 3;
    return (p[0] * 299 + p[1] * 587 + p[2] * 114) / 1000;
  };
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      const unsigned char* p = px + (size_t(y) * w + x) * 3;
      colours.insert((unsigned(p[0] >> 3) << 10) | (unsigned(p[1] >> 3) << 5) | unsigned(p[2] >> 3));
      if (count_colour && x >= rx0 && x < rx1 && y >= ry0 && y < ry1 && std::abs(p[0] - want[0]) <= tolerance &&
          std::abs(p[1] - want[1]) <= tolerance && std::abs(p[2] - want[2]) <= tolerance)
        ++matching;
      const int l = lum(x, y);
      if (l > 200) ++bright;
      // Text shows as many sharp horizontal light/dark transitions.
      if (x + 1 < w && std::abs(l - lum(x + 1, y)) > 90) ++edges;
    }
  }
  stbi_image_free(px);
  const double total = double(w) * double(h);
  const double edges_permille = 1000.0 * double(edges) / total;
  std::printf(
      "image_check: %s %dx%d, %zu distinct colours (min %d), sharp edges %.2f per mille (min %.2f), "
      "bright pixels %.1f%%\n",
      argv[1], w, h, colours.size(), min_colours, edges_permille, min_edges_permille, 100.0 * double(bright) / total);
  bool ok = true;
  if (expect_w && (w != expect_w || h != expect_h)) {
    std::printf("image_check: FAIL expected %dx%d\n", expect_w, expect_h);
    ok = false;
  }
  if (int(colours.size()) < min_colours) {
    std::printf("image_check: FAIL too few colours: the screen looks blank\n");
    ok = false;
  }
  if (edges_permille < min_edges_permille) {
    std::printf("image_check: FAIL no text-like detail found\n");
    ok = false;
  }
  if (same_as) {
    if (other_w != w || other_h != h) {
      std::printf("image_check: FAIL %s is %dx%d\n", same_as, other_w, other_h);
      ok = false;
    } else {
      std::printf("image_check: %ld pixels differ from %s by more than %d\n", different, same_as, tolerance);
      if (different > std::max(max_pixels, 0L)) {
        std::printf("image_check: FAIL more than %ld such pixels\n", std::max(max_pixels, 0L));
        ok = false;
      }
    }
  }
  if (count_colour) {
    std::printf("image_check: %ld pixels of #%06x (+-%d) in region %d,%d-%d,%d\n", matching, colour, tolerance, rx0,
                ry0, rx1, ry1);
    if (min_pixels >= 0 && matching < min_pixels) {
      std::printf("image_check: FAIL fewer than %ld such pixels\n", min_pixels);
      ok = false;
    }
    if (max_pixels >= 0 && matching > max_pixels) {
      std::printf("image_check: FAIL more than %ld such pixels\n", max_pixels);
      ok = false;
    }
  }
  return ok ? 0 : 1;
}
