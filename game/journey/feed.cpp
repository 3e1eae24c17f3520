// Feed: flattening the transcript into lines and grouping consecutive nodes into one app.
#include "journey/feed.h"

#include <algorithm>

namespace lureproof {

std::vector<FeedLine> feed_of(const lure::Story& story) {
  std::vector<FeedLine> out;
  const auto& t = story.transcript();
  for (int n = 0; n < int(t.size()); ++n)
    for (int l = 0; l < int(t[size_t(n)].lines.size()); ++l) out.push_back({n, l});
  return out;
}

namespace {
bool same_app(const lure::NodeView& a, const lure::NodeView& b) {
  return a.channel == b.channel && (a.title == b.title || a.title.empty() || b.title.empty());
}
}  // namespace

AppSegment app_segment(const lure::Story& story, const std::vector<FeedLine>& feed, int visible_count) {
  const auto& t = story.transcript();
  AppSegment seg;
  if (t.empty()) return seg;
  // The node of the newest visible line; before any line shows, the first node of this step.
  int node = int(t.size()) - 1;
  if (visible_count > 0 && visible_count <= int(feed.size())) node = feed[size_t(visible_count - 1)].node;
  int first = node;
  while (first > 0 && same_app(t[size_t(first - 1)], t[size_t(node)])) --first;
  int last = node;
  while (last + 1 < int(t.size()) && same_app(t[size_t(last + 1)], t[size_t(node)])) ++last;
  seg.node = first;
  seg.begin = int(feed.size());
  seg.end = 0;
  for (int i = 0; i < int(feed.size()); ++i)
    if (feed[size_t(i)].node >= first && feed[size_t(i)].node <= last) {
      seg.begin = std::min(seg.begin, i);
      seg.end = i + 1;
    }
  if (seg.end < seg.begin) seg.begin = seg.end = visible_count;
  return seg;
}

}  // namespace lureproof
