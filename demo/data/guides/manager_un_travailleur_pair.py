"""Demo content: manager-un-travailleur-pair."""

ITEM = {
    "key": "manager-un-travailleur-pair",
    "publication_date": "2025-02-24",
    "themes": ["management", "supervision", "ethique-posture", "evaluation"],
    "audiences": ["sans-domicile", "precarite", "sante-mentale"],
    "structure_types": ["ccas-cias", "chrs", "samsah-savs", "empp"],
    "post_types": ["travailleur-pair", "pair-aidant-professionnel"],
    "regions": ["national"],
    "fr": {
        "title": "Manager un travailleur pair",
        "slug": "manager-un-travailleur-pair",
        "summary": (
            "Prendre en compte sa parole, lui laisser de l'autonomie, ne pas le stigmatiser, "
            "le laisser trouver son rythme : les conseils de la Plateforme du travail pair "
            "pour encadrer un travailleur pair, et la supervision qui va avec."
        ),
        "search_description": (
            "Manager un travailleur pair : écoute, autonomie, absence de stigmatisation, "
            "rythme propre, supervision et analyse de pratiques."
        ),
        "for_whom": (
            "Pour les chefs de service, cadres de santé et responsables d'équipe qui "
            "encadrent au quotidien un ou plusieurs travailleurs pairs."
        ),
        "key_points": [
            "Prenez en compte la parole du travailleur pair, y compris quand elle bouscule "
            "les habitudes de l'équipe.",
            "Donnez-lui de l'autonomie dans l'organisation de son travail relationnel.",
            "Ne ramenez pas chaque difficulté à son parcours : c'est un collègue, pas une "
            "personne accompagnée.",
            "Laissez-lui trouver son rythme et examinez ses demandes d'aménagement du temps de travail.",
            "Prévoyez supervision et analyse de pratiques dès la prise de poste.",
        ],
        "body": [
            (
                "paragraph",
                "<p>Encadrer un travailleur pair, c'est d'abord encadrer un professionnel : "
                "mêmes règles, mêmes droits, mêmes exigences de qualité. Mais le poste repose "
                "sur un savoir d'expérience que l'organisation peut étouffer sans le vouloir. "
                "La Plateforme du travail pair, qui accompagne des employeurs en "
                "Auvergne-Rhône-Alpes, leur propose quelques repères simples.</p>",
            ),
            ("heading", "Quatre repères"),
            (
                "checklist",
                {
                    "title": "Ce que conseille la Plateforme du travail pair",
                    "items": [
                        "Prendre en compte sa parole : son regard sur les personnes "
                        "accompagnées et sur les pratiques éclaire toute l'équipe.",
                        "Lui donner de l'autonomie : la relation de confiance se construit à "
                        "sa manière, dans le cadre fixé par le service.",
                        "Ne pas le stigmatiser : une difficulté au travail ne s'explique pas "
                        "d'office par son histoire.",
                        "Le laisser trouver son rythme : la prise de poste demande du temps et "
                        "parfois des ajustements.",
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "prendre en compte sa parole, lui donner de l'autonomie, ne pas le stigmatiser"
                    ),
                    "role": "Les chargées de mission de la Plateforme du travail pair",
                    "name": "",
                },
            ),
            ("heading", "Un cadre clair, comme pour tout salarié"),
            (
                "paragraph",
                "<p>L'autonomie n'est pas l'absence de cadre. Le travailleur pair connaît son "
                "responsable hiérarchique, participe aux réunions et bénéficie des entretiens "
                "annuels prévus pour tous. Ses demandes d'aménagement s'examinent comme celles "
                "de n'importe quel salarié : à Grenoble, l'un des deux travailleurs pairs des "
                "lits d'accueil médicalisés a ainsi souhaité passer à 80 %.</p>",
            ),
            (
                "callout",
                {
                    "title": "Point de vigilance",
                    "text": (
                        "<p>Ne demandez pas d'informations sur la santé ou le passé du "
                        "travailleur pair au-delà de ce qu'il choisit de partager. Ne le "
                        "sollicitez pas pour raconter son histoire à des visiteurs, des "
                        "financeurs ou des journalistes sans son accord : ce qu'il dévoile de "
                        "lui-même lui appartient.</p>"
                    ),
                },
            ),
            ("heading", "Supervision et analyse de pratiques"),
            (
                "steps",
                {
                    "title": "Un soutien à plusieurs niveaux",
                    "steps": [
                        {
                            "title": "Des points réguliers avec le responsable",
                            "text": (
                                "Un temps fixe, en dehors des urgences, pour parler de "
                                "l'organisation du travail, des situations difficiles et de la "
                                "place dans l'équipe."
                            ),
                        },
                        {
                            "title": "Une supervision",
                            "text": (
                                "Avec un intervenant extérieur à la hiérarchie, pour "
                                "travailler la posture et la juste distance avec son propre "
                                "parcours."
                            ),
                        },
                        {
                            "title": "L'analyse de pratiques en équipe",
                            "text": (
                                "Le travailleur pair y participe comme ses collègues ; son "
                                "regard enrichit l'examen des situations."
                            ),
                        },
                        {
                            "title": "Les échanges entre pairs",
                            "text": (
                                "Des temps avec d'autres travailleurs pairs, comme ceux "
                                "qu'anime la Plateforme du travail pair, pour partager les "
                                "questions propres au poste."
                            ),
                        },
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Ce soutien aide aussi à traverser les périodes difficiles. L'évaluation de "
                "la première expérimentation de médiateurs de santé pairs, conduite sous "
                "l'égide du CCOMS, a relevé que certaines personnes avaient arrêté plus tôt "
                "que prévu en raison d'une reprise de leurs troubles, quand d'autres avaient "
                "rejoint un autre emploi ou repris des études. Anticiper ces situations permet "
                "d'y répondre sans stigmatiser : aménagement temporaire, relais dans l'équipe, "
                "retour préparé ensemble.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Dans une structure médicalisée comme la nôtre, leur présence est un garde-fou"
                    ),
                    "role": ("Cheffe du service des lits d'accueil médicalisés, CCAS de Grenoble"),
                    "name": "Fanny Lumalé",
                },
            ),
            ("heading", "Évaluer l'apport du poste"),
            (
                "paragraph",
                "<p>Évaluez ce que le poste apporte à l'accompagnement, plutôt que la "
                "conformité de la personne à un profil de travailleur social. Quelques "
                "questions utiles : les personnes accueillies restent-elles, acceptent-elles "
                "davantage les soins, l'équipe comprend-elle mieux leurs choix ? Relisez "
                "ensemble, une fois par an, la fiche de poste et les objectifs fixés au "
                "départ.</p>",
            ),
        ],
    },
    "en": None,
}
