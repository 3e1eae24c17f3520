// The quiz aggregate as JSON (nlohmann, non-throwing), to embed in the kiosk's stats.json under
// "quiz" or to store on its own. Parsing checks every field; a bad file is an error, not a crash.
#pragma once

#include "quiz/quiz_aggregate.h"

#include <nlohmann/json.hpp>

#include <string>

namespace lureproof {

nlohmann::json quiz_aggregate_to_json(const QuizAggregate& aggregate);
bool quiz_aggregate_from_json(const nlohmann::json& j, QuizAggregate& out, std::string& error);
// Text forms (a whole document), for a standalone file.
std::string quiz_aggregate_to_text(const QuizAggregate& aggregate);
bool quiz_aggregate_from_text(const std::string& text, QuizAggregate& out, std::string& error);

}  // namespace lureproof
