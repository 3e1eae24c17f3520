// Printing engine diagnostics for people (compiler style) and machines (JSON).
#include "diagnostics_output.h"

#include <algorithm>
#include <tuple>

#include "cli.h"

namespace cli {

const std::string* SourceLines::line(const std::string& file, int line_number) {
    auto it = files_.find(file);
    if (it == files_.end()) {
        // Read with the loader's checks, so a file the loader refused (a link out of its folder, a
        // FIFO, a file over the size limit) is never shown.
        std::vector<std::string> lines;
        lure::DiskFileSource disk;
        lure::FileRead text = disk.read_within(file, lure::directory_of(file), lure::ParseLimits{}.max_file_bytes);
        if (text.status == lure::FileStatus::Ok) lines = split_lines(text.text);
        it = files_.emplace(file, std::move(lines)).first;
    }
    if (line_number < 1 || static_cast<std::size_t>(line_number) > it->second.size()) return nullptr;
    return &it->second[static_cast<std::size_t>(line_number - 1)];
}

namespace {

// Spaces (tabs kept) under the first `column - 1` code points of `line`, so a caret lines up.
std::string caret_padding(const std::string& line, int column) {
    std::string pad;
    int seen = 0;
    for (std::size_t i = 0; i < line.size() && seen < column - 1; ++i) {
        unsigned char c = static_cast<unsigned char>(line[i]);
        if ((c & 0xC0) == 0x80) continue;  // continuation byte of a code point
        pad += c == '\t' ? '\t' : ' ';
        ++seen;
    }
    return pad;
}

constexpr std::size_t kShownLineBytes = 200;

// The first kShownLineBytes of a line, cut at a code point boundary.
std::string shown_part(const std::string& line) {
    if (line.size() <= kShownLineBytes) return line;
    std::size_t end = kShownLineBytes;
    while (end > 0 && (static_cast<unsigned char>(line[end]) & 0xC0) == 0x80) --end;
    return line.substr(0, end);
}

int lure_codepoints(const std::string& s) {
    int n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

}  // namespace

void print_diagnostic(std::FILE* out, const lure::Diagnostic& d, SourceLines& sources) {
    lure::Diagnostic head = d;
    head.hint.clear();
    std::fprintf(out, "%s\n", lure::format_diagnostic(head).c_str());
    if (d.line > 0 && !d.file.empty()) {
        if (const std::string* text = sources.line(d.file, d.line)) {
            std::string number = std::to_string(d.line);
            // A long line (LP134 allows none over 16 KiB) is shown cut, so a hostile file cannot flood
            // the terminal; the caret is drawn only when its column is within what is shown.
            const std::string shown = shown_part(*text);
            std::fprintf(out, " %5s | %s%s\n", number.c_str(), shown.c_str(),
                         shown.size() < text->size() ? " ..." : "");
            if (d.column > 0 && d.column <= lure_codepoints(shown) + 1)
                std::fprintf(out, " %5s | %s^\n", "", caret_padding(shown, d.column).c_str());
        }
    }
    if (!d.hint.empty()) std::fprintf(out, "  hint: %s\n", d.hint.c_str());
}

int print_diagnostics(std::FILE* out, const std::vector<lure::Diagnostic>& list, bool errors_only) {
    SourceLines sources;
    int printed = 0;
    for (const auto& d : sorted_unique(list)) {
        if (errors_only && d.severity != lure::Severity::Error) continue;
        print_diagnostic(out, d, sources);
        ++printed;
    }
    return printed;
}

std::vector<lure::Diagnostic> sorted_unique(std::vector<lure::Diagnostic> list) {
    std::stable_sort(list.begin(), list.end(), [](const lure::Diagnostic& a, const lure::Diagnostic& b) {
        return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
    });
    std::vector<lure::Diagnostic> out;
    for (auto& d : list) {
        bool dup = std::any_of(out.begin(), out.end(), [&](const lure::Diagnostic& o) {
            return o.file == d.file && o.line == d.line && o.column == d.column && o.code == d.code &&
                   o.message == d.message;
        });
        if (!dup) out.push_back(std::move(d));
    }
    return out;
}

nlohmann::json diagnostic_json(const lure::Diagnostic& d) {
    return {
        {"file", d.file},     {"line", d.line},
        {"column", d.column}, {"severity", d.severity == lure::Severity::Error ? "error" : "warning"},
        {"code", d.code},     {"message", d.message},
        {"hint", d.hint},
    };
}

void print_json(const nlohmann::json& j) {
    std::printf("%s\n", j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
}

}  // namespace cli
