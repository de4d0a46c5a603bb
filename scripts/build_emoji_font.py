#!/usr/bin/env python3
"""Builds assets/fonts/NotoEmoji-Regular.ttf: the complete monochrome Noto Emoji (OFL 1.1).

egui's bundled emoji fonts predate Unicode 9 and lack everyday emoji such as 🙂, 🤡 and 🍿,
which customers and trainees type. Noto Emoji is published on npm by Fontsource as
unicode-range subsets; this script converts the regular-weight subsets from WOFF to TTF and
merges them into one file.

Usage (needs npm and `pip install fonttools`):
    python3 scripts/build_emoji_font.py
"""
import glob
import os
import re
import subprocess
import tempfile

from fontTools.merge import Merger
from fontTools.ttLib import TTFont

VERSION = "5.3.2"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "assets", "fonts", "NotoEmoji-Regular.ttf")

with tempfile.TemporaryDirectory() as tmp:
    subprocess.run(["npm", "pack", f"@fontsource/noto-emoji@{VERSION}"], cwd=tmp, check=True, capture_output=True)
    subprocess.run("tar xzf *.tgz", shell=True, cwd=tmp, check=True)
    woffs = sorted(
        glob.glob(os.path.join(tmp, "package/files/noto-emoji-*-400-normal.woff")),
        key=lambda f: int(re.search(r"emoji-(\d+)-", f).group(1)),
    )
    ttfs = []
    for w in woffs:
        font = TTFont(w)
        font.flavor = None
        out = w.replace(".woff", ".ttf")
        font.save(out)
        ttfs.append(out)
    merged = Merger().merge(ttfs)
    merged.save(OUT)
    print(f"{OUT}: {len(merged.getBestCmap())} code points from {len(ttfs)} subsets")
