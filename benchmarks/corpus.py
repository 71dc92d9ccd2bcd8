"""A synthetic corpus of press releases, deterministic for a seed, for the scale benchmarks.

Why synthetic: measuring at 10k or 100k documents needs far more releases than
anyone has annotated, and the build's cost depends on how documents look
(length, how many places, officials, awards and quotes each names, how often
the same city recurs), so the generator imitates the written releases:

* real city names with their state from the gazetteer in ``kg/data`` (large
  cities recur across many documents, small towns appear a few times, as in
  a national archive);
* award programs, their organisers and population brackets from
  ``kg/data/awards.json``, with years, ranks, ties and stated streaks;
* officials with titles, quotes in several phrasings, named programs, money
  amounts, dates, mastheads, contact blocks and unrelated paragraphs (noise);
* a share of winners' list pages (a heading and one place per line);
* wins reported again by another release, not always with the same rank or bracket (conflicts).

Run alone to write a folder:  python benchmarks/corpus.py OUT_DIR --docs 1000 --seed 7
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

__all__ = ["generate", "write_corpus"]

DATA = Path(__file__).resolve().parents[1] / "kg" / "data"

_STATE_NAMES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DC": "District of Columbia", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
    "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico",
    "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
    "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
}
_BRACKETS = ["250,000 or more", "125,000-249,999", "75,000-124,999", "30,000-74,999", "up to 75,000"]
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
_COUNT_WORDS = ["", "", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "10th"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_FIRST = ["Maria", "James", "Linda", "Robert", "Patricia", "Michael", "Jennifer", "David", "Elizabeth",
          "William", "Susan", "Carlos", "Karen", "Thomas", "Nancy", "Daniel", "Lisa", "Anthony", "Angela",
          "Kevin", "Sandra", "Jason", "Donna", "Brian", "Michelle", "Andre", "Keisha", "Wei", "Priya",
          "Olusegun", "Hannah", "Marcus", "Rosa", "Trevor", "Yolanda", "Grant", "Ingrid", "Luis", "Nora"]
_LAST = ["Alvarez", "Bennett", "Castillo", "Donovan", "Ellison", "Fitzgerald", "Garrison", "Holloway",
         "Iverson", "Jennings", "Kowalski", "Lindqvist", "Montgomery", "Nakamura", "Okafor", "Prescott",
         "Quintero", "Ramirez", "Sorensen", "Thibodeaux", "Underwood", "Valdez", "Whitfield", "Yamamoto",
         "Zimmerman", "Abernathy", "Blackwell", "Crenshaw", "Dunleavy", "Eastman", "Fairbanks", "Galloway"]
_TITLES = ["Mayor", "City Manager", "Chief Information Officer", "Chief Technology Officer",
           "Chief Innovation Officer", "Deputy City Manager", "Director of Information Technology"]
_PROGRAM_HEADS = ["Open Data Portal", "311 Mobile App", "Smart Streetlight Program", "Digital Equity Initiative",
                  "Broadband Access Program", "Cybersecurity Awareness Program", "Permit Center Online",
                  "Vision Zero Program", "Urban Forestry Program", "Resident Dashboard"]
_NOISE = [
    "The council also approved a resurfacing contract for {n} miles of residential streets.",
    "Residents can sign up for utility alerts on the city's website or by calling {phone}.",
    "The public library will extend its weekend hours through the end of the school year.",
    "Crews completed repairs to the water main on Oak Street ahead of schedule.",
    "A public hearing on the proposed budget is scheduled for the first Tuesday of next month.",
    "The parks department reminds residents that pool season opens Memorial Day weekend.",
    "Volunteers planted {n} trees along the river trail during the annual cleanup.",
    "The city's fiscal year runs from July 1 through June 30.",
]
_VERBS_WON = ["has been named a winner of the", "was recognized in the", "received a", "earned a spot in the",
              "has been honored in the"]


def _places(rng: random.Random) -> list[tuple[str, str]]:
    """(name, USPS code): the gazetteer's large cities first, then towns (a sample, for recurrence)."""
    cities = json.loads((DATA / "geo-us-cities.json").read_text(encoding="utf-8"))["cities"]
    towns = json.loads((DATA / "geo-us-towns.json").read_text(encoding="utf-8"))["towns"]
    big = sorted((n, s) for n, s in cities.items() if s in _STATE_NAMES and "-" not in n)
    small = sorted((n, s) for s, names in towns.items() if s in _STATE_NAMES for n in names.split("|")
                   if n.replace(" ", "").isalpha())
    return big + small


def _awards() -> list[dict]:
    data = json.loads((DATA / "awards.json").read_text(encoding="utf-8"))["awards"]
    return [a for a in data if a.get("recipients") in ("city", "city-or-county") and a.get("organiser")]


class _Writer:
    """One release at a time, from one random stream (so the corpus depends on the seed only)."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.places = _places(self.rng)
        self.awards = _awards()
        n_big = sum(1 for _ in json.loads((DATA / "geo-us-cities.json").read_text(encoding="utf-8"))["cities"])
        self.n_big = min(n_big, len(self.places))
        self.officials: dict[tuple[str, str], list[tuple[str, str]]] = {}
        self.stated: list[tuple[str, str, dict, int]] = []

    def place(self) -> tuple[str, str]:
        # 60% of releases are about a large city (they recur), the rest spread over the towns
        if self.rng.random() < 0.6:
            return self.places[self.rng.randrange(self.n_big)]
        return self.places[self.rng.randrange(len(self.places))]

    def people(self, place: tuple[str, str]) -> list[tuple[str, str]]:
        """The officials of a place: fixed per place, so documents agree on who leads it."""
        if place not in self.officials:
            r = random.Random(f"{place[0]}|{place[1]}")
            self.officials[place] = [(t, f"{r.choice(_FIRST)} {r.choice(_LAST)}")
                                     for t in r.sample(_TITLES, 3)]
        return self.officials[place]

    def release(self, i: int) -> tuple[str, str]:
        rng = self.rng
        city, st = self.place()
        award = rng.choice(self.awards)
        year = rng.randint(2004, 2025)
        if rng.random() < 0.15:
            return self.list_page(i, award, year)
        again = bool(self.stated) and rng.random() < 0.2
        if again:
            # another outlet reports a win already reported, not always with the same rank or bracket
            city, st, award, year = self.stated[rng.randrange(len(self.stated))]
        self.stated.append((city, st, award, year))
        state = _STATE_NAMES[st]
        people = self.people((city, st))
        rank = rng.randint(1, 10) if again or award.get("bracketed") or rng.random() < 0.3 else None
        bracket = rng.choice(_BRACKETS) if award.get("bracketed") else None
        streak = rng.choice([0, 0, 0, 2, 3, 4, 5, 7, 10])
        month, day = rng.choice(_MONTHS), rng.randint(1, 28)
        title, person = people[0]
        title2, person2 = people[1]
        program = f"{city} {rng.choice(_PROGRAM_HEADS)}"
        amount = f"${rng.randint(1, 90)}.{rng.randint(1, 9)} million"
        heads = [
            f"{city} Wins {year} {award['name']}",
            f"{city} named in {year} {award['name']}",
            f"{city.upper()} RECOGNIZED BY {award['organiser'].upper()}",
            f"City of {city} honored for {rng.choice(['innovation', 'technology', 'service', 'leadership'])}",
        ]
        lines = [rng.choice(["CITY OF " + city.upper(), f"{city} City Hall", "Office of Communications",
                             f"{state.upper()} NEWS WIRE | Local"]),
                 "For Immediate Release" if rng.random() < 0.5 else f"Posted {month} {day}, {year}",
                 f"{month} {day}, {year}", "", rng.choice(heads), ""]
        if rank and bracket:
            lead = (f"{city.upper()}, {state} -- The City of {city} placed {_ORDINALS[rank - 1]} among cities "
                    f"with a population of {bracket} in the {year} {award['name']}, conducted by the "
                    f"{award['organiser']}.")
        elif rank:
            lead = (f"{city}, {st} -- {city} ranked No. {rank} in the {year} {award['name']} "
                    f"announced by the {award['organiser']}.")
        else:
            lead = (f"The City of {city}, {state}, {rng.choice(_VERBS_WON)} {year} {award['name']} "
                    f"from the {award['organiser']}, {title} {person} announced today.")
        lines.append(lead)
        if streak >= 2:
            lines.append(rng.choice([
                f"This is the {_COUNT_WORDS[min(streak, 10)]} consecutive year {city} has been recognized.",
                f"It is the city's {_COUNT_WORDS[min(streak, 10)]} straight year on the list.",
                f"{city} has now been honored {streak} years in a row.",
            ]))
        lines += ["", rng.choice([
            f"The recognition highlights the {program}, launched with {amount} in funding.",
            f"Judges cited the {program}, which the city funded with {amount}.",
            f"Among the projects cited was the {program}.",
        ])]
        quote = rng.choice([
            "This award belongs to the employees who show up every day for our residents",
            "We set out to make city services as easy to use as any app on your phone",
            "Data helps us make better decisions, and our residents see the results",
            "Being recognized again tells us we are on the right track",
        ])
        lines += ["", rng.choice([
            f'"{quote}," said {title} {person}.',
            f'"{quote}," {title} {person} said.',
            f'{title} {person} said, "{quote}."',
        ])]
        if rng.random() < 0.6:
            lines.append(f'"We will keep building on this work," said {title2} {person2}.')
        if rng.random() < 0.5:
            other, ost = self.place()
            orank = rng.randint(1, 10)
            lines += ["", f"Elsewhere, {other}, {ost_name(ost)}, placed {_ORDINALS[orank - 1]} in the same "
                          f"{award['name']}."]
        lines += ["", rng.choice(_NOISE).format(n=rng.randint(2, 400), phone=f"555-{rng.randint(1000, 9999)}")]
        if rng.random() < 0.4:
            lines.append(rng.choice(_NOISE).format(n=rng.randint(2, 400), phone=f"555-{rng.randint(1000, 9999)}"))
        lines += ["", "###", f"Media contact: Office of Communications, {rng.randint(200, 989)}-555-"
                             f"{rng.randint(1000, 9999)}"]
        slug = "-".join(city.lower().replace(".", "").split())
        return f"{slug}-{year}-{i:06d}", "\n".join(lines) + "\n"

    def list_page(self, i: int, award: dict, year: int) -> tuple[str, str]:
        rng = self.rng
        lines = [f"{award['organiser']} announces {year} {award['name']} winners", "",
                 f"The {award['organiser']} today named the winners of the {year} {award['name']}.", ""]
        brackets = rng.sample(_BRACKETS, 2) if award.get("bracketed") else [None]
        for bracket in brackets:
            lines.append(f"{bracket} population category:" if bracket else "This year's winners:")
            for rank in range(1, rng.randint(4, 8)):
                city, st = self.place()
                marker = f"{_ORDINALS[rank - 1].capitalize()} place: " if bracket else "- "
                lines.append(f"{marker}{city}, {ost_name(st)}")
            lines.append("")
        lines.append(rng.choice(_NOISE).format(n=rng.randint(2, 400), phone="555-0100"))
        slug = "-".join(award["name"].lower().replace("/", " ").split())
        return f"{slug}-{year}-list-{i:06d}", "\n".join(lines) + "\n"


def ost_name(st: str) -> str:
    return _STATE_NAMES[st]


def generate(count: int, seed: int = 7):
    """Yield ``count`` (document id, text) pairs; the same seed gives the same corpus."""
    writer = _Writer(seed)
    for i in range(count):
        yield writer.release(i)


def write_corpus(out: Path, count: int, seed: int = 7) -> Path:
    """Write ``count`` releases as ``.txt`` files under ``out`` (a marker file skips rewriting it)."""
    out = Path(out)
    marker = out / f".corpus-{count}-{seed}"
    if marker.exists():
        return out
    out.mkdir(parents=True, exist_ok=True)
    for doc_id, text in generate(count, seed):
        (out / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    marker.write_text("")
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    write_corpus(args.out, args.docs, args.seed)
    print(f"{args.docs} releases in {args.out}")


if __name__ == "__main__":
    main()
