#!/usr/bin/python3
"""Bulk-import translations into a .po file by key, for translators working outside Poedit/Weblate.

  scripts/l10n/fill.py PO_FILE TSV_FILE [--force]
  scripts/l10n/fill.py --dump POT_OR_PO      prints "<msgctxt>\t<msgid>" lines to translate

TSV_FILE has one entry per line: "<msgctxt><TAB or space><translation>" (blank lines and lines starting
with '#' are ignored; write a newline inside a translation as \\n). Only empty or fuzzy msgstr are
filled unless --force. Filled entries lose their fuzzy flag. The result is re-wrapped with msgcat
and checked with msgfmt --check. Plural entries are not handled here: use Poedit.
"""
import re
import subprocess
import sys

ENTRY_LINE = re.compile(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?) "(.*)"$')


def unquote(s):
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)


def quote(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t").replace("\n", "\\n") + '"'


def read_entries(lines):
    """Yields (start, end, fields, flag_line_index) for every entry of a .po file's lines."""
    i, n = 0, len(lines)
    while i < n:
        start = i
        flag = None
        while i < n and lines[i].startswith("#"):
            if lines[i].startswith("#,"):
                flag = i
            i += 1
        fields, key = {}, None
        while i < n and lines[i].strip():
            m = ENTRY_LINE.match(lines[i])
            if m:
                key = m.group(1)
                fields[key] = [i, unquote(m.group(2))]
            elif lines[i].startswith('"') and key:
                fields[key][1] += unquote(lines[i][1:-1])
            i += 1
        if fields:
            yield start, i, fields, flag
        while i < n and not lines[i].strip():
            i += 1


def dump(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for _, _, fields, _ in read_entries(lines):
        if "msgid" in fields and fields["msgid"][1]:
            ctx = fields.get("msgctxt", [0, ""])[1]
            print(ctx + "\t" + fields["msgid"][1].replace("\n", "\\n"))


def fill(po_path, tsv_path, force):
    wanted = {}
    with open(tsv_path, encoding="utf-8") as f:
        for raw in f:
            raw = raw.rstrip("\n")
            if not raw.strip() or raw.startswith("#"):
                continue
            ctx, _, text = raw.partition("\t") if "\t" in raw else raw.partition(" ")
            wanted[ctx.strip()] = text.strip().replace("\\n", "\n")
    with open(po_path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out, last, used = [], 0, set()
    for start, end, fields, flag in read_entries(lines):
        ctx = fields.get("msgctxt", [0, None])[1]
        if ctx is None or ctx not in wanted or "msgid_plural" in fields or "msgstr" not in fields:
            continue
        fuzzy = flag is not None and "fuzzy" in lines[flag]
        if fields["msgstr"][1] and not fuzzy and not force:
            used.add(ctx)
            continue
        out.extend(lines[last:start])
        for k in range(start, end):
            if k == flag:
                rest = [x.strip() for x in lines[k][2:].split(",") if x.strip() and x.strip() != "fuzzy"]
                if rest:
                    out.append("#, " + ", ".join(rest))
                continue
            if lines[k].startswith("#|"):
                continue  # previous msgid of a fuzzy entry
            if k == fields["msgstr"][0]:
                out.append("msgstr " + quote(wanted[ctx]))
                continue
            if fields["msgstr"][0] < k and lines[k].startswith('"'):
                continue  # continuation lines of the old msgstr
            out.append(lines[k])
        last = end
        used.add(ctx)
    out.extend(lines[last:])
    with open(po_path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    subprocess.run(["msgcat", "-o", po_path, po_path], check=True)
    subprocess.run(["msgfmt", "--check", "-o", "/dev/null", po_path], check=True)
    unknown = sorted(set(wanted) - used)
    for ctx in unknown:
        sys.stderr.write("%s: no entry with msgctxt '%s'\n" % (po_path, ctx))
    return 1 if unknown else 0


def main(argv):
    if len(argv) == 3 and argv[1] == "--dump":
        dump(argv[2])
        return 0
    if len(argv) in (3, 4) and not argv[1].startswith("-"):
        return fill(argv[1], argv[2], len(argv) == 4 and argv[3] == "--force")
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
