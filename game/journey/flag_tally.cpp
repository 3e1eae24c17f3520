// Red-flag tally: spotted / missed / wrong for the route the visitor took.
#include "journey/flag_tally.h"

#include <algorithm>

namespace lureproof {

FlagTally tally_flags(const lure::Story& story, const std::vector<Mark>& marks) {
  FlagTally tally;
  const lure::Scenario& sc = story.scenario();
  for (const std::string& id : story.flags_seen()) {
    const int index = sc.find_flag(id);
    if (index < 0) continue;
    bool spotted = false;
    for (const Mark& m : marks)
      if (std::find(m.flags.begin(), m.flags.end(), id) != m.flags.end()) spotted = true;
    tally.flags.push_back({&sc.flags[size_t(index)], spotted});
    (spotted ? tally.spotted : tally.missed)++;
  }
  for (const Mark& m : marks) tally.wrong += m.correct ? 0 : 1;
  return tally;
}

bool line_exists(const lure::NodeView& node, int line) {
  if (line >= 0) return line < int(node.lines.size());
  return field_of_line(line) < int(node.properties.size());
}

std::vector<std::string> flags_on(const lure::NodeView& node, int line) {
  if (!line_exists(node, line)) return {};
  if (line >= 0) return node.lines[size_t(line)].flags;
  std::vector<std::string> flags;
  const std::string& key = node.properties[size_t(field_of_line(line))].first;
  for (const auto& [property, flag] : node.property_flags)
    if (property == key) flags.push_back(flag);
  return flags;
}

const Mark* find_mark(const std::vector<Mark>& marks, int node, int line) {
  for (const Mark& m : marks)
    if (m.node == node && m.line == line) return &m;
  return nullptr;
}

}  // namespace lureproof
