"""Demo content: pair-aidant-rdr-aller-vers."""

ITEM = {
    "key": "pair-aidant-rdr-aller-vers",
    "publication_date": "2025-02-19",
    "themes": ["fiche-de-poste-missions", "aller-vers", "acces-aux-droits"],
    "audiences": ["addictions", "sans-domicile", "precarite"],
    "structure_types": ["caarud", "csapa", "veille-sociale"],
    "post_types": ["intervenant-pair-rdr", "travailleur-pair"],
    "regions": ["national"],
    "fr": {
        "title": "Fiche de poste : intervenant·e pair en réduction des risques et aller-vers",
        "slug": "pair-aidant-rdr-aller-vers",
        "summary": (
            "Une fiche de poste type pour un intervenant pair en CAARUD ou en maraude : "
            "distribution de matériel de réduction des risques, prévention, orientation et "
            "aide aux démarches, dans l'esprit des recommandations HAS/ANESM pour les CAARUD."
        ),
        "search_description": (
            "Fiche de poste type : intervenant pair en réduction des risques, en CAARUD ou en "
            "maraude. Missions, compétences, statut, supervision."
        ),
        "job_title": "Intervenant·e pair en réduction des risques et aller-vers",
        "setting": (
            "Un centre d'accueil et d'accompagnement à la réduction des risques pour usagers "
            "de drogues (CAARUD), un CSAPA ou une équipe de maraude de la veille sociale. Le "
            "poste combine l'accueil sur site et le travail de rue, dans les lieux où les "
            "personnes vivent et consomment. L'intervenant·e pair travaille au sein d'une "
            "équipe pluridisciplinaire et intervient en binôme lors des tournées."
        ),
        "purpose": (
            "Aller au-devant de personnes qui consomment des drogues ou vivent à la rue et "
            "restent éloignées des services, pour réduire les risques liés à leurs "
            "consommations et les orienter vers les soins et les droits, en s'appuyant sur une "
            "expérience vécue proche de la leur. Les recommandations de bonnes pratiques de la "
            "HAS (ex-ANESM) pour les CAARUD consacrent une partie à la place des personnes "
            "accompagnées et au recours aux pairs-intervenants."
        ),
        "lived_experience": (
            "Une expérience vécue de la consommation de drogues ou de la vie à la rue, proche "
            "de celle des personnes rencontrées. Cette expérience est suffisamment consolidée "
            "pour que la personne puisse la mobiliser au service des autres et tenir sa place "
            "dans le cadre de l'équipe. Aucun diplôme n'est exigé."
        ),
        "missions": [
            {
                "kind": "relational",
                "text": (
                    "Aller à la rencontre des personnes dans leurs lieux de vie et de "
                    "consommation, et nouer un premier contact là où les services ne vont pas."
                ),
                "activities": ["Tournées de rue et maraudes, selon le planning de l'équipe."],
            },
            {
                "kind": "relational",
                "text": (
                    "Établir une relation de confiance avec des personnes éloignées des "
                    "structures, en partageant un langage et des repères communs."
                ),
            },
            {
                "kind": "relational",
                "text": (
                    "Parler des consommations et des pratiques à risque sans jugement, en "
                    "transmettant des conseils de réduction des risques nourris de "
                    "l'expérience."
                ),
            },
            {
                "kind": "accompaniment",
                "text": (
                    "Orienter les personnes, selon leurs demandes, vers les soins, "
                    "l'hébergement et les structures adaptées (CSAPA, centres de santé, "
                    "115 / SIAO)."
                ),
            },
            {
                "kind": "accompaniment",
                "text": (
                    "Aider aux démarches administratives et à l'accès aux droits, en lien avec "
                    "les travailleurs sociaux de l'équipe."
                ),
                "activities": ["Aide aux démarches administratives et à l'accès aux droits."],
            },
            {
                "kind": "accompaniment",
                "text": (
                    "Accompagner physiquement une personne à un rendez-vous lorsque cela "
                    "l'aide à faire le premier pas."
                ),
                "activities": ["Accompagnements vers les soins."],
            },
            {
                "kind": "collective",
                "text": (
                    "Faire entendre le point de vue des personnes rencontrées en réunion "
                    "d'équipe et dans l'évolution du projet de service."
                ),
                "activities": ["Réunions d'équipe."],
            },
            {
                "kind": "collective",
                "text": (
                    "Participer aux actions collectives de prévention et aux rencontres avec "
                    "les partenaires du territoire."
                ),
            },
            {
                "kind": "collective",
                "text": (
                    "Partager avec l'équipe ses observations de terrain sur les pratiques et "
                    "les besoins des personnes rencontrées."
                ),
            },
            {
                "kind": "technical",
                "text": (
                    "Distribuer le matériel de réduction des risques et de prévention, et "
                    "participer à la gestion des stocks."
                ),
                "activities": ["Distribution de matériel de réduction des risques."],
            },
            {
                "kind": "technical",
                "text": (
                    "Renseigner les outils de recueil d'activité de l'équipe, dans le respect "
                    "de l'anonymat des personnes."
                ),
            },
        ],
        "activities": [
            "Accueil des personnes sur le site du CAARUD.",
            "Échanges informels, conseils et orientations.",
        ],
        "skills": [
            {
                "kind": "experience",
                "text": (
                    "Expérience vécue de la consommation de drogues ou de la vie à la rue, "
                    "proche de celle des personnes rencontrées."
                ),
            },
            {
                "kind": "experience",
                "text": (
                    "Expérience consolidée, avec assez de recul pour la mobiliser au service "
                    "des autres et choisir ce que l'on en partage."
                ),
            },
            {
                "kind": "interpersonal",
                "text": "Aisance dans le premier contact, y compris dans la rue.",
            },
            {
                "kind": "interpersonal",
                "text": "Posture sans jugement, respectueuse des choix des personnes.",
            },
            {
                "kind": "interpersonal",
                "text": "Capacité à poser ses limites et à travailler en binôme.",
            },
            {
                "kind": "practical",
                "text": (
                    "Connaissance des outils de réduction des risques et des risques liés aux "
                    "produits, ou volonté de se former."
                ),
            },
            {
                "kind": "practical",
                "text": (
                    "Connaissance du réseau local : soins, addictologie, hébergement, accès aux droits."
                ),
            },
            {
                "kind": "practical",
                "text": ("Respect des règles de sécurité en intervention de rue et de la confidentialité."),
            },
        ],
        "working_time": (
            "Temps plein ou temps partiel ; horaires pouvant inclure des soirées selon les "
            "créneaux d'aller-vers, à préciser dans le contrat."
        ),
        "contract": (
            "Salarié·e de l'association ou de l'établissement gestionnaire, selon la "
            "convention collective applicable. D'autres cadres existent (salarié en insertion, "
            "bénévolat) : voir le guide sur les statuts et contrats."
        ),
        "pay": (
            "Selon la convention collective ou la grille de l'employeur, la classification "
            "retenue et le temps de travail. Aucune source ne donne de rémunération type pour "
            "ce poste."
        ),
        "reporting_line": (
            "Chef·fe de service du CAARUD ou de l'équipe d'aller-vers ; intervient en binôme "
            "avec un·e professionnel·le de l'équipe lors des tournées."
        ),
        "support": [
            {
                "kind": "supervision",
                "text": (
                    "Supervision régulière par un intervenant extérieur à la hiérarchie, pour "
                    "travailler la posture et la distance avec son propre parcours."
                ),
                "activities": ["Temps de supervision."],
            },
            {
                "kind": "practice_analysis",
                "text": ("Analyse de pratiques avec l'équipe et échanges avec d'autres intervenants pairs."),
                "activities": ["Séances d'analyse de pratiques."],
            },
            {
                "kind": "training",
                "text": (
                    "Formation à la réduction des risques, à la connaissance des produits et "
                    "aux gestes de premiers secours."
                ),
            },
            {
                "kind": "tutoring",
                "text": "Un binôme de référence dans l'équipe pour les premières tournées.",
            },
        ],
        "vigilance": [
            "Fixer dès l'embauche ce que le cadre de travail attend (par exemple, aucune "
            "consommation pendant le service) sans transformer l'encadrement en surveillance "
            "de la vie privée.",
            "Anticiper, avec l'intervenant pair, les rencontres avec des personnes connues au "
            "temps de son propre parcours et la façon d'y faire face avec l'équipe.",
            "Ne pas réduire le poste à la distribution de matériel : la relation, "
            "l'orientation et l'accès aux droits en sont le cœur.",
            "Veiller à la sécurité lors des tournées : binôme, moyens d'alerte, temps de "
            "reprise après les situations difficiles.",
            "Respecter le choix de la personne sur ce qu'elle dévoile de son parcours.",
        ],
    },
    "en": None,
}
