"""Demo content: travailleur-pair-lam."""

from demo.data.job_descriptions.travailleur_pair_lam_en import ENGLISH

ITEM = {
    "key": "travailleur-pair-lam",
    "publication_date": "2025-02-05",
    "themes": ["fiche-de-poste-missions", "statut-contrat-remuneration", "integration"],
    "audiences": ["malades-sans-domicile", "sans-domicile", "addictions"],
    "structure_types": ["lam", "ccas-cias"],
    "post_types": ["travailleur-pair"],
    "regions": ["national"],
    "fr": {
        "title": "Fiche de poste : travailleur·se pair·e en lits d'accueil médicalisés (LAM)",
        "slug": "travailleur-pair-en-lam",
        "summary": (
            "Une fiche de poste type pour un travailleur pair en lits d'accueil médicalisés, "
            "inspirée de l'expérience du CCAS de Grenoble : mise en confiance, dialogue, vie "
            "quotidienne, démarches extérieures et une seule tâche technique, limitée."
        ),
        "search_description": (
            "Fiche de poste type : travailleur pair en LAM. Missions, compétences, statut "
            "d'agent social, supervision et points de vigilance."
        ),
        "job_title": "Travailleur·se pair·e en lits d'accueil médicalisés",
        "setting": (
            "Les lits d'accueil médicalisés (LAM) accueillent, sans limitation de durée, des "
            "personnes sans domicile atteintes de pathologies lourdes et chroniques : ils "
            "offrent un hébergement avec des soins et un accompagnement social global. Le ou "
            "la travailleur·se pair·e rejoint une équipe pluridisciplinaire d'une vingtaine de "
            "professionnels, à dominante soignante, présente jour et nuit. Exemple de "
            "référence : les LAM gérés par le CCAS de Grenoble et financés par l'ARS."
        ),
        "purpose": (
            "Faciliter l'accueil et le maintien dans la structure de personnes qui ont "
            "longtemps vécu à la rue, en s'appuyant sur une expérience de vie proche de la "
            "leur. Le poste aide les personnes à prendre confiance, à s'adapter à la vie en "
            "hébergement et à accepter les soins ; il aide l'équipe à comprendre leurs choix "
            "et évite des malentendus."
        ),
        "lived_experience": (
            "Une expérience vécue de la rue ou de la grande précarité, parfois d'une addiction "
            "ou d'une maladie chronique, proche de celle des personnes accueillies. Cette "
            "expérience est suffisamment consolidée pour que la personne puisse la mobiliser "
            "au service des autres, avec du recul sur son propre parcours. Aucun diplôme de "
            "travail social n'est exigé."
        ),
        "missions": [
            {
                "kind": "relational",
                "text": (
                    "Créer un lien de confiance avec les personnes accueillies, en particulier "
                    "à leur arrivée et avec celles qui ont un long parcours de rue."
                ),
            },
            {
                "kind": "relational",
                "text": (
                    "Dialoguer au quotidien avec les personnes, dans un langage adapté, et oser "
                    "aborder avec elles leurs consommations d'alcool ou de drogue, sans "
                    "jugement."
                ),
            },
            {
                "kind": "relational",
                "text": (
                    "Soutenir les personnes pendant le temps d'adaptation à la vie en "
                    "hébergement, sans exiger d'elles un changement immédiat de mode de vie."
                ),
            },
            {
                "kind": "accompaniment",
                "text": (
                    "Accompagner les personnes dans les actes de la vie quotidienne, dans le "
                    "respect de leur intimité et de leurs habitudes."
                ),
            },
            {
                "kind": "accompaniment",
                "text": (
                    "Accompagner les personnes dans leurs démarches extérieures : rendez-vous "
                    "administratifs, courses, déplacements en ville."
                ),
                "activities": ["Accompagnements à l'extérieur : rendez-vous, démarches, courses."],
                "skills": [
                    {
                        "kind": "practical",
                        "text": "Sens de l'organisation pour planifier les accompagnements extérieurs.",
                    },
                ],
            },
            {
                "kind": "accompaniment",
                "text": (
                    "Soutenir l'adhésion aux soins, en expliquant aux personnes le sens de leur "
                    "projet de soins et en relayant auprès de l'équipe leurs réticences et "
                    "leurs attentes."
                ),
            },
            {
                "kind": "collective",
                "text": (
                    "Participer aux réunions d'équipe et aux transmissions, en apportant la "
                    "connaissance de la vie à la rue pour éclairer les situations."
                ),
                "activities": ["Réunions d'équipe, transmissions et réunions de projet."],
            },
            {
                "kind": "collective",
                "text": (
                    "Proposer des ajustements des pratiques et des règles de vie qui "
                    "favorisent le respect de l'intimité et de l'autonomie des personnes "
                    "accueillies."
                ),
            },
            {
                "kind": "collective",
                "text": (
                    "Contribuer à faire connaître le rôle du travailleur pair auprès des "
                    "nouveaux professionnels de l'équipe et des partenaires."
                ),
            },
            {
                "kind": "technical",
                "text": ("Assurer le service des repas, en faisant de ce moment un temps de rencontre."),
                "activities": ["Service des repas, selon le planning du service."],
                "skills": [
                    {
                        "kind": "practical",
                        "text": "Respect des règles d'hygiène liées au service des repas.",
                    },
                ],
            },
        ],
        "activities": [
            "Présence quotidienne dans les espaces de vie et visites en chambre à la demande des personnes.",
            "Échanges informels et entretiens individuels avec les personnes accueillies.",
        ],
        "skills": [
            {
                "kind": "experience",
                "text": (
                    "Expérience vécue de la rue ou de la grande précarité, proche de celle des "
                    "personnes accueillies."
                ),
            },
            {
                "kind": "experience",
                "text": (
                    "Recul suffisant sur son propre parcours pour le mobiliser au service des "
                    "autres et choisir ce que l'on en partage."
                ),
            },
            {
                "kind": "interpersonal",
                "text": "Aisance relationnelle et langage adapté aux personnes accueillies.",
            },
            {
                "kind": "interpersonal",
                "text": (
                    "Capacité à aborder des sujets sensibles, dont les consommations, avec "
                    "tact et sans jugement."
                ),
            },
            {
                "kind": "interpersonal",
                "text": (
                    "Capacité à travailler en équipe pluridisciplinaire et à défendre un point "
                    "de vue différent de celui des soignants."
                ),
            },
            {
                "kind": "practical",
                "text": (
                    "Connaissance des ressources et des démarches utiles aux personnes sans "
                    "domicile sur le territoire."
                ),
            },
            {
                "kind": "practical",
                "text": "Respect de la confidentialité de ce que les personnes confient.",
            },
        ],
        "working_time": (
            "Temps plein, avec possibilité de temps partiel (par exemple 80 %) à la demande de "
            "la personne ; horaires à préciser selon l'organisation du service."
        ),
        "contract": (
            "Exemple en CCAS : cadre d'emplois des agents sociaux (catégorie C, filière "
            "médico-sociale), recrutement direct sans concours au premier grade, puis "
            "titularisation. En association : contrat selon la convention collective "
            "applicable."
        ),
        "pay": (
            "Selon la grille indiciaire du grade d'agent social et le régime indemnitaire de "
            "l'employeur, ou la grille de la convention collective en association, et selon "
            "le temps de travail. Aucune source ne donne de montant type."
        ),
        "reporting_line": (
            "Chef·fe de service des LAM ; participe aux réunions de l'équipe "
            "pluridisciplinaire et aux transmissions."
        ),
        "support": [
            {
                "kind": "supervision",
                "text": (
                    "Points réguliers avec le ou la chef·fe de service et supervision par un "
                    "intervenant extérieur à la hiérarchie."
                ),
                "activities": ["Temps de supervision avec un intervenant extérieur à la hiérarchie."],
            },
            {
                "kind": "practice_analysis",
                "text": (
                    "Séances d'analyse de pratiques avec l'équipe et échanges de pratiques "
                    "entre travailleurs pairs, par exemple avec une plateforme d'appui au "
                    "travail pair."
                ),
                "activities": ["Séances d'analyse de pratiques et échanges entre pairs."],
            },
            {
                "kind": "training",
                "text": (
                    "Présentation du fonctionnement des LAM et des notions utiles sur les "
                    "pathologies et les soins ; formation au travail pair si la personne le "
                    "souhaite."
                ),
            },
            {
                "kind": "tutoring",
                "text": (
                    "Un collègue référent désigné pour les premières semaines, qui répond aux "
                    "questions pratiques."
                ),
            },
        ],
        "vigilance": [
            "Limiter les tâches techniques : au CCAS de Grenoble, la première version de la "
            "fiche en prévoyait trop ; elles ont été réduites au service des repas.",
            "Ne pas utiliser le poste pour remplacer un soignant ou un agent absent.",
            "Expliquer le rôle et la spécificité du poste à toute l'équipe avant l'arrivée de la personne.",
            "Respecter le droit de la personne à choisir ce qu'elle partage de son parcours, "
            "avec les personnes accueillies comme avec l'équipe.",
            "Examiner les demandes d'aménagement du temps de travail comme pour tout salarié : "
            "à Grenoble, l'un des travailleurs pairs a souhaité passer à 80 %.",
        ],
    },
    "en": ENGLISH,
}
