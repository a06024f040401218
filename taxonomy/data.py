"""The site's taxonomy, in French and English. Slugs are shared by both languages.

Each vocabulary maps to a snippet model in taxonomy.models; the order of the lists is the order
readers see.
"""

THEMES = [
    ("projet-equipe", "Projet et acculturation de l'équipe", "Project and team readiness"),
    ("recrutement", "Recrutement", "Recruitment"),
    ("fiche-de-poste-missions", "Fiche de poste et missions", "Job description and duties"),
    ("integration", "Intégration", "Onboarding"),
    ("management", "Management", "Management"),
    ("formation", "Formation et diplômes", "Training and qualifications"),
    ("statut-contrat-remuneration", "Statut, contrat et rémunération", "Status, contract and pay"),
    ("supervision", "Supervision et analyse de pratiques", "Supervision and reflective practice"),
    ("ethique-posture", "Éthique et posture", "Ethics and professional stance"),
    ("financement", "Financement", "Funding"),
    ("evaluation", "Évaluation", "Evaluation"),
    ("aller-vers", "Aller-vers", "Outreach"),
    ("acces-aux-droits", "Accès aux droits", "Access to rights"),
]

AUDIENCES = [
    (
        "sans-domicile",
        "Personnes sans domicile / grande marginalité",
        "Homeless people and severe marginalisation",
    ),
    ("precarite", "Précarité", "Poverty and insecurity"),
    ("addictions", "Addictions et réduction des risques", "Addiction and harm reduction"),
    ("sante-mentale", "Santé mentale / troubles psychiques", "Mental health"),
    ("malades-sans-domicile", "Malades sans domicile", "Homeless people with serious illness"),
    ("personnes-exilees", "Personnes exilées", "Exiled people"),
    ("handicap", "Handicap", "Disability"),
]

STRUCTURE_TYPES = [
    ("ccas-cias", "CCAS / CIAS", "CCAS / CIAS (municipal social action centre)"),
    ("chrs", "CHRS", "CHRS (hostel with social rehabilitation support)"),
    ("accueil-de-jour", "Accueil de jour", "Day centre"),
    (
        "veille-sociale",
        "Veille sociale (SIAO / 115, maraude)",
        "Emergency outreach (SIAO / 115, street teams)",
    ),
    ("pension-de-famille", "Pension de famille / résidence sociale", "Supported housing residence"),
    ("logement-accompagne", "Logement accompagné", "Supported housing"),
    ("lhss", "LHSS (lits halte soins santé)", "LHSS (short-stay care beds)"),
    ("lam", "LAM (lits d'accueil médicalisés)", "LAM (long-stay medical care beds)"),
    ("act", "ACT (dont Un chez-soi d'abord)", "ACT (including Housing First)"),
    ("csapa", "CSAPA", "CSAPA (addiction treatment centre)"),
    ("caarud", "CAARUD", "CAARUD (harm reduction centre)"),
    ("cmp-sante-mentale", "CMP / établissement de santé mentale", "Mental health centre or hospital"),
    ("empp", "EMPP (équipe mobile psychiatrie précarité)", "EMPP (mobile psychiatry team)"),
    ("samsah-savs", "SAMSAH / SAVS", "SAMSAH / SAVS (community support services)"),
    ("gem", "GEM (groupe d'entraide mutuelle)", "GEM (mutual aid group)"),
    ("insertion", "Structure d'insertion (SIAE / ACI)", "Work integration enterprise (SIAE / ACI)"),
]

POST_TYPES = [
    ("travailleur-pair", "Travailleur·se pair·e", "Peer worker"),
    ("mediateur-sante-pair", "Médiateur·rice de santé pair", "Peer health mediator"),
    ("pair-aidant-professionnel", "Pair-aidant·e professionnel·le", "Professional peer supporter"),
    ("pair-aidant-benevole", "Pair-aidant·e bénévole", "Volunteer peer supporter"),
    ("intervenant-pair-rdr", "Intervenant·e pair en réduction des risques", "Harm reduction peer worker"),
]

# (slug, French name, English name, INSEE code)
REGIONS = [
    ("auvergne-rhone-alpes", "Auvergne-Rhône-Alpes", "Auvergne-Rhône-Alpes", "84"),
    ("bourgogne-franche-comte", "Bourgogne-Franche-Comté", "Bourgogne-Franche-Comté", "27"),
    ("bretagne", "Bretagne", "Brittany", "53"),
    ("centre-val-de-loire", "Centre-Val de Loire", "Centre-Val de Loire", "24"),
    ("corse", "Corse", "Corsica", "94"),
    ("grand-est", "Grand Est", "Grand Est", "44"),
    ("hauts-de-france", "Hauts-de-France", "Hauts-de-France", "32"),
    ("ile-de-france", "Île-de-France", "Île-de-France", "11"),
    ("normandie", "Normandie", "Normandy", "28"),
    ("nouvelle-aquitaine", "Nouvelle-Aquitaine", "Nouvelle-Aquitaine", "75"),
    ("occitanie", "Occitanie", "Occitanie", "76"),
    ("pays-de-la-loire", "Pays de la Loire", "Pays de la Loire", "52"),
    ("provence-alpes-cote-d-azur", "Provence-Alpes-Côte d'Azur", "Provence-Alpes-Côte d'Azur", "93"),
    ("guadeloupe", "Guadeloupe", "Guadeloupe", "01"),
    ("martinique", "Martinique", "Martinique", "02"),
    ("guyane", "Guyane", "French Guiana", "03"),
    ("la-reunion", "La Réunion", "Réunion", "04"),
    ("mayotte", "Mayotte", "Mayotte", "06"),
    ("national", "National", "Nationwide", ""),
]
