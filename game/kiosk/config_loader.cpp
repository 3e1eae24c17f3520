// kiosk.toml (or the web build's kiosk.json) -> SiteConfig with per-key validation and safe fallbacks.
// The file is parsed into a DataNode tree (data/data_tree.h), so both formats share this one validation.
#include "kiosk/config_loader.h"

#include "kiosk/pin.h"
#include "kiosk/statistics.h"  // is_plain_id: a check id is counted there

#include "data/data_tree.h"

#include <lure/scenario.h>  // parse_audience: the same "16+" as a story's audience: header

#include <algorithm>
#include <cstdio>

namespace lureproof {

namespace {

constexpr std::size_t kMaxFileBytes = 256 * 1024;

class Reader {
 public:
  Reader(const ConfigContext& context, ConfigLoad& out) : context_(context), out_(out) {}

  void issue(ConfigIssue::Severity severity, const DataNode& where, std::string key, std::string message) {
    ConfigIssue i;
    i.severity = severity;
    i.line = where.line;
    i.column = where.column;
    i.key = std::move(key);
    i.message = std::move(message);
    out_.issues.push_back(std::move(i));
  }
  void error(const DataNode& n, const std::string& key, std::string message) {
    issue(ConfigIssue::Severity::Error, n, key, std::move(message));
  }
  void warning(const DataNode& n, const std::string& key, std::string message) {
    issue(ConfigIssue::Severity::Warning, n, key, std::move(message));
  }

  void read(const DataNode& root);

 private:
  static std::string type_name(const DataNode& n) {
    switch (n.type) {
      case DataNode::Type::String: return "a string";
      case DataNode::Type::Integer: return "a whole number";
      case DataNode::Type::Float: return "a decimal number";
      case DataNode::Type::Boolean: return "true/false";
      case DataNode::Type::Array: return "a list";
      case DataNode::Type::Table: return "a table";
      default: return "a date/time";
    }
  }
  bool read_bool(const DataNode& n, const std::string& key, bool& out) {
    if (n.type == DataNode::Type::Boolean) return out = n.boolean, true;
    error(
        n, key,
        key + " must be true or false, not " + type_name(n) + "; using the default (" + (out ? "true" : "false") + ")");
    return false;
  }
  bool read_string(const DataNode& n, const std::string& key, std::string& out, std::size_t max_len) {
    if (!n.is_string()) {
      error(n, key, key + " must be a string in quotes, not " + type_name(n) + "; using the default");
      return false;
    }
    const std::string* v = &n.string;
    if (v->size() > max_len) {
      error(n, key, key + " is longer than " + std::to_string(max_len) + " characters; using the default");
      return false;
    }
    for (unsigned char c : *v)
      if (c < 0x20 && c != '\n') {
        error(n, key, key + " contains a control character; using the default");
        return false;
      }
    out = *v;
    return true;
  }
  void read_int(const DataNode& n, const std::string& key, int& out, int lo, int hi, bool clamp) {
    const std::int64_t* v = n.type == DataNode::Type::Integer ? &n.integer : nullptr;
    if (!v) {
      error(n, key,
            key + " must be a whole number, not " + type_name(n) + "; using the default (" + std::to_string(out) + ")");
      return;
    }
    if (*v < lo || *v > hi) {
      if (clamp) {
        const int c = *v < lo ? lo : hi;
        warning(n, key,
                key + " = " + std::to_string(*v) + " is outside " + std::to_string(lo) + ".." + std::to_string(hi) +
                    "; using " + std::to_string(c));
        out = c;
      } else {
        error(n, key,
              key + " = " + std::to_string(*v) + " is outside " + std::to_string(lo) + ".." + std::to_string(hi) +
                  "; using the default (" + std::to_string(out) + ")");
      }
      return;
    }
    out = int(*v);
  }
  // A number such as 1 or 0.8 within the speech rate's limits; anything else keeps the default.
  void read_speech_rate(const DataNode& n, const std::string& key, float& out) {
    const bool number = n.type == DataNode::Type::Integer || n.type == DataNode::Type::Float;
    const double v = n.type == DataNode::Type::Integer ? double(n.integer) : n.number;
    if (number && v >= kiosk_limits::kMinSpeechRate && v <= kiosk_limits::kMaxSpeechRate) {
      out = float(v);
      return;
    }
    error(n, key,
          key + (number ? " is outside 0.5..2" : " must be a number such as 1 or 0.8, not " + type_name(n)) +
              "; using the default (1)");
  }
  // A list of ids checked against `known`; unknown or repeated entries are dropped one by one.
  bool read_id_list(const DataNode& n, const std::string& key, const std::vector<std::string>& known, const char* what,
                    std::vector<std::string>& out) {
    if (!n.is_array()) {
      error(n, key, key + " must be a list such as [\"a\", \"b\"], not " + type_name(n) + "; using the default");
      return false;
    }
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < n.items.size(); ++i) {
      const DataNode& item = n.items[i];
      const std::string item_key = key + "[" + std::to_string(i) + "]";
      const std::string* v = item.is_string() ? &item.string : nullptr;
      if (!v || v->empty() || v->size() > 64) {
        error(item, item_key, item_key + " must be a non-empty " + std::string(what) + " id in quotes; ignored");
        continue;
      }
      if (!known.empty() && std::find(known.begin(), known.end(), *v) == known.end()) {
        error(item, item_key, std::string("unknown ") + what + " '" + *v + "'" + suggestion(*v, known) + "; ignored");
        continue;
      }
      if (std::find(ids.begin(), ids.end(), *v) != ids.end()) {
        warning(item, item_key, std::string(what) + " '" + *v + "' is listed twice; keeping the first");
        continue;
      }
      ids.push_back(*v);
    }
    out = std::move(ids);
    return true;
  }
  // A language code key of a per-language table: a known language (when a list is given).
  bool known_language(const DataNode& n, const std::string& key, const std::string& code) {
    const auto& known = context_.known_languages;
    if (code.empty() || code.size() > 16 ||
        (!known.empty() && std::find(known.begin(), known.end(), code) == known.end())) {
      error(n, key, "unknown language '" + code + "'" + suggestion(code, known) + "; this text is ignored");
      return false;
    }
    return true;
  }
  // The default of a per-language table is its "en" entry; without one, the entry written first.
  template <class T>
  void pick_default(const DataNode& t, const std::string& key, PerLanguage<T>& out) {
    if (auto it = out.variants.find("en"); it != out.variants.end()) {
      out.value = it->second;
      return;
    }
    // (JSON has no positions: there the first in key order.)
    const DataNode* first = nullptr;
    std::string first_code;
    for (const auto& [k, v] : t.fields) {
      if (!out.variants.count(k)) continue;
      if (!first || v.line < first->line || (v.line == first->line && v.column < first->column))
        first = &v, first_code = k;
    }
    if (!first) return;
    out.value = out.variants[first_code];
    warning(t, key, key + " has no 'en' text; languages without their own see the '" + first_code + "' text");
  }
  // A text for every language ("...") or per language ({ en = "...", uk = "..." }).
  bool read_local_text(const DataNode& n, const std::string& key, LocalText& out, std::size_t max_len) {
    if (n.is_string()) {
      LocalText t;
      if (!read_string(n, key, t.value, max_len)) return false;
      out = std::move(t);
      return true;
    }
    if (!n.is_table()) {
      error(n, key,
            key + " must be a string in quotes or a table of languages such as { en = \"...\", uk = \"...\" }, not " +
                type_name(n) + "; using the default");
      return false;
    }
    LocalText result;
    for (const auto& [code, v] : n.fields) {
      const std::string field = key + "." + code;
      std::string text;
      if (known_language(v, field, code) && read_string(v, field, text, max_len)) result.variants[code] = text;
    }
    if (result.variants.empty()) {
      error(n, key, key + " has no usable text; using the default");
      return false;
    }
    pick_default(n, key, result);
    out = std::move(result);
    return true;
  }
  // Teaser lines: at most 12 of 200 characters; empty lines dropped.
  std::vector<std::string> read_lines(const DataNode& arr, const std::string& key) {
    std::vector<std::string> lines;
    for (std::size_t i = 0; i < arr.items.size() && i < 12; ++i) {
      std::string line;
      if (read_string(arr.items[i], key + "[" + std::to_string(i) + "]", line, 200) && !line.empty())
        lines.push_back(line);
    }
    if (arr.items.size() > 12) warning(arr, key, key + " has more than 12 lines; the rest are ignored");
    return lines;
  }
  // "16+": offer stories for ages up to 16. A broken value keeps only the stories for the youngest
  // audience (the safe side for a stand that meant to limit what it shows), and says so.
  void read_audience(const DataNode& n, const std::string& key, int& out) {
    int age = 0;
    if (n.is_string() && lure::parse_audience(n.string, age)) {
      out = age;
      return;
    }
    out = kYoungestAudience;
    error(n, key,
          key + " must be an age from 1 to 99 and a '+' in quotes, such as \"16+\", not " +
              (!n.is_string()         ? type_name(n)
               : n.string.size() > 16 ? std::string("a longer text")
                                      : "\"" + n.string + "\"") +
              "; offering only the stories for the youngest audience");
  }
  void read_teaser(const DataNode& n);
  void read_helplines(const DataNode& n);
  void read_checks(const DataNode& n);
  static std::size_t distance(const std::string& a, const std::string& b);
  static std::string suggestion(const std::string& word, const std::vector<std::string>& candidates);

  const ConfigContext& context_;
  ConfigLoad& out_;
};

std::size_t Reader::distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

std::string Reader::suggestion(const std::string& word, const std::vector<std::string>& candidates) {
  std::string best;
  std::size_t best_d = 3;  // suggest only close matches
  for (const std::string& c : candidates) {
    const std::size_t d = distance(word, c);
    if (d < best_d) best_d = d, best = c;
  }
  return best.empty() ? std::string() : " (did you mean '" + best + "'?)";
}

bool valid_phone_number(const std::string& s) {
  int digits = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9') ++digits;
    else if (c != ' ' && c != '+' && c != '-' && c != '(' && c != ')' && c != '/' && c != '.') return false;
  }
  return digits >= 3 && digits <= 20;
}

void Reader::read_helplines(const DataNode& n) {
  if (!n.is_array_of_tables()) {
    error(n, "helplines",
          "helplines must be a list of [[helplines]] tables with name, number, hours, note; using the defaults");
    return;
  }
  std::vector<Helpline> lines;
  for (std::size_t i = 0; i < n.items.size(); ++i) {
    const DataNode& t = n.items[i];
    const std::string key = "helplines[" + std::to_string(i) + "]";
    Helpline h;
    bool ok = true;
    for (const auto& [k, v] : t.fields) {
      const std::string field = key + "." + k;
      if (k == "name") ok &= read_local_text(v, field, h.name, 80);
      else if (k == "number") ok &= read_string(v, field, h.number, 40);
      else if (k == "hours") ok &= read_local_text(v, field, h.hours, 60);
      else if (k == "note") ok &= read_local_text(v, field, h.note, 200);
      else warning(v, field, "unknown key '" + k + "' in a helpline (expected name, number, hours, note); ignored");
    }
    if (ok && h.name.value.empty()) {
      error(t, key, key + " has no name; this helpline is left out");
      ok = false;
    } else if (ok && !valid_phone_number(h.number)) {
      error(t, key,
            key + ".number '" + h.number +
                "' is not a phone number (3-20 digits, spaces, + - ( ) / .); this helpline is left out");
      ok = false;
    }
    if (ok) lines.push_back(std::move(h));
  }
  if (lines.empty()) {
    error(n, "helplines", "no valid helpline is left; using the default EU numbers");
    return;
  }
  out_.config.helplines = std::move(lines);
}

// [[checks]]: id (plain, unique, not "none"), label and feedback (per language). A broken entry is
// left out; with none left, the built-in checks stay.
void Reader::read_checks(const DataNode& n) {
  if (!n.is_array_of_tables()) {
    error(n, "checks", "checks must be a list of [[checks]] tables with id, label, feedback; using the defaults");
    return;
  }
  std::vector<CheckOption> checks;
  for (std::size_t i = 0; i < n.items.size(); ++i) {
    const DataNode& t = n.items[i];
    const std::string key = "checks[" + std::to_string(i) + "]";
    CheckOption c;
    bool ok = true;
    for (const auto& [k, v] : t.fields) {
      const std::string field = key + "." + k;
      if (k == "id") ok &= read_string(v, field, c.id, 64);
      else if (k == "label") ok &= read_local_text(v, field, c.label, 120);
      else if (k == "feedback") ok &= read_local_text(v, field, c.feedback, 400);
      else warning(v, field, "unknown key '" + k + "' in a check (expected id, label, feedback); ignored");
    }
    const bool repeated = std::any_of(checks.begin(), checks.end(), [&](const CheckOption& o) { return o.id == c.id; });
    if (ok && (!is_plain_id(c.id) || c.id == kNoCheckId || repeated)) {
      error(t, key,
            key + ".id '" + c.id + "' must be a new id of a-z, 0-9, '-', '_' (not \"" + kNoCheckId +
                "\"); this check is left out");
      ok = false;
    } else if (ok && (c.label.value.empty() || c.feedback.value.empty())) {
      error(t, key, key + " needs a label and a feedback; this check is left out");
      ok = false;
    }
    if (ok) checks.push_back(std::move(c));
  }
  if (checks.empty()) {
    error(n, "checks", "no valid check is left; using the built-in checks");
    return;
  }
  if (checks.size() > 8) {
    warning(n, "checks", "more than 8 checks; only the first 8 are offered");
    checks.resize(8);
  }
  out_.config.checks = std::move(checks);
}

void Reader::read_teaser(const DataNode& n) {
  const std::string key = "teaser";
  if (n.is_array()) {
    out_.config.teaser = LocalLines(read_lines(n, key));
    return;
  }
  if (!n.is_table()) {
    error(n, key,
          "teaser must be a list of lines such as [\"line 1\", \"line 2\"] or a table of such lists per "
          "language ([teaser] en = [...] uk = [...]); using the built-in teaser");
    return;
  }
  LocalLines result;
  for (const auto& [code, v] : n.fields) {
    const std::string field = key + "." + code;
    if (!known_language(v, field, code)) continue;
    if (v.is_array()) result.variants[code] = read_lines(v, field);
    else error(v, field, field + " must be a list of lines such as [\"line 1\", \"line 2\"]; ignored");
  }
  // The "en" lines are the default; without them, other languages get the built-in (translated) teaser.
  if (auto it = result.variants.find("en"); it != result.variants.end()) result.value = it->second;
  out_.config.teaser = std::move(result);
}

void Reader::read(const DataNode& root) {
  SiteConfig& c = out_.config;
  static const std::vector<std::string> keys = {
      "kiosk",          "languages",  "scenarios",         "idle_timeout_s", "idle_countdown_s", "flag_reveal",
      "helplines",      "qr_url",     "qr_caption",        "quiz",           "quiz_cards",       "statistics",
      "statistics_dir", "teaser",     "operator_pin_hash", "hide_cursor",    "log_max_kb",       "log_files",
      "check_step",     "checks",     "max_fps",           "reduced_motion", "high_contrast",    "audience",
      "read_aloud",     "speech_rate"};
  for (const auto& [key, v] : root.fields) {
    if (key == "kiosk") read_bool(v, key, c.kiosk);
    else if (key == "quiz") read_bool(v, key, c.quiz);
    else if (key == "statistics") read_bool(v, key, c.statistics);
    else if (key == "hide_cursor") read_bool(v, key, c.hide_cursor);
    else if (key == "check_step") read_bool(v, key, c.check_step);
    else if (key == "checks") read_checks(v);
    else if (key == "reduced_motion") read_bool(v, key, c.reduced_motion);
    else if (key == "high_contrast") read_bool(v, key, c.high_contrast);
    else if (key == "read_aloud") read_bool(v, key, c.read_aloud);
    else if (key == "speech_rate") read_speech_rate(v, key, c.speech_rate);
    else if (key == "max_fps") read_int(v, key, c.max_fps, kiosk_limits::kMinFps, kiosk_limits::kMaxFps, false);
    else if (key == "languages") {
      std::vector<std::string> ids;
      if (read_id_list(v, key, context_.known_languages, "language", ids)) {
        if (ids.empty())
          error(v, key, "no usable language is listed; using the default (every language with complete translations)");
        else {
          c.languages = std::move(ids);
          c.languages_listed = true;
        }
      }
    } else if (key == "scenarios") {
      std::vector<std::string> ids;
      std::vector<std::string> listed;
      if (context_.known_scenarios.empty() && context_.list_scenarios) listed = context_.list_scenarios();
      const std::vector<std::string>& known = listed.empty() ? context_.known_scenarios : listed;
      if (read_id_list(v, key, known, "scenario", ids)) {
        if (ids.empty() && !v.items.empty())
          error(v, key, "no usable scenario is listed; offering all bundled scenarios");
        c.scenarios = std::move(ids);
      }
    } else if (key == "audience") {
      read_audience(v, key, c.audience);
    } else if (key == "quiz_cards") {
      read_int(v, key, c.quiz_cards, 2, 4, true);  // cards per quiz test (game/quiz/quiz_plan.h)
    } else if (key == "idle_timeout_s") {
      read_int(v, key, c.idle_timeout_s, kiosk_limits::kMinIdleTimeoutS, kiosk_limits::kMaxIdleTimeoutS, false);
    } else if (key == "idle_countdown_s") {
      // Below 20 s is raised (WCAG 2.2.1 asks for at least 20 s to extend); above 300 s is lowered.
      read_int(v, key, c.idle_countdown_s, kiosk_limits::kMinCountdownS, kiosk_limits::kMaxCountdownS, true);
      if (c.idle_countdown_s == kiosk_limits::kMinCountdownS && v.type == DataNode::Type::Integer &&
          v.integer < kiosk_limits::kMinCountdownS)
        out_.issues.back().message += " (WCAG 2.2.1 gives visitors at least 20 s to say they are still there)";
    } else if (key == "flag_reveal") {
      std::string s;
      if (read_string(v, key, s, 32)) {
        if (s == "immediately") c.flag_reveal = FlagReveal::Immediately;
        else if (s == "in-debrief") c.flag_reveal = FlagReveal::InDebrief;
        else
          error(v, key,
                "flag_reveal must be \"immediately\" or \"in-debrief\", not \"" + s + "\"; using \"immediately\"");
      }
    } else if (key == "helplines") {
      read_helplines(v);
    } else if (key == "qr_url") {
      std::string s;
      if (read_string(v, key, s, 300)) {
        const bool scheme = s.rfind("https://", 0) == 0 || s.rfind("http://", 0) == 0;
        if (!s.empty() && (!scheme || s.find_first_of(" \t\n\"<>") != std::string::npos))
          error(v, key, "qr_url must be a web address starting with https:// and without spaces; using the default");
        else c.qr_url = s;
      }
    } else if (key == "qr_caption") {
      read_local_text(v, key, c.qr_caption, 120);
    } else if (key == "statistics_dir") {
      read_string(v, key, c.statistics_dir, 1024);
    } else if (key == "teaser") {
      read_teaser(v);
    } else if (key == "operator_pin_hash") {
      std::string s;
      if (read_string(v, key, s, 200)) {
        const PinHashKind kind = classify_pin_hash(s);
        if (!s.empty() && kind == PinHashKind::OldSha256)
          error(v, key,
                "operator_pin_hash is an old SHA-256 hash, which a copied config gives away in seconds; make "
                "a new one with `lureproof --hash-pin` (a PIN of 6 to 8 digits); the operator screen stays locked");
        else if (!s.empty() && kind == PinHashKind::TooWeak)
          error(v, key,
                "operator_pin_hash is an Argon2id hash below the interactive cost (64 MiB, 2 passes); make a "
                "new one with `lureproof --hash-pin`; the operator screen stays locked");
        else if (!s.empty() && kind != PinHashKind::Argon2id)
          error(v, key,
                "operator_pin_hash is not an Argon2id hash (\"$argon2id$v=19$m=...\"); make one with "
                "`lureproof --hash-pin`; the operator screen stays locked");
        else c.operator_pin_hash = s;
      }
    } else if (key == "log_max_kb") {
      read_int(v, key, c.log_max_kb, 16, 64 * 1024, false);
    } else if (key == "log_files") {
      read_int(v, key, c.log_files, 1, 50, false);
    } else {
      warning(v, key, "unknown key '" + key + "'" + suggestion(key, keys) + "; ignored");
    }
  }
}

}  // namespace

ConfigLoad parse_kiosk_config(const std::string& text, const std::string& source_name, const ConfigContext& context) {
  ConfigLoad out;
  out.source = source_name;
  if (text.size() > kMaxFileBytes) {
    out.parsed = false;
    out.issues.push_back(
        {ConfigIssue::Severity::Error, 0, 0, "", "the file is larger than 256 KB; using safe defaults for everything"});
    return out;
  }
  const DataParse result = parse_data(text, source_name);
  if (!result.ok) {
    const bool json = is_json_name(source_name);
    out.parsed = false;
    out.issues.push_back({ConfigIssue::Severity::Error, result.line, result.column, "",
                          result.error + "; the file is not valid " + (json ? "JSON" : "TOML") +
                              ", so safe defaults are used for everything"});
    return out;
  }
  Reader reader(context, out);
  reader.read(result.root);
  return out;
}

ConfigLoad load_kiosk_config_file(const std::string& path, const ConfigContext& context) {
  std::FILE* in = std::fopen(path.c_str(), "rb");  // <cstdio>: no iostreams in the web build
  if (!in) {
    ConfigLoad out;
    out.source = path;
    out.parsed = false;
    out.issues.push_back({ConfigIssue::Severity::Error, 0, 0, "", "cannot read the config file; using safe defaults"});
    return out;
  }
  std::string text;
  char buffer[4096];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, in)) > 0) {
    text.append(buffer, n);
    if (text.size() > kMaxFileBytes) break;
  }
  std::fclose(in);
  return parse_kiosk_config(text, path, context);
}

std::string format_issue(const ConfigIssue& issue, const std::string& source) {
  std::string where;
  if (issue.line > 0)
    where.append(":").append(std::to_string(issue.line)).append(":").append(std::to_string(issue.column));
  const std::string severity = issue.severity == ConfigIssue::Severity::Error ? "error" : "warning";
  return (source.empty() ? std::string("config") : source) + where + ": " + severity + ": " + issue.message;
}

}  // namespace lureproof
