"""Demo content: mediateur-sante-pair."""

ITEM = {
    "key": "mediateur-sante-pair",
    "publication_date": "2025-02-12",
    "themes": ["fiche-de-poste-missions", "formation", "supervision"],
    "audiences": ["sante-mentale", "handicap"],
    "structure_types": ["samsah-savs", "cmp-sante-mentale"],
    "post_types": ["mediateur-sante-pair"],
    "regions": ["national"],
    "fr": {
        "title": "Fiche de poste : médiateur·rice de santé pair en psychiatrie ou en SAMSAH",
        "slug": "mediateur-sante-pair",
        "summary": (
            "Une fiche de poste type pour un médiateur de santé pair en service de psychiatrie "
            "ou en SAMSAH, construite autour des quatre compétences enseignées à Paris 13 : "
            "accès aux soins, projet de soins, plan de rétablissement et médiation."
        ),
        "search_description": (
            "Fiche de poste type : médiateur de santé pair en psychiatrie ou en SAMSAH. "
            "Missions, compétences, formations, supervision."
        ),
        "job_title": "Médiateur·rice de santé pair",
        "setting": (
            "Un service de psychiatrie (centre médico-psychologique, unité d'hospitalisation, "
            "équipe mobile) ou un service d'accompagnement médico-social pour adultes "
            "handicapés (SAMSAH) qui suit des personnes vivant avec des troubles psychiques. "
            "Le médiateur ou la médiatrice de santé pair rejoint une équipe "
            "pluridisciplinaire : soignants, médecins, travailleurs sociaux."
        ),
        "purpose": (
            "Faciliter l'accès aux soins et le rétablissement des personnes en s'appuyant sur "
            "une expérience vécue des troubles psychiques et du parcours de soins. Le poste "
            "reprend les quatre compétences enseignées à l'université Paris 13 : accès aux "
            "soins, projet de soins, plan de rétablissement et médiation. Pour la médiation, "
            "la fiche de poste du médiateur en santé (arrêté du 28 décembre 2023, annexe 3), "
            "fondée sur le référentiel de la HAS de 2017, offre un cadre complémentaire."
        ),
        "lived_experience": (
            "Une expérience vécue de troubles psychiques et du recours aux soins, proche de "
            "celle des personnes accompagnées, et un rétablissement suffisamment consolidé "
            "pour mobiliser cette expérience au service des autres. Une formation de "
            "médiateur de santé pair (licence à Paris 13, DU à Lyon 1, licence professionnelle "
            "à Bordeaux, DU à La CASE) est un atout ; elle peut aussi être suivie après "
            "l'embauche."
        ),
        "missions": [
            {
                "kind": "relational",
                "text": (
                    "Établir avec les personnes une relation de confiance fondée sur une "
                    "expérience partagée des troubles et des soins."
                ),
            },
            {
                "kind": "relational",
                "text": (
                    "Évoquer son propre chemin de rétablissement pour soutenir l'espoir, "
                    "lorsque c'est utile et seulement si la personne en poste le choisit."
                ),
            },
            {
                "kind": "accompaniment",
                "text": (
                    "Faciliter l'accès aux soins : aider à comprendre l'offre de soins, "
                    "préparer et accompagner les rendez-vous."
                ),
                "activities": ["Accompagnements aux rendez-vous médicaux, sociaux et administratifs."],
            },
            {
                "kind": "accompaniment",
                "text": (
                    "Contribuer au projet de soins avec la personne et l'équipe, en veillant à "
                    "ce que ses priorités y soient prises en compte."
                ),
            },
            {
                "kind": "accompaniment",
                "text": (
                    "Accompagner la personne dans l'élaboration et le suivi de son propre plan "
                    "de rétablissement."
                ),
                "activities": ["Séances de travail sur le plan de rétablissement avec la personne."],
                "skills": [
                    {"kind": "practical", "text": "Maîtrise d'outils d'accompagnement au rétablissement."}
                ],
            },
            {
                "kind": "accompaniment",
                "text": (
                    "Soutenir la personne dans sa vie quotidienne et sociale, en lien avec les "
                    "ressources du territoire (GEM, associations d'usagers)."
                ),
            },
            {
                "kind": "collective",
                "text": (
                    "Assurer une médiation entre la personne, l'équipe soignante et, si elle "
                    "le souhaite, ses proches, pour que chacun comprenne le point de vue de "
                    "l'autre."
                ),
            },
            {
                "kind": "collective",
                "text": (
                    "Participer aux réunions cliniques et aux synthèses en y apportant le point "
                    "de vue de l'expérience vécue."
                ),
                "activities": ["Réunions cliniques, synthèses et transmissions."],
            },
            {
                "kind": "collective",
                "text": (
                    "Contribuer à diffuser dans l'équipe une culture du rétablissement et à "
                    "lutter contre la stigmatisation."
                ),
            },
            {
                "kind": "technical",
                "text": (
                    "Rendre compte de son activité et consigner les éléments utiles au suivi, "
                    "dans le respect du secret partagé et des règles du service."
                ),
                "activities": ["Rédaction de comptes rendus d'activité."],
            },
        ],
        "activities": [
            "Entretiens individuels, dans le service, au domicile ou dans la cité.",
        ],
        "skills": [
            {
                "kind": "experience",
                "text": (
                    "Expérience vécue de troubles psychiques et des soins, proche de celle des "
                    "personnes accompagnées."
                ),
            },
            {
                "kind": "experience",
                "text": (
                    "Rétablissement consolidé et recul sur son parcours, pour choisir ce que "
                    "l'on en partage et à quel moment."
                ),
            },
            {
                "kind": "interpersonal",
                "text": "Écoute sans jugement et capacité à transmettre de l'espoir.",
            },
            {
                "kind": "interpersonal",
                "text": (
                    "Capacité à se situer entre la personne et l'équipe, et à faire entendre "
                    "le point de vue de chacun."
                ),
            },
            {
                "kind": "interpersonal",
                "text": "Goût du travail en équipe pluridisciplinaire.",
            },
            {
                "kind": "practical",
                "text": (
                    "Connaissance de l'organisation des soins en santé mentale, des droits des "
                    "patients et des ressources du territoire."
                ),
            },
            {
                "kind": "practical",
                "text": "Respect du secret professionnel et des règles de transmission.",
            },
        ],
        "working_time": (
            "Temps plein ou temps partiel, à préciser par l'employeur ; la formation, la "
            "supervision et l'analyse de pratiques sont comptées dans le temps de travail."
        ),
        "contract": (
            "Contrat de l'établissement ou du service employeur (établissement public de "
            "santé, association gestionnaire du SAMSAH). Le métier n'étant pas inscrit au "
            "RNCP, l'employeur choisit un emploi ou une classification de rattachement."
        ),
        "pay": (
            "Selon la grille de l'employeur (grille hospitalière, convention collective de "
            "l'association), l'emploi de rattachement, le diplôme détenu et le temps de "
            "travail. Aucune source ne donne de rémunération type."
        ),
        "reporting_line": (
            "Cadre de santé ou chef·fe de service de l'unité ou du SAMSAH ; lien fonctionnel "
            "avec le médecin responsable pour le projet de soins."
        ),
        "support": [
            {
                "kind": "supervision",
                "text": (
                    "Supervision régulière par un intervenant extérieur à la hiérarchie, "
                    "centrée sur la posture et l'usage de l'expérience vécue."
                ),
                "activities": ["Temps de supervision."],
            },
            {
                "kind": "practice_analysis",
                "text": (
                    "Analyse de pratiques avec l'équipe et échanges avec d'autres médiateurs de santé pairs."
                ),
                "activities": ["Séances d'analyse de pratiques."],
            },
            {
                "kind": "training",
                "text": (
                    "Accès à une formation de médiateur de santé pair (licence, licence "
                    "professionnelle ou DU) si la personne ne l'a pas encore suivie."
                ),
                "activities": ["Temps de formation."],
            },
            {
                "kind": "tutoring",
                "text": (
                    "Un professionnel référent dans l'équipe et, si possible, un médiateur de "
                    "santé pair expérimenté d'un autre service."
                ),
            },
        ],
        "vigilance": [
            "Ne pas faire du médiateur de santé pair un auxiliaire de soins ni le remplaçant "
            "d'un poste soignant vacant.",
            "Préparer l'équipe : au lancement du programme, en 2012, des syndicats infirmiers "
            "s'y étaient opposés, et l'évaluation de la première expérimentation a insisté sur "
            "cette préparation.",
            "Respecter le choix de la personne sur ce qu'elle dévoile de son parcours, y "
            "compris auprès de ses collègues.",
            "Anticiper les périodes difficiles : l'évaluation de la première expérimentation a "
            "relevé des arrêts anticipés liés à une reprise des troubles. Prévoir "
            "aménagements et relais, sans stigmatiser.",
        ],
    },
    "en": None,
}
