#!/usr/bin/env python3
"""Turns a folder of TimeML documents (TimeBank, AQUAINT) into a JSONL feed of
articles that `timeweave build` and the `feed` bench read: one row per
document, its text with the annotations taken out, its creation time as the
publication date, and the outlet its id starts with ("APW", "NYT", "wsj") as
its source.

Usage:

    python3 tools/timeml_feed.py ../shared/data/tbaq > /tmp/tbaq.jsonl
    python3 tools/timeml_feed.py --copies 10 ../shared/data/tbaq > /tmp/tbaq10.jsonl

With `--copies N` every document comes N times under new ids ("3-" before
the id), as a wire story printed by several outlets: the copies share the
source of the original.

Only the standard library; documents are read in sorted path order, so the
feed is the same on every run.
"""
import argparse
import html
import json
import pathlib
import re
import sys

DCT = re.compile(r"<DCT>.*?value=\"(\d{4}-\d\d-\d\d)", re.S)
TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
TAG = re.compile(r"<[^>]+>")
OUTLET = re.compile(r"[A-Za-z]+")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=pathlib.Path)
    parser.add_argument("--copies", type=int, default=1)
    args = parser.parse_args()
    rows = []
    for path in sorted(args.folder.rglob("*.tml")):
        doc = path.read_text(encoding="utf-8")
        dct, text = DCT.search(doc), TEXT.search(doc)
        if not dct or not text:
            print(f"{path}: no DCT or TEXT, skipped", file=sys.stderr)
            continue
        outlet = OUTLET.match(path.stem)
        rows.append(
            {
                "id": path.stem,
                "source": outlet.group(0) if outlet else path.stem,
                "published": dct.group(1),
                "text": html.unescape(TAG.sub("", text.group(1))).strip(),
            }
        )
    for copy in range(args.copies):
        for row in rows:
            if args.copies > 1:
                row = dict(row, id=f"{copy}-{row['id']}")
            print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
