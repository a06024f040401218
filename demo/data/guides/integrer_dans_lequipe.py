"""Demo content: integrer-dans-lequipe."""

ITEM = {
    "key": "integrer-dans-lequipe",
    "publication_date": "2025-02-17",
    "themes": ["integration", "projet-equipe", "ethique-posture"],
    "audiences": ["sans-domicile", "addictions", "sante-mentale"],
    "structure_types": ["ccas-cias", "lam", "chrs", "empp", "cmp-sante-mentale"],
    "post_types": ["travailleur-pair", "mediateur-sante-pair"],
    "regions": ["national"],
    "fr": {
        "title": "Intégrer un travailleur pair dans l'équipe",
        "slug": "integrer-dans-lequipe",
        "summary": (
            "Créer le poste dès l'origine, expliquer le rôle aux collègues, accueillir les "
            "désaccords comme une ressource et rompre l'isolement par des échanges entre "
            "pairs : des repères pour réussir l'arrivée d'un travailleur pair."
        ),
        "search_description": (
            "Intégrer un travailleur pair : créer le poste dès l'origine, expliquer son rôle "
            "à l'équipe, organiser des échanges de pratiques."
        ),
        "for_whom": (
            "Pour les chefs de service et les équipes qui accueillent un travailleur pair, en "
            "particulier au sein d'équipes soignantes ou pluridisciplinaires."
        ),
        "key_points": [
            "Un poste prévu dès la conception du projet s'intègre plus facilement qu'un poste "
            "ajouté à une équipe déjà installée.",
            "Expliquez le rôle et la spécificité du travailleur pair à chaque professionnel, "
            "avant son arrivée.",
            "Les désaccords sur les pratiques sont attendus : ils font partie de l'apport du poste.",
            "Organisez des échanges de pratiques entre travailleurs pairs pour rompre l'isolement.",
        ],
        "body": [
            (
                "paragraph",
                "<p>Aux lits d'accueil médicalisés du CCAS de Grenoble, deux travailleurs pairs "
                "ont rejoint une équipe d'une vingtaine de professionnels, majoritairement "
                "soignants. Selon la cheffe de service, leur intégration s'est faite sans "
                "heurts, pour deux raisons : ils étaient là dès l'origine, et l'encadrement a "
                "pris soin d'expliquer leur rôle aux autres professionnels. Ces deux leviers "
                "sont à la portée de la plupart des structures.</p>",
            ),
            ("heading", "Créer le poste dès l'origine"),
            (
                "paragraph",
                "<p>Quand le travailleur pair fait partie du projet dès sa conception, "
                "l'équipe se construit avec lui : les règles, la circulation de l'information "
                "et la répartition du travail lui font d'emblée une place. Si le poste arrive "
                "dans une équipe déjà installée, prenez le temps de revoir l'organisation "
                "ensemble : qui fait quoi, qui transmet quoi, qui décide de quoi.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "nous avons veillé à bien expliquer leur rôle et leur spécificité aux "
                        "autres professionnels"
                    ),
                    "role": ("Cheffe du service des lits d'accueil médicalisés, CCAS de Grenoble"),
                    "name": "Fanny Lumalé",
                },
            ),
            ("heading", "Expliquer le rôle, avant et après l'arrivée"),
            (
                "steps",
                {
                    "title": "Les premiers mois",
                    "steps": [
                        {
                            "title": "Avant l'arrivée",
                            "text": (
                                "Présentez la fiche de poste en réunion d'équipe. Dites ce que "
                                "le travailleur pair fera, ce qu'il ne fera pas, et pourquoi le "
                                "poste a été créé."
                            ),
                        },
                        {
                            "title": "Le premier jour",
                            "text": (
                                "Présentez la personne aux collègues et aux personnes "
                                "accueillies par son nom et sa fonction, sans évoquer son "
                                "parcours : c'est à elle d'en décider."
                            ),
                        },
                        {
                            "title": "Les premières semaines",
                            "text": (
                                "Désignez un collègue référent pour les questions pratiques. "
                                "Associez la personne à toutes les réunions d'équipe et aux "
                                "transmissions."
                            ),
                        },
                        {
                            "title": "Après trois mois",
                            "text": (
                                "Faites le point avec elle, puis avec l'équipe : ce qui "
                                "fonctionne, ce qui coince, ce qu'il faut ajuster dans la "
                                "fiche de poste."
                            ),
                        },
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Un regard différent de celui des soignants fait naître des débats, et c'est "
                "bon signe. À Grenoble, les travailleurs pairs ont par exemple proposé "
                "d'accorder moins d'importance à l'hygiène des chambres et davantage au respect "
                "de l'intimité des personnes accueillies. Quand l'équipe s'inquiétait de voir un "
                "homme ressortir passer la nuit dehors, l'un d'eux a expliqué qu'on ne change "
                "pas de mode de vie du jour au lendemain et qu'il fallait lui laisser un temps "
                "d'adaptation.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Leur connaissance de la vie à la rue apporte des clés de "
                        "compréhension à l'équipe et évite des malentendus"
                    ),
                    "role": ("Cheffe du service des lits d'accueil médicalisés, CCAS de Grenoble"),
                    "name": "Fanny Lumalé",
                },
            ),
            (
                "callout",
                {
                    "title": "Point de vigilance",
                    "text": (
                        "<p>Ne demandez pas au travailleur pair de prouver sa légitimité ni de "
                        "se justifier par son histoire. Quand il exprime un désaccord, traitez-"
                        "le comme l'avis d'un collègue sur les pratiques, et non comme un "
                        "ressenti personnel lié à son passé.</p>"
                    ),
                },
            ),
            ("heading", "Rompre l'isolement"),
            (
                "paragraph",
                "<p>Seul dans son rôle au sein d'une équipe, un travailleur pair peut se sentir "
                "isolé. Le CCAS de Grenoble a recruté deux travailleurs pairs pour ses lits "
                "d'accueil médicalisés. La Plateforme du travail pair anime de son côté des "
                "temps d'échanges de pratiques entre travailleurs pairs de différentes "
                "structures : renseignez-vous sur ce qui existe près de chez vous, ou "
                "organisez-en avec d'autres employeurs.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Pour une intégration réussie",
                    "items": [
                        "L'équipe a lu la fiche de poste avant l'arrivée.",
                        "Le travailleur pair est invité à toutes les réunions d'équipe.",
                        "Il a accès aux mêmes outils et aux mêmes informations que ses collègues.",
                        "Un collègue référent est désigné pour les premières semaines.",
                        "Des échanges de pratiques avec d'autres travailleurs pairs sont prévus.",
                        "Un point d'étape est fixé à trois mois.",
                    ],
                },
            ),
        ],
    },
    "en": None,
}
