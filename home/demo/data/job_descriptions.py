"""Demo job-description templates ("fiches de poste") an employer can adapt.

See the data shape in __init__.py. Facts come from the seed article on the CCAS de Grenoble and the
project's domain notes. No source gives typical pay: the "pay" field says what it depends on.
"""

JOB_DESCRIPTIONS = [
    # ------------------------------------------------------------------------------------------
    {
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
    },
    # ------------------------------------------------------------------------------------------
    {
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
                },
            ],
            "activities": [
                "Entretiens individuels, dans le service, au domicile ou dans la cité.",
                "Accompagnements aux rendez-vous médicaux, sociaux et administratifs.",
                "Séances de travail sur le plan de rétablissement avec la personne.",
                "Réunions cliniques, synthèses et transmissions.",
                "Temps de formation, de supervision et d'analyse de pratiques.",
                "Rédaction de comptes rendus d'activité.",
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
                    "text": "Maîtrise d'outils d'accompagnement au rétablissement.",
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
                },
                {
                    "kind": "practice_analysis",
                    "text": (
                        "Analyse de pratiques avec l'équipe et échanges avec d'autres médiateurs "
                        "de santé pairs."
                    ),
                },
                {
                    "kind": "training",
                    "text": (
                        "Accès à une formation de médiateur de santé pair (licence, licence "
                        "professionnelle ou DU) si la personne ne l'a pas encore suivie."
                    ),
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
    },
    # ------------------------------------------------------------------------------------------
    {
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
                },
                {
                    "kind": "accompaniment",
                    "text": (
                        "Accompagner physiquement une personne à un rendez-vous lorsque cela "
                        "l'aide à faire le premier pas."
                    ),
                },
                {
                    "kind": "collective",
                    "text": (
                        "Faire entendre le point de vue des personnes rencontrées en réunion "
                        "d'équipe et dans l'évolution du projet de service."
                    ),
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
                "Tournées de rue et maraudes, selon le planning de l'équipe.",
                "Accueil des personnes sur le site du CAARUD.",
                "Distribution de matériel de réduction des risques.",
                "Échanges informels, conseils et orientations.",
                "Accompagnements vers les soins et aide aux démarches.",
                "Réunions d'équipe, supervision et analyse de pratiques.",
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
                        "Connaissance du réseau local : soins, addictologie, hébergement, accès "
                        "aux droits."
                    ),
                },
                {
                    "kind": "practical",
                    "text": (
                        "Respect des règles de sécurité en intervention de rue et de la "
                        "confidentialité."
                    ),
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
                },
                {
                    "kind": "practice_analysis",
                    "text": (
                        "Analyse de pratiques avec l'équipe et échanges avec d'autres "
                        "intervenants pairs."
                    ),
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
    },
]
