"""The first synonym groups, loaded by a data migration; editors extend them in the admin.

Each group: (name, [terms]). Plurals, capitals, accents and hyphens are handled by the search, so
one spelling of each term is enough. A broad group may list the names of a narrower one ("Pair-aidance"
lists the médiateurs de santé pairs): a query names the narrowest group that has its words.
"""

INITIAL_SYNONYMS = [
    (
        "Pair-aidance",
        [
            "pair-aidant",
            "pair-aidante",
            "pair aidant",
            "travailleur pair",
            "travailleuse paire",
            "médiateur de santé pair",
            "médiatrice de santé paire",
            "MSP",
            "intervenant pair",
            "intervenante paire",
            "pair-intervenant",
            "peer worker",
            "peer support worker",
            "peer supporter",
            "peer health mediator",
        ],
    ),
    (
        "Médiateur de santé pair",
        [
            "médiateur de santé pair",
            "médiatrice de santé paire",
            "MSP",
            "médiateur pair en santé",
            "médiateur de santé",
            "peer health mediator",
            "health peer mediator",
        ],
    ),
    ("Travail pair", ["travail pair", "pair-aidance", "pairaidance", "peer work", "peer support"]),
    (
        "LAM",
        [
            "LAM",
            "lits d'accueil médicalisés",
            "lit d'accueil médicalisé",
            "long-stay medical care beds",
            "long-stay medical care bed",
        ],
    ),
    ("LHSS", ["LHSS", "lits halte soins santé", "lit halte soins santé"]),
    ("CHRS", ["CHRS", "centre d'hébergement et de réinsertion sociale"]),
    (
        "CSAPA",
        ["CSAPA", "centre de soins, d'accompagnement et de prévention en addictologie"],
    ),
    (
        "CAARUD",
        [
            "CAARUD",
            "centre d'accueil et d'accompagnement à la réduction des risques pour usagers de drogues",
        ],
    ),
    ("CCAS", ["CCAS", "centre communal d'action sociale"]),
    ("CIAS", ["CIAS", "centre intercommunal d'action sociale"]),
    (
        "ACT",
        ["ACT", "appartements de coordination thérapeutique", "appartement de coordination thérapeutique"],
    ),
    ("Un chez-soi d'abord", ["un chez-soi d'abord", "logement d'abord", "housing first"]),
    ("GEM", ["GEM", "groupe d'entraide mutuelle"]),
    ("EMPP", ["EMPP", "équipe mobile psychiatrie précarité"]),
    ("CMP", ["CMP", "centre médico-psychologique"]),
    ("EPSM", ["EPSM", "établissement public de santé mentale"]),
    ("SIAO", ["SIAO", "service intégré d'accueil et d'orientation", "115"]),
    (
        "SAMSAH",
        ["SAMSAH", "service d'accompagnement médico-social pour adultes handicapés"],
    ),
    ("SAVS", ["SAVS", "service d'accompagnement à la vie sociale"]),
    (
        "SIAE",
        ["SIAE", "structure d'insertion par l'activité économique", "insertion par l'activité économique"],
    ),
    ("ACI", ["ACI", "atelier chantier d'insertion", "ateliers et chantiers d'insertion"]),
    ("ESAT", ["ESAT", "établissement et service d'aide par le travail"]),
    ("ESMS", ["ESMS", "établissement social et médico-social", "établissements sociaux et médico-sociaux"]),
    (
        "RdR",
        ["RdR", "RdRD", "réduction des risques", "réduction des risques et des dommages", "harm reduction"],
    ),
    ("ARS", ["ARS", "agence régionale de santé"]),
    ("VAE", ["VAE", "validation des acquis de l'expérience"]),
    ("Aller-vers", ["aller-vers", "maraude", "outreach"]),
    ("Sans domicile", ["sans domicile", "sans-abri", "SDF", "sans domicile fixe", "personnes à la rue"]),
    ("Santé mentale", ["santé mentale", "troubles psychiques", "psychiatrie", "mental health"]),
    (
        "Recrutement",
        [
            "recrutement",
            "embauche",
            "recruter",
            "embaucher",
            "recruitment",
            "recruit",
            "recruiting",
            "hiring",
        ],
    ),
]
