#!/usr/bin/python3
# Runs one `lure` CLI test case from cases.txt in a fresh copy of data/ and compares everything it
# printed (stdout, stderr, exit codes, files it wrote) with expected/<case>.txt, byte for byte.
# Set LURE_UPDATE_GOLDEN=1 to rewrite the expected file instead (then review the diff).
import argparse, os, shlex, shutil, subprocess, sys, tempfile

SKIP = 77  # ctest SKIP_RETURN_CODE


def load_case(cases_path, name):
    steps, current = [], None
    with open(cases_path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if line.startswith("[") and line.endswith("]"):
                current = line[1:-1] if line[1:-1] == name else None
                continue
            if current is None or not line.strip() or line.lstrip().startswith("#"):
                continue
            key, _, value = line.partition(":")
            steps.append((key.strip(), value.strip()))
    return steps


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lure", required=True)
    ap.add_argument("--case", required=True)
    ap.add_argument("--dir", required=True, help="tests/cli")
    a = ap.parse_args()

    steps = load_case(os.path.join(a.dir, "cases.txt"), a.case)
    if not steps:
        print(f"no case named {a.case!r} in cases.txt")
        return 1
    env = dict(os.environ)
    env["LC_ALL"] = "C.UTF-8"
    stdin = ""
    out = []
    with tempfile.TemporaryDirectory(prefix="lure-cli-") as work:
        shutil.copytree(os.path.join(a.dir, "data"), work, dirs_exist_ok=True)
        for key, value in steps:
            if key == "requires":
                if shutil.which(value) is None:
                    print(f"skipped: '{value}' is not installed")
                    return SKIP
            elif key == "env":
                k, _, v = value.partition("=")
                env[k] = v
            elif key == "stdin":
                stdin = "".join(x.strip() + "\n" for x in value.split(",")) if value else ""
            elif key == "run":
                p = subprocess.run([a.lure] + shlex.split(value), cwd=work, env=env, input=stdin.encode(),
                                   capture_output=True)
                out.append(f"$ lure {value}\n")
                if stdin:
                    out.append("[stdin] " + stdin.replace("\n", "\\n") + "\n")
                out.append("[stdout]\n" + p.stdout.decode("utf-8", "replace"))
                out.append("[stderr]\n" + p.stderr.decode("utf-8", "replace"))
                out.append(f"[exit {p.returncode}]\n\n")
                stdin = ""
            elif key == "tool":
                # An external program (msgfmt, msgmerge, ...): only its exit code is compared, since
                # its messages change between versions.
                args = shlex.split(value)
                if shutil.which(args[0]) is None:
                    print(f"skipped: '{args[0]}' is not installed")
                    return SKIP
                p = subprocess.run(args, cwd=work, env=env, capture_output=True)
                out.append(f"$ {value}\n[exit {p.returncode}]\n\n")
                if p.returncode != 0:
                    sys.stderr.write(p.stdout.decode() + p.stderr.decode())
            elif key == "file":
                with open(os.path.join(work, value), "rb") as f:
                    out.append(f"=== {value}\n" + f.read().decode("utf-8", "replace") + "=== end\n\n")
            elif key == "contains":
                path, _, needle = value.partition(" ")
                full = os.path.join(work, path)
                ok = os.path.exists(full) and needle.encode() in open(full, "rb").read()
                out.append(f"[{path} contains {needle!r}: {'yes' if ok else 'no'}]\n\n")
            elif key == "absent":
                out.append(f"[{value} exists: {'yes' if os.path.exists(os.path.join(work, value)) else 'no'}]\n\n")
            else:
                print(f"unknown step '{key}' in case {a.case}")
                return 1

    actual = "".join(out)
    expected_path = os.path.join(a.dir, "expected", a.case + ".txt")
    if os.environ.get("LURE_UPDATE_GOLDEN") == "1":
        with open(expected_path, "w", encoding="utf-8", newline="") as f:
            f.write(actual)
        print(f"updated {expected_path}")
        return 0
    try:
        with open(expected_path, encoding="utf-8", newline="") as f:
            expected = f.read()
    except FileNotFoundError:
        print(f"missing {expected_path}; run with LURE_UPDATE_GOLDEN=1 and review it")
        print(actual)
        return 1
    if actual == expected:
        return 0
    import difflib
    sys.stdout.writelines(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                               "expected/" + a.case + ".txt", "actual"))
    return 1


if __name__ == "__main__":
    sys.exit(main())
