// Internal: what a Twine macro does to a story's logic (SugarCube `<<name ...>>`, Harlowe
// `(name: ...)`), so the importer can keep conditions and lost ways on out of the playable story.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lure {

enum class TweeMacro {
    Condition,     // <<if>> <<unless>> <<switch>>, (if:) (unless:) (else-if:) (else:): guards text
    Branch,        // <<elseif>> <<else>> <<case>> <<default>>: a branch inside a condition
    LinkWithBody,  // <<link>> <<button>>, (link:) (click:) (link-reveal:) ...: runs its body on click
    GoTo,          // <<goto>> <<actions>> <<choice>>, (goto:) (link-goto:) ...: a way on to a passage
    Back,          // <<back>> <<return>>, (undo:) (link-undo:): a way back, no passage named
    Other          // <<set>>, <<print>>, (set:), (text-colour:) ...: no effect on where the story goes
};

// The name of a SugarCube macro starting at line[at] (after "<<"): "if", "/if", "link", "set".
std::string twee_macro_name(const std::string& line, std::size_t at);

// What the macro called `name` does ("if", "/if", "link-goto"; a SugarCube closing tag keeps its '/').
TweeMacro classify_twee_macro(std::string_view name);

// The SugarCube closing tag that ends the body of `name` ("if" -> "/if"), or "" when it has none.
std::string twee_closing_tag(std::string_view name);

// The passages a navigation macro's arguments name: the targets of [[...]] links, else the last
// quoted string ("Helpline" in <<link "Call" "Helpline">> or (link-goto: "Call", "Helpline")); a
// link with a body names a passage only with a second string (<<link "Call">> names none).
std::vector<std::string> twee_macro_targets(TweeMacro kind, std::string_view args);

// The first quoted string of the arguments ("Call" above), or "".
std::string twee_macro_label(std::string_view args);

}  // namespace lure
