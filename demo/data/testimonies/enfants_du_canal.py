"""Demo content: enfants-du-canal."""

ITEM = {
    "key": "enfants-du-canal",
    "publication_date": "2026-11-19",
    "themes": ["statut-contrat-remuneration", "recrutement", "fiche-de-poste-missions"],
    "audiences": ["sans-domicile", "precarite", "personnes-exilees"],
    "structure_types": ["insertion", "veille-sociale", "accueil-de-jour"],
    "post_types": ["travailleur-pair"],
    "regions": ["ile-de-france"],
    "structure_is_anonymised": False,
    "consent": {
        "given_by": "direction des Enfants du Canal (pour la structure), informations publiées par les ASH",
        "given_on": "2026-11-19",
        "scope": ["structure_name"],
        "anonymisation": (
            "Aucune pour la structure. Aucun salarié ni aucune personne accueillie n'est "
            "nommé. Pas de citation, pas de photo."
        ),
        "withdrawal": (
            "Sur simple demande de la structure, adressée à l'adresse de contact du site, sans "
            "justification : la page est dépubliée dès réception."
        ),
        "allowed_names": ["Les Enfants du Canal", "Paris"],
    },
    "fr": {
        "title": "Les Enfants du Canal : des travailleurs pairs salariés en insertion",
        "slug": "enfants-du-canal-travailleurs-pairs-insertion",
        "summary": (
            "À Paris, Les Enfants du Canal emploient des travailleurs pairs comme salariés en "
            "insertion, dans un atelier et chantier d'insertion. Ils assurent l'accueil social "
            "et la logistique des activités de veille sociale."
        ),
        "search_description": (
            "Les Enfants du Canal (Paris) : travailleurs pairs salariés en insertion (ACI), "
            "agents d'accueil social et de logistique en veille sociale."
        ),
        "structure_name": "Les Enfants du Canal",
        "place": "Paris",
        "period": "Depuis 2007",
        "peer_roles": (
            "Agents d'accueil social et de logistique dans les activités de veille sociale de l'association."
        ),
        "peer_status": "Salariés en insertion, dans le cadre d'un atelier et chantier d'insertion (ACI).",
        "context": (
            "<p>Les Enfants du Canal sont une association parisienne bâtie sur une idée "
            "simple : des personnes qui ont connu la rue aident celles qui y vivent encore. "
            "Les ASH la présentent comme active depuis 2007.</p>"
            "<p>Pour employer des travailleurs pairs, l'association s'appuie sur un atelier et "
            "chantier d'insertion (ACI) : les travailleurs pairs y sont salariés en insertion. "
            "C'est l'un des statuts possibles du travail pair, à côté, par exemple, de la "
            "titularisation dans la fonction publique territoriale ou du salariat associatif "
            "classique.</p>"
        ),
        "actions": (
            "<p>Les travailleurs pairs occupent des postes d'agents d'accueil social et de "
            "logistique dans les activités de veille sociale de l'association. Le chantier "
            "d'insertion compte 20 salariés en insertion.</p>"
            "<p>Le chantier d'insertion s'est aussi ouvert à des personnes venant de "
            "bidonvilles.</p>"
        ),
        "outcomes": (
            "<p>Le statut de salarié en insertion offre un cadre d'emploi, avec un contrat de "
            "travail, à des personnes qui ont connu la rue, tout en faisant de cette "
            "expérience un atout dans l'accueil des personnes sans domicile.</p>"
            "<p>Les sources consultées ne donnent pas de résultats chiffrés, ni sur les "
            "parcours des salariés en insertion, ni sur les effets pour les personnes "
            "accueillies.</p>"
        ),
        "key_figures": [
            {"value": "20", "label": "salariés en insertion dans le chantier"},
            {"value": "2007", "label": "début de l'activité de l'association, selon les ASH"},
        ],
        "quotes": [],
        "lessons": [
            (
                "L'atelier et chantier d'insertion est une voie possible pour salarier des "
                "travailleurs pairs, avec un contrat de travail et l'accompagnement propre à "
                "l'insertion."
            ),
            (
                "Définir des missions concrètes, comme l'accueil social et la logistique, qui "
                "laissent une large place à la relation avec les personnes accueillies."
            ),
            (
                "Un contrat d'insertion est une étape de parcours : réfléchir dès le "
                "recrutement à la suite possible pour chaque salarié."
            ),
            ("Ouvrir le recrutement à des profils variés, y compris à des personnes venant de bidonvilles."),
        ],
        "sources": [
            {
                "title": "Le travailleur pair, un second regard sur l'usager",
                "publisher": "Actualités sociales hebdomadaires (ASH), n° 3002",
                "date": "",
                "url": "https://www.ash.tm.fr/",
            },
            {
                "title": "Site de l'association Les Enfants du Canal",
                "publisher": "Les Enfants du Canal",
                "date": "",
                "url": "https://www.lesenfantsducanal.fr/",
            },
        ],
    },
    "en": None,
}
