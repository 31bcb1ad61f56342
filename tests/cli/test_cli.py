#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Hotspot Atlas contributors
# SPDX-License-Identifier: MIT
"""End-to-end tests of hotspot-atlas-cli: usage: test_cli.py CLI TEST_DATA_DIR [corpus]"""
import json, os, subprocess, sys, tempfile, unittest

CLI = sys.argv[1]
DATA = sys.argv[2]
CORPUS = os.path.join(DATA, "corpus")
BAD = os.path.join(DATA, "bad")


def run(*args):
    p = subprocess.run([CLI, *args], capture_output=True, timeout=60)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


class Cli(unittest.TestCase):
    def test_help_and_version(self):
        rc, out, _ = run("--help")
        self.assertEqual(rc, 0)
        self.assertIn("parse FILE", out)
        self.assertIn("validate FILE", out)
        rc, out, _ = run("--version")
        self.assertEqual(rc, 0)
        self.assertRegex(out, r"^hotspot-atlas-cli \d+\.\d+\.\d+")

    def test_usage_errors_exit_2(self):
        self.assertEqual(run()[0], 2)
        self.assertEqual(run("frobnicate")[0], 2)
        self.assertEqual(run("parse")[0], 2)
        rc, _, err = run("parse", "--bogus", "x.md")
        self.assertEqual(rc, 2)
        self.assertIn("unknown option", err)

    def test_parse_one_file_prints_an_object(self):
        rc, out, _ = run("parse", os.path.join(CORPUS, "uzbekistan-2026-06-12.md"))
        self.assertEqual(rc, 0)
        doc = json.loads(out)
        self.assertEqual(doc["country"], "Uzbekistan")
        self.assertEqual(doc["format"], "markdown")
        self.assertEqual(doc["threat_ordinal"], 3)
        for key in ("source", "title", "period", "executive_summary", "key_developments",
                    "sections", "hotspots", "diagnostics"):
            self.assertIn(key, doc)

    def test_parse_several_files_prints_an_array(self):
        rc, out, _ = run("parse", os.path.join(CORPUS, "uzbekistan-2026-06-12.md"),
                         os.path.join(CORPUS, "tajikistan-2026-06-12.json"))
        self.assertEqual(rc, 0)
        docs = json.loads(out)
        self.assertEqual([d["country"] for d in docs], ["Uzbekistan", "Tajikistan"])

    def test_unreadable_file_exits_1_with_one_line(self):
        path = os.path.join(BAD, "image.md")
        rc, out, err = run("parse", path)
        self.assertEqual(rc, 1)
        self.assertEqual(out, "")
        self.assertEqual(err.count("\n"), 1)
        self.assertTrue(err.startswith(path + ": "))
        rc, out, err = run("parse", os.path.join(CORPUS, "tajikistan-2026-06-12.json"), path)
        self.assertEqual(rc, 1)
        self.assertEqual(len(json.loads(out)), 1)  # the good one is still printed

    def test_validate_lists_diagnostics_and_fails_on_errors(self):
        path = os.path.join(CORPUS, "turkmenistan-2026-06-05-repairs.md")
        rc, out, _ = run("validate", path)
        self.assertEqual(rc, 1)
        self.assertIn(path + ":25: error: hotspot \"Somewhere north\"", out)
        self.assertIn(": warning: ", out)
        rc, out, _ = run("validate", os.path.join(CORPUS, "uzbekistan-2026-06-12.md"))
        self.assertEqual(rc, 0)
        self.assertIn("2 hotspot(s), 0 error(s)", out)

    def test_huge_input_is_refused_quickly(self):
        with tempfile.NamedTemporaryFile(suffix=".json") as f:
            f.write(b"[" * 200000)
            f.flush()
            rc, _, err = run("parse", f.name)
            self.assertEqual(rc, 1)
            self.assertIn("nested deeper", err)


def corpus():
    """The project corpus through the same comparisons as ../shared/tools/check_corpus.py."""
    expected = json.load(open(os.path.join(CORPUS, "expected.json")))
    failures = 0
    for name, exp in expected.items():
        rc, out, err = run("parse", os.path.join(CORPUS, name))
        doc = json.loads(out) if rc == 0 else None
        ok = doc is not None and doc["country"] == exp["country"] and \
            [doc["period"]["start"], doc["period"]["end"]] == exp["period"] and \
            doc["threat_level"] == exp["threat_level"]
        if "hotspots" in exp and ok:
            got = {h["label"]: (h["lat"], h["lng"], h["intensity"]) for h in doc["hotspots"]}
            ok = len(doc["hotspots"]) == len(exp["hotspots"]) and all(
                l in got and abs(got[l][0] - a) < 1e-6 and abs(got[l][1] - b) < 1e-6 and got[l][2] == i
                for l, a, b, i in exp["hotspots"])
        print(("ok   " if ok else "FAIL ") + name + ("" if ok else f": rc={rc} {err.strip()[:200]}"))
        failures += not ok
    print(f"{len(expected) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) > 3 and sys.argv[3] == "corpus":
        sys.exit(corpus())
    unittest.main(argv=[sys.argv[0], "-v"])
