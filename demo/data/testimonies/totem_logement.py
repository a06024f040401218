"""Demo content: totem-logement."""

ITEM = {
    "key": "totem-logement",
    "publication_date": "2026-11-09",
    "themes": ["fiche-de-poste-missions", "projet-equipe", "aller-vers"],
    "audiences": ["sans-domicile"],
    "structure_types": ["logement-accompagne", "chrs"],
    "post_types": ["travailleur-pair"],
    "regions": ["auvergne-rhone-alpes"],
    "structure_is_anonymised": False,
    "consent": {
        "given_by": "chef de service de Totem (pour la structure), propos publiés par les ASH",
        "given_on": "2026-11-09",
        "scope": ["structure_name"],
        "anonymisation": (
            "Aucune pour la structure et ses associations fondatrices. Les membres de l'équipe "
            "sont désignés par leur fonction ; les deux travailleuses paires et les personnes "
            "accompagnées ne sont ni nommées ni décrites. Pas de citation, pas de photo."
        ),
        "withdrawal": (
            "Sur simple demande de la structure, adressée à l'adresse de contact du site, sans "
            "justification : la page est dépubliée dès réception."
        ),
        "allowed_names": [
            "Totem",
            "Relais Ozanam",
            "CSI Abbé-Grégoire",
            "L'Oiseau bleu",
            "Un toit pour tous",
            "La Place",
            "Échirolles",
            "Grenoble",
            "Isère",
        ],
    },
    "fr": {
        "title": "Totem : deux travailleuses paires dans l'accompagnement vers le logement",
        "slug": "totem-travailleuses-paires-logement",
        "summary": (
            "Créé par quatre associations grenobloises, Totem accompagne quinze personnes sans "
            "domicile jusqu'au logement, sans limite de durée. Deux travailleuses paires font "
            "partie de l'équipe ; plus de dix personnes ont été relogées en moins de deux ans."
        ),
        "search_description": (
            "Totem (Échirolles, Isère) : deux travailleuses paires dans une équipe qui "
            "accompagne des personnes sans domicile vers et dans le logement."
        ),
        "structure_name": "Totem (Relais Ozanam et associations partenaires)",
        "place": "Échirolles et Grenoble (Isère)",
        "period": "",
        "peer_roles": (
            "Permanences d'accueil et visites à domicile après le relogement, au sein d'une "
            "équipe pluridisciplinaire."
        ),
        "peer_status": (
            "Travailleuses paires intégrées à l'équipe, aux côtés des éducateurs, du chef de "
            "service, de l'infirmière et de l'agent immobilier social."
        ),
        "context": (
            "<p>Totem a été créé par quatre associations de l'agglomération grenobloise – le "
            "Relais Ozanam, le CSI Abbé-Grégoire, L'Oiseau bleu et Un toit pour tous – après "
            "la fermeture du CHRS de stabilisation La Place. Les ASH le rattachent au Relais "
            "Ozanam, à Échirolles.</p>"
            "<p>Sa mission : accompagner quinze personnes sans domicile jusqu'à un logement, "
            "dans le parc social ou dans le parc privé, sans limite de durée.</p>"
        ),
        "actions": (
            "<p>L'équipe associe deux éducateurs, un chef de service, une infirmière et un "
            "agent immobilier social à quart-temps, ainsi que deux travailleuses paires. "
            "Chaque métier y garde sa place : l'éducatif, le soin, la recherche de logement et "
            "l'expérience vécue.</p>"
            "<p>Les travailleuses paires tiennent des permanences d'accueil et se rendent au "
            "domicile des personnes une fois celles-ci relogées. Les ASH ont résumé leur apport "
            "dans le titre de l'article consacré au service : « Le travailleur pair, un second "
            "regard sur l'usager ».</p>"
        ),
        "outcomes": (
            "<p>Selon les ASH, plus de dix des quinze personnes accompagnées ont été relogées "
            "en moins de deux ans.</p>"
            "<p>L'accompagnement ne s'arrête pas à l'entrée dans le logement : les visites à "
            "domicile des travailleuses paires permettent de suivre l'installation, sans date "
            "de fin imposée. Les sources consultées ne détaillent pas d'autres résultats.</p>"
        ),
        "key_figures": [
            {"value": "15", "label": "personnes sans domicile accompagnées vers le logement"},
            {"value": "> 10", "label": "personnes relogées en moins de deux ans"},
            {"value": "4", "label": "associations grenobloises à l'origine du service"},
            {"value": "2", "label": "travailleuses paires dans l'équipe"},
        ],
        "quotes": [],
        "lessons": [
            (
                "Inscrire le travail pair dans une équipe pluridisciplinaire où chaque métier "
                "garde sa place : éducatif, soin, gestion locative, expérience vécue."
            ),
            (
                "Confier aux pairs des missions concrètes et repérables, comme les "
                "permanences d'accueil et les visites à domicile après le relogement."
            ),
            (
                "Un accompagnement sans limite de durée laisse le temps de construire la "
                "relation, avant comme après l'entrée dans le logement."
            ),
            (
                "Porter le projet à plusieurs associations d'un même territoire pour partager "
                "l'expérience et les moyens."
            ),
        ],
        "sources": [
            {
                "title": "Créateurs de lien",
                "publisher": "Actualités sociales hebdomadaires (ASH), n° 2862",
                "date": "",
                "url": "https://www.ash.tm.fr/",
            },
            {
                "title": "Le travailleur pair, un second regard sur l'usager",
                "publisher": "Actualités sociales hebdomadaires (ASH), n° 3002",
                "date": "",
                "url": "https://www.ash.tm.fr/",
            },
        ],
    },
    "en": None,
}
