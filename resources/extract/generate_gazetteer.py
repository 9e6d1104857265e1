#!/usr/bin/env python3
"""Build the extraction engine's gazetteers from Debian data packages and the curated lists.

usage: generate_gazetteer.py --out DIR --curated DIR [--iso-codes DIR] [--cities FILE]
                             [--propernames FILE] [--words FILE]

Sources (each optional; a missing one is reported and skipped):
  --iso-codes   /usr/share/iso-codes/json (package iso-codes): countries and subdivisions
  --cities      /usr/share/misc/cities.dat.gz (package miscfiles): world cities
  --propernames /usr/share/dict/propernames.gz (package miscfiles): given names
  --words       /usr/share/dict/american-english (package wamerican): common English words
Writes into --out:
  gazetteer.tsv   surface<TAB>TYPE<TAB>canonical<TAB>flags   (curated entries win over generated ones)
  givennames.txt  one given name per line
  commonwords.txt lower-case English words, one per line
  languages.txt   language names (iso-codes), which are no entities
  and a copy of every curated rule list (*.txt other than the entity lists).
Python 3 standard library only; the same inputs give the same bytes.
"""
import argparse
import gzip
import json
import os
import re
import shutil
import sys

ENTITY_LISTS = {"orgs.txt": "ORG", "products.txt": "PRODUCT", "events.txt": "EVENT", "places.txt": "PLACE"}
FUNCTION_WORDS = {"the", "a", "an", "and", "or", "of", "in", "on", "for", "to", "by", "with", "at", "from", "as"}
# Generic words iso-codes appends to subdivision names ("Anhui Sheng", "Beijing Shi").
SUBDIVISION_SUFFIXES = re.compile(r"\s+(Sheng|Shi|Zizhiqu|Zhuangzu Zizhiqu|Huizi Zizhiqu|Uygur Zizhiqu|SAR|"
                                  r"Province|Region|Oblast|Prefecture|Governorate|District|County)$")


def warn(msg):
    print("generate_gazetteer: " + msg, file=sys.stderr)


def read_text(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", errors="replace") as f:
        return f.read()


def curated_lines(path):
    for line in read_text(path).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--curated", required=True)
    ap.add_argument("--iso-codes")
    ap.add_argument("--cities")
    ap.add_argument("--propernames")
    ap.add_argument("--words")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)

    common = set()
    if a.words and os.path.exists(a.words):
        for w in read_text(a.words).splitlines():
            if w and w.islower() and "'" not in w:
                common.add(w)
    else:
        warn("no word list (install wamerican); common-word checks will be weaker")

    entries = {}  # surface -> (type, canonical, flags); first writer wins

    def add(surface, typ, canonical, flags=""):
        surface = " ".join(surface.split())
        if surface and surface not in entries:
            entries[surface] = (typ, canonical, flags)

    # Curated lists first: they win.
    for name, typ in ENTITY_LISTS.items():
        for line in curated_lines(os.path.join(a.curated, name)):
            flags = ""
            if "@" in line:
                line, flags = line.split("@", 1)
            forms = [f.strip() for f in line.split("|") if f.strip()]
            for form in forms:
                add(form, typ, forms[0], flags)

    def generated_place(name):
        # A place name that is also an everyday word ("Nord", "Centre", "Capital") would tag prose.
        if len(name) < 4 or name.lower() in common or not name[0].isupper():
            return
        add(name, "PLACE", name, "generated")

    if a.iso_codes and os.path.isdir(a.iso_codes):
        with open(os.path.join(a.iso_codes, "iso_3166-1.json"), encoding="utf-8") as f:
            for c in json.load(f)["3166-1"]:
                canonical = c.get("common_name") or c["name"]
                if "," in canonical:
                    continue
                for form in (canonical, c["name"], c.get("official_name")):
                    if form and "," not in form and len(form) >= 4:
                        add(form, "PLACE", canonical, "generated")
        with open(os.path.join(a.iso_codes, "iso_3166-2.json"), encoding="utf-8") as f:
            for s in json.load(f)["3166-2"]:
                name = SUBDIVISION_SUFFIXES.sub("", s["name"]).strip()
                if "," not in name and "(" not in name:
                    generated_place(name)
    else:
        warn("no iso-codes JSON (install iso-codes); countries come from the curated list only")

    if a.cities and os.path.exists(a.cities):
        for line in read_text(a.cities).splitlines():
            if line.startswith("Name"):
                name = line.split(":", 1)[1].strip()
                if "/" not in name:
                    generated_place(name)
    else:
        warn("no cities list (install miscfiles)")

    # Language names ("Yoruba", "Mandarin") are no entities of the five types.
    languages = set()
    if a.iso_codes and os.path.isdir(a.iso_codes):
        with open(os.path.join(a.iso_codes, "iso_639-2.json"), encoding="utf-8") as f:
            for lang in json.load(f)["639-2"]:
                for name in lang["name"].split(";"):
                    name = name.strip()
                    if len(name) >= 4 and " " not in name and "(" not in name and name[0].isupper() \
                            and name not in entries and name.isalpha():
                        languages.add(name)
    for extra in ("Mandarin", "Cantonese", "Hokkien", "Putonghua"):
        languages.add(extra)
    with open(os.path.join(a.out, "languages.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(n + "\n" for n in sorted(languages)))

    given = set()
    if a.propernames and os.path.exists(a.propernames):
        given.update(w.strip() for w in read_text(a.propernames).splitlines() if w.strip())
    else:
        warn("no proper-names list (install miscfiles)")
    for line in curated_lines(os.path.join(a.curated, "given_names.txt")):
        given.update(line.split())
    # propernames lists a few words that are not names on their own ("The" of "The Hague")
    given = {g for g in given if g.lower() not in FUNCTION_WORDS}

    with open(os.path.join(a.out, "gazetteer.tsv"), "w", encoding="utf-8", newline="\n") as f:
        for surface in sorted(entries):
            typ, canonical, flags = entries[surface]
            f.write(f"{surface}\t{typ}\t{canonical}\t{flags}\n")
    with open(os.path.join(a.out, "givennames.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(n + "\n" for n in sorted(given)))
    with open(os.path.join(a.out, "commonwords.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(w + "\n" for w in sorted(common)))
    for name in sorted(os.listdir(a.curated)):
        if name.endswith(".txt") and name not in ENTITY_LISTS and name != "given_names.txt":
            shutil.copyfile(os.path.join(a.curated, name), os.path.join(a.out, name))


if __name__ == "__main__":
    main()
