// `lure import-twee FILE.twee`: converts a Twine story (Twee 3) into a .lure scenario through the
// engine's importer, printing what could not be translated with its position.
#include <cstdio>

#include "cli.h"
#include "diagnostics_output.h"
#include "lure/twee.h"

namespace cli {
namespace {

const char* kHelp =
    "Usage: lure import-twee [-o OUT.lure] [--force] FILE.twee\n"
    "\n"
    "Converts a Twine story saved as Twee 3 (SugarCube 2 or Harlowe 3; in Twine: Build > Export as Twee)\n"
    "into a scenario file. Passages become nodes; links and navigation macros (<<link>>, <<goto>>,\n"
    "(link-goto:) ...) become choices; simple <<set>>/<<if>> and (set:)/(if:) become variables and\n"
    "conditions, with StoryInit's values; \"Name: text\" lines become that character's messages.\n"
    "What has no equivalent is listed with its position; look at those places in the new file. The\n"
    "result is a starting point: add the header and red flags, then run 'lure validate'.\n"
    "\n"
    "Options:\n"
    "  -o, --output OUT.lure  where to write (default: FILE with .lure instead of .twee; '-' = stdout)\n"
    "  --force                overwrite OUT.lure if it exists\n"
    "\n"
    "A condition or a way on written as a macro (<<if>>, <<link>>, (goto:) ...) is kept out of the story\n"
    "as a comment marked NOT IMPORTED and reported as an error (LP411): the file is still written, but\n"
    "the story's logic differs from the Twine story until you rewrite those places.\n"
    "\n"
    "Exit codes: 0 written, 1 written with NOT IMPORTED parts (LP411), or nothing written because the\n"
    "Twee file has other errors or cannot be read or written, 2 wrong command line.\n";

int run(const std::vector<std::string>& raw) {
    auto args = parse_args("import-twee", raw, {{"-o", true, "--output"}, {"--force", false}});
    if (!args) return kExitUsage;
    if (args->files.size() != 1) return usage_error("import-twee", "give exactly one .twee file");
    const std::string& file = args->files[0];
    std::string out = args->get("-o");
    if (out.empty()) {
        const bool twee = file.size() > 5 && file.substr(file.size() - 5) == ".twee";
        out = (twee ? file.substr(0, file.size() - 5) : file) + ".lure";
    }
    // Said at once, before the import's warnings: nothing would be written anyway.
    if (out != "-" && !args->has("--force") && file_exists(out)) {
        std::fprintf(
            stderr, "lure import-twee: '%s' already exists; use --force to overwrite it or -o to choose another name\n",
            out.c_str());
        return kExitFailed;
    }
    // The same checks as the scenario loader: a regular file in its folder, at most 16 MiB, read
    // without blocking; a refusal is a positioned diagnostic and nothing of the file is shown.
    lure::DiskFileSource disk;
    lure::FileRead in = disk.read_within(file, lure::directory_of(file), lure::kMaxTweeBytes);
    if (in.status == lure::FileStatus::NotFound) {
        std::fprintf(stderr, "lure import-twee: cannot read '%s'\n", file.c_str());
        return kExitFailed;
    }
    if (in.status != lure::FileStatus::Ok) {
        lure::Diagnostic d{"LP410",
                           lure::Severity::Error,
                           "the file is larger than " + std::to_string(lure::kMaxTweeBytes) + " bytes; it was not read",
                           file,
                           1,
                           1,
                           "split the story"};
        if (in.status == lure::FileStatus::NotRegular)
            d = {"LP163",
                 lure::Severity::Error,
                 "not a regular file (a folder, device, pipe or socket); it was not read",
                 file,
                 1,
                 1,
                 ""};
        else if (in.status == lure::FileStatus::OutsideRoot)
            d = {"LP162",
                 lure::Severity::Error,
                 "a symbolic link to a file outside its folder; it was not read",
                 file,
                 1,
                 1,
                 ""};
        print_diagnostics(stderr, {d});
        return kExitFailed;
    }
    lure::TweeImport r = lure::import_twee(in.text, file);
    print_diagnostics(stderr, r.diagnostics);
    // LP411 (a condition or a way on kept out as a NOT IMPORTED comment) still writes the file, so
    // the rest of the work is not lost; the exit code says the story's logic needs rewriting.
    int kept_out = 0, blocking = 0;
    for (const lure::Diagnostic& d : r.diagnostics)
        if (d.severity == lure::Severity::Error) (d.code == "LP411" ? kept_out : blocking) += 1;
    if (blocking > 0) {
        std::fprintf(stderr, "lure import-twee: nothing written: fix the errors above first\n");
        return kExitFailed;
    }
    if (out == "-") {
        std::fputs(r.lure_text.c_str(), stdout);
        return kept_out > 0 ? kExitFailed : kExitOk;
    }
    if (!write_file(out, r.lure_text)) {
        std::fprintf(stderr, "lure import-twee: cannot write '%s'\n", out.c_str());
        return kExitFailed;
    }
    const int warnings = lure::count_severity(r.diagnostics, lure::Severity::Warning);
    // How much of the story's navigation came across: links and navigation macros that became
    // choices or diverts, of all of them.
    const std::string ways = r.ways_on == 0 ? std::string("no links")
                                            : std::to_string(r.ways_on_imported) + " of " + std::to_string(r.ways_on) +
                                                  " ways on became choices (" +
                                                  std::to_string(r.ways_on_imported * 100 / r.ways_on) + "%)";
    if (kept_out > 0) {
        std::printf(
            "%s: %s imported into %s; %s; %s and %s. The errors are places that would change the "
            "story's logic: they are kept out as NOT IMPORTED comments. Rewrite them, then: lure validate %s\n",
            file.c_str(), plural(r.passages, "passage", "passages").c_str(), out.c_str(), ways.c_str(),
            plural(kept_out, "error", "errors").c_str(), plural(warnings, "warning", "warnings").c_str(), out.c_str());
        return kExitFailed;
    }
    std::printf("%s: %s imported into %s; %s (%s). Next: lure validate %s\n", file.c_str(),
                plural(r.passages, "passage", "passages").c_str(), out.c_str(), ways.c_str(),
                plural(warnings, "warning", "warnings").c_str(), out.c_str());
    return kExitOk;
}

}  // namespace

extern const Command import_twee_command = {"import-twee", "convert a Twine story (Twee 3) into a scenario file", kHelp,
                                            run};

}  // namespace cli
