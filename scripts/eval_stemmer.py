#!/usr/bin/env python3
"""Compares the Finnish Snowball stemmer with the hand-written lexicon entries on the
Finnish development replies (docs/scoring.md, "Finnish word forms").

Usage (needs `pip install snowballstemmer`, the same Snowball algorithm as the
`rust-stemmers` crate): python3 scripts/eval_stemmer.py
"""
import glob
import json
import os
import re

import snowballstemmer

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
stem = snowballstemmer.stemmer("finnish").stemWord

tokens = []
for f in glob.glob(os.path.join(ROOT, "eval/dev/written-fi-*.jsonl")):
    for line in open(f, encoding="utf-8"):
        tokens += re.findall(r"[\wäöå:]+", json.loads(line)["reply"].lower())
vocab = set(tokens)
print(f"Finnish development replies: {len(tokens)} words, {len(vocab)} distinct")

# Forms the criteria must tell apart: an instruction vs the brand's promise, the
# customer's action vs the brand's, a calm-down said to the customer vs a calm queue.
apart = [("laita", "laitamme"), ("laitathan", "laitoin"), ("kerro", "kerron"), ("kerrothan", "kerroimme"),
         ("lähetä", "lähetämme"), ("rauhoitu", "rauhoittunut"), ("rauhoittukaa", "rauhoittuivat"),
         ("soita", "soitamme"), ("tarkista", "tarkistamme"), ("valitsit", "valitsimme"), ("olisit", "olisimme"),
         ("et", "emme"), ("maksoit", "maksoimme"), ("syötit", "syötimme")]
merged = [(a, b) for a, b in apart if stem(a) == stem(b)]
print(f"pairs that must stay apart but share a stem: {len(merged)} of {len(apart)}: {merged}")

# Forms of one word that should meet.
for group in (["kiitos", "kiitoksia", "kiitokset", "kiitosta"], ["anteeksi", "anteeks"],
              ["laita", "laitathan", "laittakaa", "laittaisitko"], ["rauhoitu", "rauhoittukaa", "rauhotu"]):
    print("one word, stems:", {w: stem(w) for w in group})

lexicon = open(os.path.join(ROOT, "assets/lexicons/fi.ron"), encoding="utf-8").read()
prefixes = [p[:-1] for p in re.findall(r'"([a-zäöå]+\*)"', lexicon)]
same = 0
for p in prefixes:
    by_prefix = {t for t in vocab if t.startswith(p)}
    stems = {stem(t) for t in by_prefix}
    by_stem = {t for t in vocab if stem(t) in stems}
    same += by_stem == by_prefix
print(f"prefix entries matching the same words under stemming: {same} of {len(prefixes)}")
