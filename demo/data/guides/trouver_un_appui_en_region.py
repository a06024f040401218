"""Demo content: trouver-un-appui-en-region."""

ITEM = {
    "key": "trouver-un-appui-en-region",
    "publication_date": "2025-03-10",
    "themes": ["projet-equipe", "formation", "supervision", "financement"],
    "audiences": ["sans-domicile", "precarite", "sante-mentale", "handicap"],
    "structure_types": ["ccas-cias", "chrs", "cmp-sante-mentale", "gem"],
    "post_types": [
        "travailleur-pair",
        "mediateur-sante-pair",
        "pair-aidant-professionnel",
        "pair-aidant-benevole",
    ],
    "regions": [
        "auvergne-rhone-alpes",
        "bourgogne-franche-comte",
        "bretagne",
        "centre-val-de-loire",
        "corse",
        "grand-est",
        "hauts-de-france",
        "ile-de-france",
        "normandie",
        "nouvelle-aquitaine",
        "occitanie",
        "pays-de-la-loire",
        "provence-alpes-cote-d-azur",
        "guadeloupe",
        "martinique",
        "guyane",
        "la-reunion",
        "mayotte",
        "national",
    ],
    "fr": {
        "title": "Trouver un appui en région pour développer le travail pair",
        "slug": "trouver-un-appui-en-region",
        "summary": (
            "ARS, Fédération des acteurs de la solidarité, Plateforme du travail pair, pôles "
            "de formation des médiateurs de santé pairs : où trouver de l'aide, région par "
            "région, pour préparer un poste de travailleur pair ou former une personne."
        ),
        "search_description": (
            "Où trouver un appui pour le travail pair dans chaque région : ARS, FAS, "
            "Plateforme du travail pair, CCOMS, formations de médiateurs de santé pairs."
        ),
        "for_whom": (
            "Pour les employeurs, les équipes et les futurs travailleurs pairs qui cherchent "
            "des interlocuteurs près de chez eux, en métropole comme en outre-mer."
        ),
        "key_points": [
            "Dans toutes les régions, l'ARS et la Fédération des acteurs de la solidarité "
            "(FAS) sont deux portes d'entrée.",
            "Certaines régions disposent d'acteurs dédiés, comme la Plateforme du travail pair "
            "en Auvergne-Rhône-Alpes.",
            "Les médiateurs de santé pairs se forment dans cinq pôles universitaires : Lyon 1, "
            "Paris 13, Tours, Grenoble et Bordeaux.",
            "Là où aucun acteur n'est repéré, commencez par l'ARS et la FAS, puis les ressources nationales.",
        ],
        "body": [
            (
                "paragraph",
                "<p>Il n'existe pas, à notre connaissance, d'annuaire national des employeurs "
                "de travailleurs pairs. Les appuis existent pourtant, mais ils sont inégalement "
                "répartis : certaines régions ont une structure dédiée, d'autres non. Ce guide "
                "recense les acteurs cités par nos sources et indique, pour chaque région, par "
                "où commencer.</p>",
            ),
            ("heading", "Partout : l'ARS et la FAS"),
            (
                "paragraph",
                "<p>Chaque région dispose d'une agence régionale de santé (ARS). Elle finance "
                "de nombreux établissements de santé et médico-sociaux, comme les lits "
                "d'accueil médicalisés du CCAS de Grenoble, et participe déjà au travail pair : "
                "l'ARS Auvergne-Rhône-Alpes cofinance la Plateforme du travail pair, et le "
                "programme des médiateurs de santé pairs a associé plusieurs ARS.</p>"
                '<p>La <a href="https://www.federationsolidarite.org/">Fédération des '
                "acteurs de la solidarité</a> (FAS) réunit des associations et des "
                "établissements du secteur social et dispose de fédérations régionales. Avec "
                "la DIHAL, elle a publié en 2018 un livret pour développer le travail pair dans "
                "la veille sociale, l'hébergement et le logement, puis en 2023 un guide "
                "d'outils. Elle anime aussi des webinaires et relaie des offres d'emploi.</p>",
            ),
            (
                "callout",
                {
                    "title": "Point de vigilance",
                    "text": (
                        "<p>Nos sources ne signalent aucun acteur dédié au travail pair en "
                        "Corse, dans le Grand Est, en Normandie ni dans les régions "
                        "d'outre-mer (Guadeloupe, Guyane, La Réunion, Martinique, Mayotte). "
                        "Cela ne veut pas dire qu'il n'y en a pas. Dans ces régions, "
                        "adressez-vous d'abord à l'ARS régionale et à la FAS, qui pourra vous "
                        "orienter vers la fédération régionale compétente, puis aux ressources "
                        "nationales.</p>"
                    ),
                },
            ),
            ("heading", "Région par région"),
            (
                "table",
                {
                    "caption": "Acteurs repérés dans nos sources, par région",
                    "header": ["Région", "Acteurs repérés", "Par où commencer"],
                    "rows": [
                        [
                            "Auvergne-Rhône-Alpes",
                            "Plateforme du travail pair (portée par le Relais Ozanam, née en "
                            "Isère en 2015) ; DU de l'université Lyon 1 avec le CH Le "
                            "Vinatier ; pôle universitaire de Grenoble.",
                            "La Plateforme du travail pair, puis l'ARS, qui la cofinance.",
                        ],
                        [
                            "Bourgogne-Franche-Comté",
                            "Pôle fédératif de santé publique : formation « Médiateurs en "
                            "santé, pairs-aidants, patients experts ».",
                            "Le pôle fédératif, puis l'ARS et la FAS.",
                        ],
                        [
                            "Bretagne",
                            "C3RB : ressources sur la pair-aidance, bénévole ou salariée "
                            "(GEM, clubhouses, associations d'usagers) ; webinaires de la FAS "
                            "Pays de la Loire et Bretagne.",
                            "Le C3RB, puis la FAS et l'ARS.",
                        ],
                        [
                            "Centre-Val de Loire",
                            "Pôle universitaire de Tours pour la formation des médiateurs de santé pairs.",
                            "L'université de Tours pour la formation ; l'ARS et la FAS pour "
                            "un projet de poste.",
                        ],
                        [
                            "Hauts-de-France",
                            "CCOMS, à l'EPSM Lille-Métropole, à l'origine du programme des "
                            "médiateurs de santé pairs ; Lille, l'un des sites de "
                            "l'expérimentation Un chez-soi d'abord.",
                            "Le CCOMS, puis l'ARS et la FAS.",
                        ],
                        [
                            "Île-de-France",
                            "Licence avec parcours médiateur de santé pair à l'université "
                            "Paris 13 (Sorbonne Paris Nord) ; projet « Travail pair et santé "
                            "mentale » de la FAS Île-de-France (2024-2026) ; Psycom.",
                            "La FAS Île-de-France, puis l'ARS.",
                        ],
                        [
                            "Nouvelle-Aquitaine",
                            "Licence professionnelle de médiateur de santé pair à Bordeaux "
                            "(depuis 2022) ; DU « Médiation en santé et pair-aidance » à La "
                            "CASE.",
                            "Les formations bordelaises, puis l'ARS et la FAS.",
                        ],
                        [
                            "Occitanie",
                            "Toulouse, l'un des quatre sites de l'expérimentation Un chez-soi "
                            "d'abord (2011-2016).",
                            "L'ARS et la FAS.",
                        ],
                        [
                            "Pays de la Loire",
                            "Webinaire « Travail pair : passons à l'action » (décembre 2020) "
                            "et « Les rendez-vous du travail pair » (2021), organisés par la "
                            "FAS Pays de la Loire et Bretagne.",
                            "La FAS régionale, puis l'ARS.",
                        ],
                        [
                            "Provence-Alpes-Côte d'Azur",
                            "Un chez-soi d'abord à Marseille, dont l'équipe compte des "
                            "médiateurs de santé ; CoFoR (Solidarité Réhabilitation), parmi "
                            "les parcours de formation recensés ; lieu de répit de Marseille, "
                            "qui propose un accompagnement par les pairs.",
                            "L'ARS et la FAS.",
                        ],
                        [
                            "Corse, Grand Est, Normandie",
                            "Aucun acteur dédié repéré dans nos sources à ce jour.",
                            "L'ARS régionale et la FAS, puis les ressources nationales.",
                        ],
                        [
                            "Guadeloupe, Guyane, La Réunion, Martinique, Mayotte",
                            "Aucun acteur dédié repéré dans nos sources à ce jour.",
                            "L'ARS régionale et la FAS, puis les ressources nationales.",
                        ],
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "identifier les objectifs du recrutement, lever les réticences de "
                        "l'équipe, définir les missions à confier"
                    ),
                    "role": (
                        "Les chargées de mission de la Plateforme du travail pair, sur l'appui "
                        "qu'elles apportent aux employeurs"
                    ),
                    "name": "",
                },
            ),
            ("heading", "Se former comme médiateur de santé pair"),
            (
                "paragraph",
                "<p>Le programme des médiateurs de santé pairs est piloté par le CCOMS, "
                'rattaché à l\'<a href="https://www.epsm-lille-metropole.fr/">EPSM '
                "Lille-Métropole</a>. Les formations s'organisent autour de cinq pôles "
                "universitaires : Lyon 1, Paris 13 (Sorbonne Paris Nord), Tours, Grenoble et "
                "Bordeaux. L'université Paris 13 propose depuis 2017 une licence avec un "
                "parcours médiateur de santé pair ; Lyon 1 un DU, avec le CH Le Vinatier ; "
                "Bordeaux une licence professionnelle depuis 2022, et La CASE un DU consacré à "
                "la médiation en santé et à la pair-aidance.</p>",
            ),
            ("heading", "Échanger avec d'autres employeurs"),
            (
                "checklist",
                {
                    "title": "Pour trouver un appui près de chez vous",
                    "items": [
                        "Contactez l'ARS de votre région, surtout si votre structure relève "
                        "de son financement.",
                        "Demandez à la FAS quelle fédération régionale couvre votre "
                        "territoire et quels temps d'échange elle propose.",
                        "Consultez les ressources et les webinaires déjà enregistrés sur le travail pair.",
                        "Rapprochez-vous d'un employeur de travailleurs pairs de votre région "
                        "pour un échange entre pairs… employeurs.",
                        "Pour la santé mentale, appuyez-vous sur les ressources nationales "
                        "de Psycom et sur les coordinations régionales de Santé mentale "
                        "France.",
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Quelques ressources nationales, accessibles de partout : le site de la "
                '<a href="https://www.travail-pair.org/">Plateforme du travail pair</a>, '
                "qui rassemble définitions, ressources et un forum ; les guides et webinaires "
                'de la <a href="https://www.federationsolidarite.org/">FAS</a> ; la boîte à '
                'outils de <a href="https://www.psycom.org/">Psycom</a> sur la santé '
                "mentale.</p>",
            ),
        ],
    },
    "en": None,
}
