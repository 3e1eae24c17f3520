// libFuzzer target for translations read straight from .po files: parse_po, check_po (with and
// without a reference) and Catalog::load_po on any input (lure l10n check, lure play --po).
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "lure/l10n_po.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::vector<lure::L10nEntry> reference = {
        {"fee-01", "The fee is *only* {debt} euros.", "", ""},
        {"sign-01", "Sign here.", "", ""},
        {"po:title", "The Offer", "", ""},
    };
    std::string_view text(reinterpret_cast<const char*>(data), size);
    const lure::PoFile po = lure::parse_po(text);
    (void)lure::check_po(po, "fuzz.po", nullptr);
    (void)lure::check_po(po, "fuzz.po", &reference);
    for (const lure::PoEntry& e : po.entries) (void)lure::po_position(e, e.translation.size() / 2);
    lure::Catalog catalog;
    std::vector<lure::Diagnostic> warnings;
    (void)catalog.load_po(text, "fuzz.po", warnings);
    (void)catalog.get("fee-01", "The fee is *only* {debt} euros.");
    return 0;
}
