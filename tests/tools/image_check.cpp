// image_check: asserts that a screenshot PNG shows a real screen, not a blank or broken one.
// Usage: image_check FILE.png [--min-colours N] [--min-edges PERMILLE] [--expect-size WxH]
// Prints what it measured; exits 1 when the image is blank-looking, 2 on a usage or read error.
#define STB_IMAGE_IMPLEMENTATION
#include <stb/stb_image.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
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
  for (int i = 2; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--min-colours")) min_colours = std::atoi(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--min-edges")) min_edges_permille = std::atof(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--expect-size")) std::sscanf(argv[i + 1], "%dx%d", &expect_w, &expect_h);
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
  std::set<unsigned> colours;
  long edges = 0, bright = 0;
  auto lum = [&](int x, int y) {
    const unsigned char* p = px + (size_t(y) * w + x) * 3;
    return (p[0] * 299 + p[1] * 587 + p[2] * 114) / 1000;
  };
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      const unsigned char* p = px + (size_t(y) * w + x) * 3;
      colours.insert((unsigned(p[0] >> 3) << 10) | (unsigned(p[1] >> 3) << 5) | unsigned(p[2] >> 3));
      const int l = lum(x, y);
      if (l > 200) ++bright;
      // Text shows as many sharp horizontal light/dark transitions.
      if (x + 1 < w && std::abs(l - lum(x + 1, y)) > 90) ++edges;
    }
  }
  stbi_image_free(px);
  const double total = double(w) * double(h);
  const double edges_permille = 1000.0 * double(edges) / total;
  std::printf("image_check: %s %dx%d, %zu distinct colours (min %d), sharp edges %.2f per mille (min %.2f), "
              "bright pixels %.1f%%\n",
              argv[1], w, h, colours.size(), min_colours, edges_permille, min_edges_permille,
              100.0 * double(bright) / total);
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
  return ok ? 0 : 1;
}
