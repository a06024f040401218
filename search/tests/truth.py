"""What the search should answer for the pages of `random_specs`, computed in plain Python."""

FIELDS = {
    "type": lambda spec: {spec["kind"]},
    "thematique": lambda spec: set(spec["themes"]),
    "public": lambda spec: set(spec["audiences"]),
    "structure": lambda spec: set(spec["structure_types"]),
    "poste": lambda spec: set(spec["post_types"]),
    "region": lambda spec: set(spec["regions"]),
    "annee": lambda spec: {str(spec["date"].year)},
}


def matches(spec, selection, word=None, ignore=None):
    if word and word not in spec["title"].split():
        return False
    for facet, values in selection.items():
        if facet != ignore and values and not FIELDS[facet](spec) & set(values):
            return False
    return True


def expected_total(specs, selection, word=None):
    return sum(matches(spec, selection, word) for spec in specs)


def expected_counts(specs, selection, word=None):
    """{facet: {value: count}}: each value counted with the other facets' filters only."""
    counts = {}
    for facet, values_of in FIELDS.items():
        for spec in specs:
            if matches(spec, selection, word, ignore=facet):
                for value in values_of(spec):
                    counts.setdefault(facet, {}).setdefault(value, 0)
                    counts[facet][value] += 1
    return counts
