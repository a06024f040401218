"""Demo content: travailleur-pair-lam."""

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
                "text": (
                    "Assurer le service des repas, seule tâche technique du poste, en faisant "
                    "de ce moment un temps de rencontre."
                ),
            },
        ],
        "activities": [
            "Présence quotidienne dans les espaces de vie et visites en chambre à la demande "
            "des personnes.",
            "Échanges informels et entretiens individuels avec les personnes accueillies.",
            "Accompagnements à l'extérieur : rendez-vous, démarches, courses.",
            "Service des repas, selon le planning du service.",
            "Réunions d'équipe, transmissions et réunions de projet.",
            "Temps de supervision, d'analyse de pratiques et d'échanges entre pairs.",
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
                "text": (
                    "Respect de la confidentialité et des règles d'hygiène liées au service "
                    "des repas."
                ),
            },
            {
                "kind": "practical",
                "text": "Sens de l'organisation pour planifier les accompagnements extérieurs.",
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
            },
            {
                "kind": "practice_analysis",
                "text": (
                    "Séances d'analyse de pratiques avec l'équipe et échanges de pratiques "
                    "entre travailleurs pairs, par exemple avec une plateforme d'appui au "
                    "travail pair."
                ),
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
            "Expliquer le rôle et la spécificité du poste à toute l'équipe avant l'arrivée de "
            "la personne.",
            "Respecter le droit de la personne à choisir ce qu'elle partage de son parcours, "
            "avec les personnes accueillies comme avec l'équipe.",
            "Examiner les demandes d'aménagement du temps de travail comme pour tout salarié : "
            "à Grenoble, l'un des travailleurs pairs a souhaité passer à 80 %.",
        ],
    },
    "en": {
        "title": "Job description: peer worker in long-stay medical care beds (LAM)",
        "slug": "peer-worker-in-lam",
        "summary": (
            "A template job description for a peer worker in long-stay medical care beds "
            "(LAM), based on the experience of the CCAS de Grenoble: building trust, dialogue, "
            "daily life, errands outside and a single, limited technical task."
        ),
        "search_description": (
            "Template job description: peer worker in LAM. Duties, skills, agent social "
            "status, supervision and points to watch."
        ),
        "job_title": "Peer worker in long-stay medical care beds",
        "setting": (
            "Long-stay medical care beds (lits d'accueil médicalisés, LAM) take in homeless "
            "people with severe chronic illnesses, with no limit on length of stay: they "
            "provide accommodation with care and comprehensive social support. The peer "
            "worker joins a multidisciplinary team of about twenty professionals, mostly "
            "care staff, present day and night. Reference example: the LAM run by the CCAS de "
            "Grenoble and funded by the ARS."
        ),
        "purpose": (
            "Help people who have lived on the street for a long time to settle in and stay, "
            "drawing on lived experience close to theirs. The post helps people gain "
            "confidence, adjust to life in accommodation and accept care; it helps the team "
            "understand their choices and avoids misunderstandings."
        ),
        "lived_experience": (
            "Lived experience of street homelessness or severe poverty, sometimes of addiction "
            "or chronic illness, close to that of the people taken in. This experience is "
            "consolidated enough for the person to draw on it for others, with some distance "
            "from their own past. No social work qualification is required."
        ),
        "missions": [
            {
                "kind": "relational",
                "text": (
                    "Build trust with the people taken in, especially when they arrive and "
                    "with those who have long histories of street life."
                ),
            },
            {
                "kind": "relational",
                "text": (
                    "Talk with people every day, in language that suits them, and dare to "
                    "raise their use of alcohol or drugs with them, without judgement."
                ),
            },
            {
                "kind": "relational",
                "text": (
                    "Support people through the period of adjustment to life in "
                    "accommodation, without expecting them to change their way of life at "
                    "once."
                ),
            },
            {
                "kind": "accompaniment",
                "text": (
                    "Support people in everyday activities, respecting their privacy and their "
                    "habits."
                ),
            },
            {
                "kind": "accompaniment",
                "text": (
                    "Accompany people on errands outside: administrative appointments, "
                    "shopping, trips into town."
                ),
            },
            {
                "kind": "accompaniment",
                "text": (
                    "Encourage engagement with care, by explaining to people the purpose of "
                    "their care plan and by passing on their reluctance and expectations to "
                    "the team."
                ),
            },
            {
                "kind": "collective",
                "text": (
                    "Take part in team meetings and handovers, bringing knowledge of street "
                    "life to shed light on situations."
                ),
            },
            {
                "kind": "collective",
                "text": (
                    "Suggest changes to practices and house rules that better respect the "
                    "privacy and autonomy of the people taken in."
                ),
            },
            {
                "kind": "collective",
                "text": (
                    "Help new team members and partners understand the role of the peer "
                    "worker."
                ),
            },
            {
                "kind": "technical",
                "text": (
                    "Serve meals, the only technical task of the post, making mealtimes a "
                    "moment for contact."
                ),
            },
        ],
        "activities": [
            "Daily presence in shared spaces and visits to rooms when people ask.",
            "Informal conversations and one-to-one meetings with the people taken in.",
            "Accompanying people outside: appointments, paperwork, shopping.",
            "Serving meals, according to the service rota.",
            "Team meetings, handovers and project meetings.",
            "Time for supervision, reflective practice and peer exchanges.",
        ],
        "skills": [
            {
                "kind": "experience",
                "text": (
                    "Lived experience of street homelessness or severe poverty, close to that "
                    "of the people taken in."
                ),
            },
            {
                "kind": "experience",
                "text": (
                    "Enough distance from one's own past to draw on it for others and choose "
                    "what to share."
                ),
            },
            {
                "kind": "interpersonal",
                "text": "Ease in relationships and language suited to the people taken in.",
            },
            {
                "kind": "interpersonal",
                "text": (
                    "Ability to raise sensitive subjects, including substance use, tactfully "
                    "and without judgement."
                ),
            },
            {
                "kind": "interpersonal",
                "text": (
                    "Ability to work in a multidisciplinary team and to stand up for a view "
                    "that differs from that of care staff."
                ),
            },
            {
                "kind": "practical",
                "text": (
                    "Knowledge of local resources and procedures useful to homeless people."
                ),
            },
            {
                "kind": "practical",
                "text": "Respect for confidentiality and for food hygiene rules at mealtimes.",
            },
            {
                "kind": "practical",
                "text": "Good organisation to plan accompaniments outside.",
            },
        ],
        "working_time": (
            "Full time, with the option of part time (for example 80 %) at the person's "
            "request; hours to be set according to how the service is organised."
        ),
        "contract": (
            "Example in a CCAS: the agent social grade (category C, medico-social track) of "
            "the local civil service, direct recruitment without a competitive exam to the "
            "first grade, then tenure. In an association: contract under the applicable "
            "collective agreement."
        ),
        "pay": (
            "According to the agent social pay scale and the employer's allowances, or the pay "
            "scale of the collective agreement in an association, and to working time. No "
            "source gives a typical amount."
        ),
        "reporting_line": (
            "Head of the LAM service; takes part in multidisciplinary team meetings and "
            "handovers."
        ),
        "support": [
            {
                "kind": "supervision",
                "text": (
                    "Regular meetings with the head of service and supervision by someone "
                    "outside the line management."
                ),
            },
            {
                "kind": "practice_analysis",
                "text": (
                    "Reflective practice sessions with the team and exchanges between peer "
                    "workers, for example with a peer work support platform."
                ),
            },
            {
                "kind": "training",
                "text": (
                    "An introduction to how LAM work and to useful notions about illnesses "
                    "and care; training in peer work if the person wishes."
                ),
            },
            {
                "kind": "tutoring",
                "text": (
                    "A named colleague for the first weeks, who answers practical questions."
                ),
            },
        ],
        "vigilance": [
            "Keep technical tasks limited: at the CCAS de Grenoble, the first version of the "
            "job description had too many; they were cut back to serving meals.",
            "Do not use the post to replace an absent nurse or support worker.",
            "Explain the role and what is specific about it to the whole team before the "
            "person arrives.",
            "Respect the person's right to choose what they share of their story, with the "
            "people taken in as with the team.",
            "Consider requests to adjust working time as for any employee: in Grenoble, one of "
            "the peer workers asked to move to 80 %.",
        ],
    },
}
