// lureproof_studio_soak: an educator at the Studio for N minutes (default 10). Every 2 s of the
// App's clock the scenario file is edited on disk (a message gets a new number), the Studio reloads
// and re-checks it, the toolbar's "Play from start" is tapped and the first choice in the phone
// preview taken — through the real frame loop (App, Studio, ImGui NewFrame/Render) on the headless
// platform, with input as mouse taps on the widgets' traced rectangles. Fails when anonymous memory
// (RssAnon) grows more than --max-growth-kb (256) after the warm-up, or when a cycle's edit is not
// seen played in the preview.
#include "app/app.h"
#include "fee_offer_scenario.h"
#include "platform/platform.h"

#include <imgui.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

using namespace lureproof;

namespace {

const std::string kScenario = studio_fixture::fee_offer_scenario("studio-soak", "Studio Soak", R"(== post [chat]
marius: Warehouse work, offer number EDIT. #line:p01
marius: There is an admin fee of 150 euros. #flag:fee #line:p02
* Pay the fee -> end_harmed #line:p03
* Ask for a contract first -> end_safe #line:p04

== end_harmed [narration] ending harmed
narrator: The fee grew into a debt. #line:h01
debrief: A fee before a job is a red flag. #line:h02

== end_safe [narration] ending safe
narrator: You did not pay. #line:s01
debrief: Asking for a contract kept you safe. #line:s02
)");

long anon_kb() {
  long resident = -1, peak = -1, anon = -1;
  platform::memory_use(resident, peak, anon);
  return anon;
}

const UiTarget* find(const UiTrace& t, const std::string& label) {
  for (const UiTarget& x : t.targets)
    if (x.label == label && x.visible()) return &x;
  return nullptr;
}

bool drew_text(const UiTrace& t, const std::string& needle) {
  for (const std::string& s : t.texts)
    if (s.find(needle) != std::string::npos) return true;
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  double minutes = 10.0, warmup_minutes = 2.0;
  long max_growth_kb = 256;
  std::string assets = LUREPROOF_BUILD_ASSETS;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--minutes") minutes = std::atof(argv[i + 1]);
    else if (a == "--warmup-minutes") warmup_minutes = std::atof(argv[i + 1]);
    else if (a == "--max-growth-kb") max_growth_kb = std::atol(argv[i + 1]);
    else if (a == "--assets") assets = argv[i + 1];
    else
      return std::fprintf(stderr,
                          "usage: lureproof_studio_soak [--minutes M] [--warmup-minutes W] [--max-growth-kb K]\n"),
             2;
  }
  if (!(minutes > warmup_minutes && warmup_minutes >= 0.0))
    return std::fprintf(stderr, "studio soak: minutes must exceed the warm-up\n"), 2;
  char pattern[] = "/tmp/lureproof-studio-soak-XXXXXX";
  if (!::mkdtemp(pattern)) return std::perror("mkdtemp"), 1;
  const std::filesystem::path dir = pattern;
  const std::string file = (dir / "soak.lure").string();
  auto write_version = [&](long n) {
    std::string text = kScenario;
    text.replace(text.find("EDIT"), 4, std::to_string(n));
    std::ofstream(file, std::ios::trunc) << text;
  };
  write_version(0);

  Options options;
  options.studio = true;
  options.studio_path = file;
  options.assets_dir = assets;
  options.window_width = 1600;
  options.window_height = 900;
  options.input_from_program = true;  // the educator below is a program, on the deterministic clock
  App app(options);

  // One cycle is 120 frames of the App's deterministic clock (1/60 s each, i.e. 2 s): the edit on
  // disk at frame 0, "Play from start" at 60 (after the Studio's disk poll and re-check), the first
  // choice at 90, and at 119 a check that the preview showed this cycle's number.
  const long frames_per_cycle = 120;
  const long cycles = long(minutes * 60.0 / 2.0), warmup_cycles = long(warmup_minutes * 60.0 / 2.0);
  long frame = 0, seen = 0, missed = 0, anon_after_warmup = -1, peak_anon = 0;
  int press_frames = 0;
  ImVec2 press_at;
  bool played_this_cycle = false;
  app.harness().set_input_hook([&](const UiTrace& last) {
    ImGuiIO& io = ImGui::GetIO();
    const long cycle = frame / frames_per_cycle, step = frame % frames_per_cycle;
    ++frame;
    if (press_frames > 0) {  // a tap: down for two frames, then up
      io.MousePos = press_at;
      io.MouseDown[0] = --press_frames > 0;
      return;
    }
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    io.MouseDown[0] = false;
    auto tap = [&](const char* label) {
      if (const UiTarget* t = find(last, label)) {
        press_at = ImVec2((t->min.x + t->max.x) * 0.5f, (t->min.y + t->max.y) * 0.5f);
        io.MousePos = press_at;
        io.MouseDown[0] = true;
        press_frames = 2;
      }
    };
    if (step == 0) {
      write_version(cycle + 1);
      played_this_cycle = false;
    } else if (step == 60) {
      tap("studio:play-start");
    } else if (step >= 70 && step < 80 && drew_text(last, "offer number " + std::to_string(cycle + 1) + ".")) {
      played_this_cycle = true;
    } else if (step == 90) {
      tap("studio-choice:0");
    } else if (step == frames_per_cycle - 1) {
      played_this_cycle ? ++seen : ++missed;
      const long anon = anon_kb();
      peak_anon = std::max(peak_anon, anon);
      if (cycle + 1 == warmup_cycles) anon_after_warmup = anon;
      if ((cycle + 1) % 30 == 0)
        std::printf("studio soak: %.0f min, %ld cycles played, RssAnon %ld KB\n", (cycle + 1) * 2.0 / 60.0, seen, anon);
    }
  });
  std::string error;
  if (!app.init(argv[0], error)) {
    std::fprintf(stderr, "studio soak: %s\n", error.c_str());
    return 1;
  }
  while (frame < cycles * frames_per_cycle)
    if (!app.frame()) break;
  const long anon_end = anon_kb();
  app.shutdown();
  std::filesystem::remove_all(dir);

  const long growth = anon_end - anon_after_warmup;
  std::printf("studio soak: %.1f minutes of the App's clock (%ld frames), %ld cycles edited + played, %ld missed\n",
              minutes, frame, seen, missed);
  std::printf(
      "studio soak: RssAnon after %.1f min warm-up %ld KB, at the end %ld KB (peak %ld KB): growth %+ld KB "
      "(budget %ld KB)\n",
      warmup_minutes, anon_after_warmup, anon_end, peak_anon, growth, max_growth_kb);
  const bool ok = missed == 0 && seen == cycles && anon_after_warmup > 0 && growth <= max_growth_kb;
  std::printf("studio soak: %s\n", ok ? "PASS" : "FAIL");
  return ok ? 0 : 1;
}
