// "Preview this ending" in the Studio: the open story played from its start to the ending the author
// picked (journey/ending_routes.h), for its ending screen, debrief and help screen as a visitor who
// marked no red flag sees them. Plain C++; the App draws the two screens (game/app/studio_preview.cpp).
#pragma once

#include "journey/ending_routes.h"
#include "journey/flag_tally.h"

#include <lure/graph.h>
#include <lure/scenario.h>
#include <lure/story.h>

#include <memory>
#include <optional>
#include <string>

namespace lureproof {

class EndingPreview {
 public:
  enum class Page { Ending, Debrief, Help };

  // Plays `scenario` to its ending `id`. False, with a message naming the endings, when it has no
  // such ending or cannot reach it.
  bool open(std::shared_ptr<const lure::Scenario> scenario, const std::string& id, std::string& error);
  void close();
  bool is_open() const { return story_.has_value(); }

  Page page = Page::Ending;
  Page help_from = Page::Ending;  // where the help screen's Back returns
  const lure::Story& story() const { return *story_; }
  const FlagTally& tally() const { return tally_; }
  const lure::Graph& graph() const { return graph_; }
  const EndingRoute& ending() const { return route_; }

 private:
  std::shared_ptr<const lure::Scenario> scenario_;  // the story points into it
  std::optional<lure::Story> story_;
  FlagTally tally_;
  lure::Graph graph_;
  EndingRoute route_;
};

}  // namespace lureproof
