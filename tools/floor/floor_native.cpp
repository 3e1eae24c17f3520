// The native "floor": the same bare SDL2 + Dear ImGui window as the floor page, drawn for N frames
// under the same measurement as `lureproof --frame-stats` (thread CPU time of events + UI +
// ImGui::Render per frame) and memory. scripts/bench.sh compares the game with it.
// Usage: floor_native FRAMES OUT.json
#include "pacing/frame_stats.h"

#include <SDL.h>
#include <SDL_opengl.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <string>

using namespace lureproof;

namespace {
double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}
// VmRSS, VmHWM and RssAnon, as platform::memory_use reports them for the game.
void note_memory(FrameStats& stats) {
  long v[3] = {-1, -1, -1};
  const char* keys[3] = {"VmRSS:", "VmHWM:", "RssAnon:"};
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    for (int i = 0; i < 3; ++i)
      if (line.rfind(keys[i], 0) == 0) v[i] = std::strtol(line.c_str() + std::string(keys[i]).size(), nullptr, 10);
  stats.note_memory(v[0], v[1], v[2]);
}
}  // namespace

int main(int argc, char** argv) {
  const int frames = argc > 1 ? std::atoi(argv[1]) : 0;
  if (frames < 1 || argc < 3) {
    std::fprintf(stderr, "usage: floor_native FRAMES OUT.json\n");
    return 2;
  }
  if (SDL_Init(SDL_INIT_VIDEO) != 0) return 1;
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
  SDL_Window* window = SDL_CreateWindow("floor", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280, 800,
                                        SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  if (!window) return 1;
  SDL_GLContext gl = SDL_GL_CreateContext(window);
  SDL_GL_MakeCurrent(window, gl);
  SDL_GL_SetSwapInterval(1);
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  ImGui_ImplSDL2_InitForOpenGL(window, gl);
  ImGui_ImplOpenGL3_Init("#version 330 core");
  FrameStats stats;
  const Uint64 start = SDL_GetPerformanceCounter();
  auto now = [&] { return double(SDL_GetPerformanceCounter() - start) / double(SDL_GetPerformanceFrequency()); };
  for (int i = 0; i < frames; ++i) {
    const double cpu0 = cpu_seconds();
    SDL_Event event;
    while (SDL_PollEvent(&event)) ImGui_ImplSDL2_ProcessEvent(&event);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
    ImGui::Begin("Floor");
    ImGui::Text("Bare SDL2 + Dear ImGui");
    ImGui::End();
    ImGui::Render();
    const double cpu_ms = (cpu_seconds() - cpu0) * 1000.0;
    const double gl0 = now();
    int w = 0, h = 0;
    SDL_GL_GetDrawableSize(window, &w, &h);
    glViewport(0, 0, w, h);
    glClearColor(0.1f, 0.12f, 0.2f, 1.f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    SDL_GL_SwapWindow(window);
    stats.record("floor", gl0, cpu_ms, (now() - gl0) * 1000.0);
  }
  note_memory(stats);
  std::string error;
  const bool ok = stats.write(argv[2], now(), error);
  if (!ok) std::fprintf(stderr, "floor_native: %s\n", error.c_str());
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplSDL2_Shutdown();
  ImGui::DestroyContext();
  SDL_GL_DeleteContext(gl);
  SDL_DestroyWindow(window);
  SDL_Quit();
  return ok ? 0 : 1;
}
