// Internal: collects diagnostics with a cap (LP138) and converts SourceLocs to file names.
#pragma once

#include <string>
#include <vector>

#include "lure/diagnostics.h"
#include "lure/scenario.h"

namespace lure {

class DiagnosticSink {
public:
    DiagnosticSink(std::vector<Diagnostic>& out, const std::vector<std::string>& files, std::size_t max)
        : out_(out), files_(files), max_(max) {}

    void add(const std::string& code, const std::string& message, const SourceLoc& loc, const std::string& hint = "") {
        if (capped_) return;
        const DiagnosticInfo* info = find_diagnostic_info(code);
        Severity sev = info ? info->severity : Severity::Error;
        if (out_.size() >= max_) {
            capped_ = true;
            out_.push_back({"LP138", Severity::Error,
                            "too many diagnostics; stopped reporting after " + std::to_string(max_), file_of(loc),
                            loc.line, loc.column, "fix the first problems and run again"});
            return;
        }
        out_.push_back({code, sev, message, file_of(loc), loc.line, loc.column, hint});
    }
    bool capped() const { return capped_; }
    // True once nothing more will be reported: callers skip costly hints then.
    bool full() const { return capped_ || out_.size() >= max_; }

private:
    std::string file_of(const SourceLoc& loc) const {
        if (loc.file < 0 || static_cast<std::size_t>(loc.file) >= files_.size()) return "";
        return files_[static_cast<std::size_t>(loc.file)];
    }
    std::vector<Diagnostic>& out_;
    const std::vector<std::string>& files_;
    std::size_t max_;
    bool capped_ = false;
};

}  // namespace lure
