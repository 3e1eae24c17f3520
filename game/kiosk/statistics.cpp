// Statistics: counting, buckets, small-cell display and the JSON form (nlohmann, non-throwing use).
#include "kiosk/statistics.h"

#include "quiz/quiz_aggregate_json.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>

namespace lureproof {

using nlohmann::json;

namespace {

constexpr const char* kFormat = "lureproof-stats";
constexpr int kVersion = 1;

bool read_counter(const json& j, std::uint64_t& out) {
  if (!j.is_number_unsigned() && !(j.is_number_integer() && j.get<std::int64_t>() >= 0)) return false;
  out = j.get<std::uint64_t>();
  return true;
}

json counter_map(const std::map<std::string, std::uint64_t>& m) {
  json j = json::object();
  for (const auto& [k, v] : m) j[k] = v;
  return j;
}

}  // namespace

bool is_plain_id(const std::string& s) {
  if (s.empty() || s.size() > 64) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) return false;
  return true;
}

const std::vector<std::string>& duration_buckets() {
  static const std::vector<std::string> buckets = {"<2 min", "2-5 min", "5-10 min", ">10 min"};
  return buckets;
}

const std::string& duration_bucket(double seconds) {
  const auto& b = duration_buckets();
  if (seconds < 120) return b[0];
  if (seconds < 300) return b[1];
  if (seconds < 600) return b[2];
  return b[3];
}

std::vector<std::string> display_parts(std::uint64_t total, const std::vector<std::uint64_t>& parts, bool complete) {
  std::vector<std::string> shown;
  std::vector<bool> hidden;
  std::uint64_t small = 0, extra = 0;  // "<5" cells; cells hidden as well ("*", each at least kSmallCell)
  std::uint64_t hidden_sum = total;    // the total minus every part shown exactly
  for (std::uint64_t n : parts) {
    const bool is_small = n > 0 && n < kSmallCell;
    shown.push_back(display_count(n));
    hidden.push_back(is_small);
    small += is_small;
    if (!is_small) hidden_sum -= std::min(hidden_sum, n);
  }
  // A reader knows the hidden sum, that each "<5" cell is 1..4 and each "*" cell at least 5. Every
  // "<5" cell can still be anything from 1 to 4 when the hidden sum covers 4 in each of them plus 5
  // in each "*" cell, and when the parts add up to the total, when a "*" cell absorbs the slack.
  // Until then, hide the smallest part still shown.
  auto safe = [&] {
    return small == 0 || (hidden_sum >= small * (kSmallCell - 1) + extra * kSmallCell && (!complete || extra > 0));
  };
  while (!safe()) {
    std::size_t pick = parts.size();
    for (std::size_t i = 0; i < parts.size(); ++i)
      if (!hidden[i] && parts[i] > 0 && (pick == parts.size() || parts[i] < parts[pick])) pick = i;
    if (pick == parts.size()) break;  // every part is hidden or 0: nothing more to hide
    hidden[pick] = true;
    shown[pick] = kHiddenCell;
    ++extra;
    hidden_sum += parts[pick];
  }
  return shown;
}

namespace {
std::map<std::string, std::string> display_group(std::uint64_t total, const std::map<std::string, std::uint64_t>& parts,
                                                 bool complete) {
  std::vector<std::uint64_t> counts;
  for (const auto& [key, n] : parts) counts.push_back(n);
  const std::vector<std::string> shown = display_parts(total, counts, complete);
  std::map<std::string, std::string> out;
  std::size_t i = 0;
  for (const auto& [key, n] : parts) out[key] = shown[i++];
  return out;
}
}  // namespace

StatisticsDisplay display_statistics(const Statistics& s) {
  StatisticsDisplay d;
  d.languages = display_group(s.sessions, s.languages, false);  // some visits end before a language
  std::map<std::string, std::uint64_t> durations, plays;
  for (const std::string& bucket : duration_buckets()) {
    auto it = s.durations.find(bucket);
    durations[bucket] = it == s.durations.end() ? 0 : it->second;
  }
  d.durations = display_group(s.sessions, durations, true);
  d.quiz_bands = display_group(s.sessions, s.quiz_bands, false);
  for (const auto& [id, c] : s.scenarios) {
    plays[id] = c.plays;
    d.endings[id] = display_group(c.plays, c.endings, true);  // "none" when left before an ending
  }
  d.plays = display_group(s.sessions, plays, false);
  return d;
}

bool Statistics::add(const SessionSummary& v) {
  auto all_ids = [](const std::vector<std::string>& ids) { return std::all_of(ids.begin(), ids.end(), is_plain_id); };
  if ((!v.language.empty() && !is_plain_id(v.language)) || (!v.scenario.empty() && !is_plain_id(v.scenario)) ||
      !is_plain_id(v.ending) || !all_ids(v.flags_spotted) || !all_ids(v.flags_missed) ||
      (!v.quiz_band.empty() && !is_plain_id(v.quiz_band)) || (!v.check.empty() && !is_plain_id(v.check)))
    return false;
  ++sessions;
  if (v.completed) ++completed;
  if (!v.language.empty()) ++languages[v.language];
  ++durations[duration_bucket(v.duration_s)];
  if (!v.quiz_band.empty()) ++quiz_bands[v.quiz_band];
  if (!v.check.empty()) ++checks[v.check];
  if (v.quiz && !v.scenario.empty() && !v.language.empty()) quiz.add(v.scenario, v.language, *v.quiz);
  if (!v.scenario.empty()) {
    ScenarioCounts& s = scenarios[v.scenario];
    ++s.plays;
    ++s.endings[v.ending];
    for (const std::string& f : v.flags_spotted) ++s.flags[f].spotted;
    for (const std::string& f : v.flags_missed) ++s.flags[f].missed;
  }
  return true;
}

bool merge_statistics(Statistics& into, const Statistics& from) {
  bool exact = true;
  auto add = [&](std::uint64_t& a, std::uint64_t b) {
    if (a > UINT64_MAX - b) {
      a = UINT64_MAX;
      exact = false;
    } else {
      a += b;
    }
  };
  auto add_all = [&](std::map<std::string, std::uint64_t>& a, const std::map<std::string, std::uint64_t>& b) {
    for (const auto& [k, n] : b) add(a[k], n);
  };
  add(into.sessions, from.sessions);
  add(into.completed, from.completed);
  add_all(into.languages, from.languages);
  add_all(into.quiz_bands, from.quiz_bands);
  add_all(into.checks, from.checks);
  add_all(into.durations, from.durations);
  into.quiz.merge(from.quiz);
  for (const auto& [id, c] : from.scenarios) {
    ScenarioCounts& t = into.scenarios[id];
    add(t.plays, c.plays);
    add_all(t.endings, c.endings);
    for (const auto& [flag, f] : c.flags) {
      add(t.flags[flag].spotted, f.spotted);
      add(t.flags[flag].missed, f.missed);
    }
  }
  return exact;
}

std::string stats_to_json(const Statistics& s) {
  json j = json::object();
  j["format"] = kFormat;
  j["version"] = kVersion;
  j["sessions"] = s.sessions;
  j["completed"] = s.completed;
  j["languages"] = counter_map(s.languages);
  j["quiz_bands"] = counter_map(s.quiz_bands);
  j["durations"] = counter_map(s.durations);
  j["checks"] = counter_map(s.checks);
  json scenarios = json::object();
  for (const auto& [id, c] : s.scenarios) {
    json flags = json::object();
    for (const auto& [flag, f] : c.flags) flags[flag] = {{"spotted", f.spotted}, {"missed", f.missed}};
    scenarios[id] = {{"plays", c.plays}, {"endings", counter_map(c.endings)}, {"flags", flags}};
  }
  j["scenarios"] = scenarios;
  j["quiz"] = quiz_aggregate_to_json(s.quiz);
  return j.dump(1) + "\n";
}

bool stats_from_json(const std::string& text, Statistics& out, std::string& error) {
  std::string pointer;
  return stats_from_json(text, out, error, pointer);
}

bool stats_from_json(const std::string& text, Statistics& out, std::string& error, std::string& pointer) {
  const json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
  auto fail = [&](const std::string& why, const std::string& where = "") {
    error = why;
    pointer = where;
    return false;
  };
  if (j.is_discarded()) return fail("not valid JSON");
  if (!j.is_object()) return fail("not a JSON object");
  auto field = [&](const char* name) -> const json* {
    auto it = j.find(name);
    return it == j.end() ? nullptr : &*it;
  };
  const json* format = field("format");
  const json* version = field("version");
  if (!format || !format->is_string() || format->get<std::string>() != kFormat)
    return fail("not a Lureproof statistics file (no \"format\": \"lureproof-stats\")", format ? "/format" : "");
  if (!version || !version->is_number_integer() || version->get<int>() != kVersion)
    return fail("unknown statistics version", version ? "/version" : "");
  Statistics s;
  // A counter or a map of counters: `name` must be there and hold whole numbers >= 0.
  auto counter = [&](const char* name, std::uint64_t& into) {
    const json* v = field(name);
    if (!v) return fail(std::string("bad '") + name + "': missing");
    if (!read_counter(*v, into))
      return fail(std::string("bad '") + name + "': not a whole number >= 0", std::string("/") + name);
    return true;
  };
  auto counters = [&](const json& parent, const std::string& at, const char* name,
                      std::map<std::string, std::uint64_t>& into, bool ids_only) {
    auto v = parent.find(name);
    if (v == parent.end()) return fail(std::string("bad '") + name + "': missing", at);
    if (!v->is_object()) return fail(std::string("bad '") + name + "': not an object", at + "/" + name);
    for (auto it = v->begin(); it != v->end(); ++it) {
      if (ids_only && !is_plain_id(it.key()))
        return fail(std::string("bad '") + name + "': '" + it.key() + "' is not a plain id", at + "/" + name);
      if (!read_counter(it.value(), into[it.key()]))
        return fail(std::string("bad '") + name + "': not a whole number >= 0", at + "/" + name + "/" + it.key());
    }
    return true;
  };
  if (!counter("sessions", s.sessions) || !counter("completed", s.completed)) return false;
  if (!counters(j, "", "languages", s.languages, true) || !counters(j, "", "quiz_bands", s.quiz_bands, true) ||
      !counters(j, "", "durations", s.durations, false))
    return false;
  for (const auto& [k, v] : s.durations)
    if (std::find(duration_buckets().begin(), duration_buckets().end(), k) == duration_buckets().end())
      return fail("unknown duration bucket '" + k + "'", "/durations");
  const json* scenarios = field("scenarios");
  if (!scenarios) return fail("bad 'scenarios': missing");
  if (!scenarios->is_object()) return fail("bad 'scenarios': not an object", "/scenarios");
  for (auto it = scenarios->begin(); it != scenarios->end(); ++it) {
    const std::string at = "/scenarios/" + it.key();
    if (!is_plain_id(it.key())) return fail("bad scenario entry: '" + it.key() + "' is not a plain id", "/scenarios");
    if (!it.value().is_object()) return fail("bad scenario entry: not an object", at);
    const json& sj = it.value();
    ScenarioCounts c;
    auto plays = sj.find("plays"), flags = sj.find("flags");
    if (plays == sj.end()) return fail("bad scenario 'plays': missing", at);
    if (!read_counter(*plays, c.plays)) return fail("bad scenario 'plays': not a whole number >= 0", at + "/plays");
    if (!counters(sj, at, "endings", c.endings, true)) return false;
    if (flags == sj.end()) return fail("bad scenario 'flags': missing", at);
    if (!flags->is_object()) return fail("bad scenario 'flags': not an object", at + "/flags");
    for (auto f = flags->begin(); f != flags->end(); ++f) {
      const std::string flag_at = at + "/flags/" + f.key();
      if (!is_plain_id(f.key())) return fail("bad red-flag entry: '" + f.key() + "' is not a plain id", at + "/flags");
      if (!f.value().is_object()) return fail("bad red-flag entry: not an object", flag_at);
      auto sp = f.value().find("spotted"), mi = f.value().find("missed");
      FlagCounts& fc = c.flags[f.key()];
      if (sp == f.value().end() || mi == f.value().end()) return fail("bad red-flag counts: missing", flag_at);
      if (!read_counter(*sp, fc.spotted))
        return fail("bad red-flag counts: not a whole number >= 0", flag_at + "/spotted");
      if (!read_counter(*mi, fc.missed))
        return fail("bad red-flag counts: not a whole number >= 0", flag_at + "/missed");
    }
    s.scenarios[it.key()] = std::move(c);
  }
  if (field("checks")) {  // absent in files written before the check step existed
    if (!counters(j, "", "checks", s.checks, true)) return false;
  }
  if (const json* q = field("quiz")) {  // absent in files written before the quiz aggregate existed
    std::string quiz_error;
    if (!quiz_aggregate_from_json(*q, s.quiz, quiz_error)) return fail("bad 'quiz': " + quiz_error, "/quiz");
  }
  out = std::move(s);
  return true;
}

}  // namespace lureproof
