// Diagnostic formatting and the catalogue of every code (kept in sync with docs/scenario-format.md).
#include "lure/diagnostics.h"

namespace lure {

std::string format_diagnostic(const Diagnostic& d) {
    std::string out = d.file.empty() ? std::string("<input>") : d.file;
    if (d.line > 0) {
        out += ":" + std::to_string(d.line);
        if (d.column > 0) out += ":" + std::to_string(d.column);
    }
    out += d.severity == Severity::Error ? ": error " : ": warning ";
    out += d.code + ": " + d.message;
    if (!d.hint.empty()) out += " (hint: " + d.hint + ")";
    return out;
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
    for (const auto& d : diagnostics)
        if (d.severity == Severity::Error) return true;
    return false;
}

int count_severity(const std::vector<Diagnostic>& diagnostics, Severity severity) {
    int n = 0;
    for (const auto& d : diagnostics) n += d.severity == severity ? 1 : 0;
    return n;
}

const std::vector<DiagnosticInfo>& diagnostic_catalogue() {
    using S = Severity;
    static const std::vector<DiagnosticInfo> catalogue = {
        {"LP100", S::Error, "invalid UTF-8"},
        {"LP101", S::Error, "unrecognised line"},
        {"LP102", S::Error, "unknown header key"},
        {"LP103", S::Error, "header key after the first block"},
        {"LP104", S::Error, "duplicate header key"},
        {"LP105", S::Error, "invalid persona"},
        {"LP106", S::Error, "invalid technique"},
        {"LP107", S::Error, "invalid minutes"},
        {"LP108", S::Error, "invalid identifier"},
        {"LP109", S::Error, "malformed node header"},
        {"LP110", S::Error, "unknown channel"},
        {"LP111", S::Error, "unknown ending class"},
        {"LP112", S::Error, "unknown block property"},
        {"LP113", S::Error, "indented line outside a block"},
        {"LP114", S::Error, "missing value"},
        {"LP115", S::Error, "invalid colour"},
        {"LP116", S::Error, "unknown red-flag category"},
        {"LP117", S::Error, "malformed variable declaration"},
        {"LP118", S::Error, "content outside a node"},
        {"LP119", S::Error, "malformed choice"},
        {"LP120", S::Error, "malformed tag value"},
        {"LP121", S::Warning, "unknown tag"},
        {"LP122", S::Error, "expression syntax error"},
        {"LP123", S::Error, "unterminated string"},
        {"LP124", S::Error, "elif/else/endif without if"},
        {"LP125", S::Error, "if without endif"},
        {"LP126", S::Error, "branch after else"},
        {"LP127", S::Error, "malformed assignment"},
        {"LP128", S::Error, "unterminated interpolation"},
        {"LP129", S::Warning, "unmatched emphasis marker"},
        {"LP130", S::Error, "node property after content"},
        {"LP131", S::Error, "debrief outside an ending node"},
        {"LP132", S::Error, "choice in an ending node"},
        {"LP133", S::Error, "more than one fallback"},
        {"LP134", S::Error, "line too long"},
        {"LP135", S::Error, "file too large"},
        {"LP136", S::Error, "nesting too deep"},
        {"LP137", S::Error, "too many nodes or statements"},
        {"LP138", S::Error, "too many diagnostics"},
        {"LP139", S::Error, "duplicate block property"},
        {"LP140", S::Error, "reserved word used as an id"},
        {"LP141", S::Warning, "empty node"},
        {"LP142", S::Error, "invalid audience"},
        {"LP143", S::Warning, "map label too long"},
        {"LP144", S::Error, "post count is not a whole number"},
        {"LP145", S::Warning, "post count in an app that shows none"},
        {"LP146", S::Error, "post count given twice"},
        {"LP147", S::Error, "tag other than #flag on a node property"},
        {"LP148", S::Error, "red flag on a property that cannot show one"},
        {"LP149", S::Warning, "malformed address or number"},
        {"LP150", S::Error, "include file not found"},
        {"LP151", S::Error, "include cycle"},
        {"LP152", S::Error, "includes nested too deeply"},
        {"LP153", S::Error, "not allowed in an included file"},
        {"LP154", S::Warning, "address the app does not show"},
        {"LP155", S::Error, "malformed comment row"},
        {"LP156", S::Error, "comment row outside a social post"},
        {"LP157", S::Warning, "fewer comments stated than shown"},
        {"LP160", S::Error, "absolute or invalid path"},
        {"LP161", S::Error, "path leaves the scenario's folder"},
        {"LP162", S::Error, "symbolic link leads outside the scenario's folder"},
        {"LP163", S::Error, "not a regular file"},
        {"LP164", S::Error, "too many included files"},
        {"LP165", S::Error, "load reads too many bytes in all"},
        {"LP166", S::Error, "file included twice"},
        {"LP170", S::Error, "text value too long at run time"},
        {"LP171", S::Error, "too much text shown at run time"},
        {"LP200", S::Error, "undefined target node"},
        {"LP201", S::Warning, "unreachable node"},
        {"LP202", S::Error, "dead end"},
        {"LP203", S::Warning, "possible dead end"},
        {"LP204", S::Warning, "unreachable ending"},
        {"LP205", S::Error, "no reachable ending"},
        {"LP206", S::Error, "undeclared variable"},
        {"LP207", S::Warning, "unused variable"},
        {"LP208", S::Error, "type error"},
        {"LP209", S::Error, "duplicate node id"},
        {"LP210", S::Error, "duplicate line id"},
        {"LP211", S::Error, "duplicate character id"},
        {"LP212", S::Error, "duplicate red-flag id"},
        {"LP213", S::Error, "duplicate variable"},
        {"LP214", S::Error, "red flag without explanation"},
        {"LP215", S::Error, "red flag without source"},
        {"LP216", S::Warning, "red flag incomplete"},
        {"LP217", S::Error, "unknown speaker"},
        {"LP218", S::Error, "unknown red flag"},
        {"LP219", S::Error, "missing image file"},
        {"LP220", S::Error, "start node not found"},
        {"LP221", S::Error, "missing required header key"},
        {"LP222", S::Warning, "missing recommended header key"},
        {"LP223", S::Warning, "ending without debrief"},
        {"LP224", S::Warning, "unused red flag"},
        {"LP225", S::Error, "divert loop"},
        {"LP226", S::Warning, "character incomplete"},
        {"LP227", S::Error, "visits() of an unknown node"},
        {"LP228", S::Warning, "invalid random range"},
        {"LP229", S::Error, "no nodes"},
        {"LP230", S::Error, "unknown source id"},
        {"LP231", S::Warning, "source without a quote"},
        {"LP232", S::Error, "unknown fact"},
        {"LP233", S::Error, "invalid reviewed: header"},
        {"LP234", S::Error, "invalid facts-checked: header"},
        {"LP235", S::Error, "register or facts file unreadable"},
        {"LP236", S::Error, "register or facts entry incomplete"},
        {"LP237", S::Error, "duplicate register or fact id"},
        {"LP300", S::Error, "save file is not valid JSON or not a Lureproof save"},
        {"LP301", S::Error, "unsupported save version"},
        {"LP302", S::Error, "save belongs to another scenario"},
        {"LP303", S::Error, "saved node no longer exists"},
        {"LP304", S::Error, "variable changed type"},
        {"LP305", S::Warning, "saved variable no longer exists"},
        {"LP306", S::Warning, "new variable starts at its initial value"},
        {"LP307", S::Warning, "saved choice or flag no longer exists"},
        {"LP400", S::Error, "no passages"},
        {"LP401", S::Warning, "macro not translated"},
        {"LP402", S::Warning, "invalid StoryData"},
        {"LP403", S::Warning, "link to a missing passage"},
        {"LP404", S::Warning, "passage renamed"},
        {"LP405", S::Error, "duplicate passage name"},
        {"LP406", S::Warning, "unterminated link"},
        {"LP407", S::Warning, "start passage not found"},
        {"LP408", S::Warning, "text before the first passage"},
        {"LP409", S::Warning, "passage without links imported as an ending"},
        {"LP410", S::Error, "Twee file too large"},
        {"LP411", S::Error, "Twine condition or way on kept out of the story"},
        {"LP412", S::Error, "NOT IMPORTED part of a Twine story left in the scenario"},
    };
    return catalogue;
}

const DiagnosticInfo* find_diagnostic_info(std::string_view code) {
    for (const auto& info : diagnostic_catalogue())
        if (info.code == code) return &info;
    return nullptr;
}

}  // namespace lure
