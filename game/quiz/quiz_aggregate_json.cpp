// JSON form of the quiz aggregate:
// {"format":"lureproof-quiz","version":1,"cells":[{"scenario":"dream-job","language":"en",
//   "discernment_pre":{"n":..,"sum":..,"sum_sq":..}, ..., "bands":{"disc-change-pos1":3, ...}}]}
#include "quiz/quiz_aggregate_json.h"

#include <algorithm>
#include <cmath>

namespace lureproof {

using nlohmann::json;

namespace {

constexpr const char* kFormat = "lureproof-quiz";
constexpr int kVersion = 1;

struct Field {
  const char* name;
  SumStats QuizCell::*member;
};
constexpr Field kFields[] = {
    {"discernment_pre", &QuizCell::discernment_pre},       {"discernment_post", &QuizCell::discernment_post},
    {"discernment_change", &QuizCell::discernment_change}, {"sensible_pre", &QuizCell::sensible_pre},
    {"sensible_post", &QuizCell::sensible_post},
};

json sums_to_json(const SumStats& s) { return {{"n", s.n}, {"sum", s.sum}, {"sum_sq", s.sum_sq}}; }

bool read_count(const json& j, std::uint64_t& out) {
  if (j.is_number_unsigned()) {
    out = j.get<std::uint64_t>();
    return true;
  }
  if (j.is_number_integer() && j.get<std::int64_t>() >= 0) {
    out = std::uint64_t(j.get<std::int64_t>());
    return true;
  }
  return false;
}

bool read_number(const json& j, double& out) {
  if (!j.is_number()) return false;
  out = j.get<double>();
  return std::isfinite(out);
}

bool sums_from_json(const json& j, SumStats& s) {
  if (!j.is_object()) return false;
  auto n = j.find("n"), sum = j.find("sum"), sq = j.find("sum_sq");
  if (n == j.end() || sum == j.end() || sq == j.end()) return false;
  if (!read_count(*n, s.n) || !read_number(*sum, s.sum) || !read_number(*sq, s.sum_sq)) return false;
  return s.sum_sq >= 0.0 && (s.n > 0 || (s.sum == 0.0 && s.sum_sq == 0.0));
}

}  // namespace

json quiz_aggregate_to_json(const QuizAggregate& a) {
  json cells = json::array();
  for (const auto& [key, cell] : a.cells) {
    json c = {{"scenario", key.first}, {"language", key.second}};
    for (const Field& f : kFields) c[f.name] = sums_to_json(cell.*(f.member));
    json bands = json::object();
    for (const auto& [band, count] : cell.bands) bands[band] = count;
    c["bands"] = bands;
    cells.push_back(c);
  }
  return {{"format", kFormat}, {"version", kVersion}, {"cells", cells}};
}

bool quiz_aggregate_from_json(const json& j, QuizAggregate& out, std::string& error) {
  auto fail = [&](const std::string& why) {
    error = why;
    return false;
  };
  if (!j.is_object()) return fail("the quiz aggregate is not a JSON object");
  auto format = j.find("format"), version = j.find("version"), cells = j.find("cells");
  if (format == j.end() || !format->is_string() || format->get<std::string>() != kFormat)
    return fail("not a Lureproof quiz aggregate");
  if (version == j.end() || !version->is_number_integer() || version->get<int>() != kVersion)
    return fail("unknown quiz aggregate version");
  if (cells == j.end() || !cells->is_array()) return fail("bad 'cells'");
  const auto& known = all_quiz_bands();
  QuizAggregate a;
  for (const json& c : *cells) {
    if (!c.is_object()) return fail("a quiz cell is not an object");
    auto sc = c.find("scenario"), lang = c.find("language"), bands = c.find("bands");
    if (sc == c.end() || lang == c.end() || !sc->is_string() || !lang->is_string() ||
        !quiz_plain_id(sc->get<std::string>()) || !quiz_plain_id(lang->get<std::string>()))
      return fail("a quiz cell has a bad scenario or language");
    const std::pair<std::string, std::string> key{sc->get<std::string>(), lang->get<std::string>()};
    if (a.cells.count(key)) return fail("quiz cell " + key.first + "/" + key.second + " appears twice");
    QuizCell& cell = a.cells[key];
    for (const Field& f : kFields) {
      auto it = c.find(f.name);
      if (it == c.end() || !sums_from_json(*it, cell.*(f.member))) return fail(std::string("bad '") + f.name + "'");
    }
    if (bands == c.end() || !bands->is_object()) return fail("bad 'bands'");
    for (auto b = bands->begin(); b != bands->end(); ++b) {
      if (std::find(known.begin(), known.end(), b.key()) == known.end())
        return fail("unknown quiz band '" + b.key() + "'");
      if (!read_count(b.value(), cell.bands[b.key()])) return fail("bad count for '" + b.key() + "'");
    }
  }
  out = std::move(a);
  return true;
}

std::string quiz_aggregate_to_text(const QuizAggregate& a) { return quiz_aggregate_to_json(a).dump(1) + "\n"; }

bool quiz_aggregate_from_text(const std::string& text, QuizAggregate& out, std::string& error) {
  const json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    error = "the quiz aggregate is not valid JSON";
    return false;
  }
  return quiz_aggregate_from_json(j, out, error);
}

}  // namespace lureproof
