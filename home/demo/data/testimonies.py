"""Demo testimonies: six cases of peer work, written for the site from public sources.

Shape: see home/demo/data/__init__.py. Every fact comes from the sources listed in each item;
people are named only as those sources name them, otherwise by their role. The consent records
below document the public basis of each text (published statements of the structure); they are
demo records and must be replaced by the structures' written consent before real publication.
"""

TESTIMONIES = [
    # ------------------------------------------------------------------------------------------
    {
        "key": "ccas-grenoble-lam",
        "publication_date": "2026-11-02",
        "themes": [
            "projet-equipe",
            "recrutement",
            "fiche-de-poste-missions",
            "integration",
            "statut-contrat-remuneration",
        ],
        "audiences": ["malades-sans-domicile", "sans-domicile", "addictions"],
        "structure_types": ["ccas-cias", "lam", "lhss"],
        "post_types": ["travailleur-pair"],
        "regions": ["auvergne-rhone-alpes"],
        "structure_is_anonymised": False,
        "consent": {
            "given_by": "directrice du CCAS (pour la structure), propos publiés par La Gazette des communes",
            "given_on": "2026-11-02",
            "scope": ["quotes", "structure_name"],
            "anonymisation": (
                "Aucune pour la structure et pour l'encadrement, nommés comme La Gazette des "
                "communes les nomme. Les deux travailleurs pairs et les personnes accueillies ne "
                "sont jamais nommés ni décrits de façon à pouvoir être reconnus. Pas de photo."
            ),
            "withdrawal": (
                "Sur simple demande de la structure ou d'une personne citée, adressée à l'adresse "
                "de contact du site, sans justification : la page est dépubliée dès réception."
            ),
            "allowed_names": [
                "Marion Brunat Mortier",
                "Fanny Lumalé",
                "CCAS de Grenoble",
                "Grenoble",
                "Isère",
                "La Villeneuve",
                "Plateforme du travail pair",
            ],
        },
        "fr": {
            "title": "CCAS de Grenoble : deux travailleurs pairs dans des lits d'accueil médicalisés",
            "slug": "ccas-grenoble-travailleurs-pairs-lits-accueil-medicalises",
            "summary": (
                "Au CCAS de Grenoble, deux travailleurs pairs, titularisés comme agents sociaux, "
                "font partie de l'équipe des lits d'accueil médicalisés. Dix-huit mois après leur "
                "arrivée, l'encadrement raconte ce qu'ils ont changé et comment il s'y est pris."
            ),
            "search_description": (
                "Deux travailleurs pairs titulaires dans les lits d'accueil médicalisés du CCAS de "
                "Grenoble : missions, intégration, recrutement, effets."
            ),
            "structure_name": "CCAS de Grenoble – lits d'accueil médicalisés (LAM)",
            "place": "Grenoble (Isère)",
            "period": "Bilan publié en mars 2024, 18 mois après l'arrivée des travailleurs pairs",
            "peer_roles": (
                "Service des repas (volontairement limité), mise en confiance des personnes "
                "accueillies, dialogue, accompagnement dans la vie quotidienne et lors des "
                "démarches à l'extérieur."
            ),
            "peer_status": (
                "Fonctionnaires territoriaux titulaires, au grade d'agent social (catégorie C, "
                "filière médico-sociale) ; postes inscrits au projet d'établissement."
            ),
            "context": (
                "<p>Le centre communal d'action sociale (CCAS) de Grenoble réfléchit depuis "
                "longtemps, avec la Ville et des associations partenaires, à l'intérêt d'employer "
                "des travailleurs pairs, aussi appelés pairs-aidants, dans ses équipes sociales et "
                "médico-sociales. Ces professionnels ne sont pas recrutés pour un diplôme de "
                "travail social mais pour leur expérience de vie : grande précarité, addictions, "
                "troubles psychiques. Ils en ont tiré un savoir expérientiel qu'ils mettent au "
                "service des personnes accompagnées.</p>"
                "<p>Le CCAS gère 11 lits halte soins santé (LHSS) et 20 lits d'accueil médicalisés "
                "(LAM), les seuls de l'Isère, financés par l'agence régionale de santé. Ouverts en "
                "2019, les LAM offrent, sans limite de durée, un hébergement avec soins et "
                "accompagnement social global à des personnes sans logement atteintes de "
                "pathologies chroniques lourdes, dont des cancers. Installés d'abord dans une "
                "résidence autonomie du quartier de La Villeneuve, ils devaient rejoindre des "
                "locaux dédiés en mars 2023.</p>"
                "<p>C'est dans le projet de cette structure que le CCAS a inscrit deux postes de "
                "travailleurs pairs, au sein d'une équipe d'une vingtaine de professionnels, en "
                "majorité soignants.</p>"
            ),
            "actions": (
                "<p>Les deux travailleurs pairs étaient là dès l'origine du projet. L'encadrement "
                "a pris soin d'expliquer aux autres professionnels leur rôle et ce qui fait leur "
                "spécificité. Leurs postes figurent dans le projet d'établissement, ce qui les rend "
                "pérennes, et tous deux ont été titularisés au grade d'agent social.</p>"
                "<p>La fiche de poste a été travaillée avec la Plateforme du travail pair, qui "
                "accompagne les employeurs en Isère. La première version comportait trop de tâches "
                "techniques : le CCAS les a ramenées au seul service des repas, pour laisser "
                "l'essentiel du temps à la relation. Les missions retenues :</p>"
                "<ul>"
                "<li>servir les repas ;</li>"
                "<li>mettre en confiance les personnes accueillies et dialoguer avec elles ;</li>"
                "<li>les accompagner dans la vie quotidienne ;</li>"
                "<li>les accompagner dans leurs démarches à l'extérieur.</li>"
                "</ul>"
                "<p>Pour recruter, le CCAS s'est entouré de partenaires. L'entretien devait "
                "vérifier que l'expérience de vie des candidats était proche de celle du public "
                "accueilli et « suffisamment consolidée ». Par la suite, l'un des deux travailleurs "
                "pairs a demandé à passer à 80 %.</p>"
            ),
            "outcomes": (
                "<p>Dix-huit mois plus tard, la cheffe de service dresse un bilan positif. La "
                "connaissance que les travailleurs pairs ont de la rue aide l'équipe à comprendre "
                "certaines situations. Quand un résident ressortait passer la nuit dehors, "
                "l'équipe s'en inquiétait ; un travailleur pair a expliqué qu'on ne change pas de "
                "mode de vie du jour au lendemain et qu'il faut un temps d'adaptation.</p>"
                "<p>Avec les personnes accueillies, ils trouvent facilement le contact et les mots "
                "justes. Ils osent dire certaines choses, bousculer un peu, parler des "
                "consommations d'alcool ou de drogues. En réunion d'équipe, leur regard diffère de "
                "celui des soignants et ouvre le débat : ils proposent par exemple d'accorder moins "
                "de poids à l'hygiène des chambres et davantage au respect de l'intimité des "
                "résidents.</p>"
                "<p>Selon la cheffe de service, certains résidents ne seraient pas restés sans "
                "eux, notamment deux hommes au très long parcours de rue, qui ont pu tenir et "
                "accepter une part des soins. Fort de cette expérience, le CCAS emploie deux autres "
                "travailleurs pairs : l'un dans un hébergement expérimental en petit collectif pour "
                "des personnes en grande marginalité, l'autre dans l'expérimentation « Territoire "
                "zéro non-recours ».</p>"
            ),
            "key_figures": [
                {"value": "2", "label": "travailleurs pairs intégrés dès l'origine à l'équipe des LAM"},
                {"value": "20", "label": "lits d'accueil médicalisés, les seuls de l'Isère, ouverts en 2019"},
                {"value": "18 mois", "label": "de recul au moment du bilan publié en mars 2024"},
                {"value": "2", "label": "autres travailleurs pairs employés ensuite par le CCAS"},
            ],
            "quotes": [
                {
                    "quote": (
                        "Leur connaissance de la vie à la rue apporte des clés de compréhension à "
                        "l'équipe et évite des malentendus."
                    ),
                    "role": "cheffe de service des lits d'accueil médicalisés, CCAS de Grenoble",
                    "name": "Fanny Lumalé",
                },
                {
                    "quote": "Dans une structure médicalisée comme la nôtre, leur présence est un garde-fou.",
                    "role": "cheffe de service des lits d'accueil médicalisés, CCAS de Grenoble",
                    "name": "Fanny Lumalé",
                },
                {
                    "quote": (
                        "Leurs postes sont inscrits dans le projet d'établissement donc ils sont "
                        "pérennes, ce qui est rarement le cas pour les travailleurs pairs."
                    ),
                    "role": "directrice du CCAS de Grenoble",
                    "name": "Marion Brunat Mortier",
                },
            ],
            "lessons": [
                (
                    "Prévoir les postes de travailleurs pairs dès la conception du projet et les "
                    "inscrire au projet d'établissement : c'est ce qui les rend pérennes."
                ),
                (
                    "Présenter le rôle et la spécificité des travailleurs pairs aux autres "
                    "professionnels avant leur arrivée, surtout dans une équipe à dominante "
                    "soignante."
                ),
                (
                    "Rédiger la fiche de poste avec un appui extérieur et limiter les tâches "
                    "techniques, pour laisser l'essentiel du temps à la relation avec les personnes "
                    "accueillies."
                ),
                (
                    "Recruter avec des partenaires et vérifier en entretien que l'expérience de vie "
                    "du candidat est proche de celle du public et suffisamment consolidée."
                ),
                (
                    "Accueillir les débats que suscite leur regard (intimité, hygiène, temps "
                    "d'adaptation) comme une part de leur apport, et rester ouvert aux demandes "
                    "d'aménagement du temps de travail."
                ),
            ],
            "sources": [
                {
                    "title": "Les pairs-aidants améliorent la qualité de l'accompagnement social",
                    "publisher": "La Gazette des communes (Mariette Kammerer)",
                    "date": "2024-03-22",
                    "url": "https://www.lagazettedescommunes.com/",
                },
                {
                    "title": (
                        "Un dispositif d'accueil médical soigne des sans-domicile fixe et les aide "
                        "à se réinsérer"
                    ),
                    "publisher": "La Gazette des communes (Géraldine Langlois)",
                    "date": "2022-11-04",
                    "url": (
                        "https://www.lagazettedescommunes.com/833332/un-dispositif-daccueil-"
                        "medical-soigne-des-sans-domicile-fixe-et-les-aide-a-se-reinserer/"
                    ),
                },
            ],
        },
        "en": {
            "title": "CCAS de Grenoble: two peer workers in long-stay medical care beds",
            "slug": "grenoble-ccas-peer-workers-long-stay-medical-care-beds",
            "summary": (
                "At the CCAS de Grenoble, the city's social action centre, two peer workers, "
                "tenured as social agents, belong to the team of its long-stay medical care beds. "
                "Eighteen months after they joined, management explains what they changed and how."
            ),
            "search_description": (
                "Two tenured peer workers in the long-stay medical care beds of the CCAS de "
                "Grenoble: duties, onboarding, recruitment, effects."
            ),
            "structure_name": "CCAS de Grenoble – long-stay medical care beds (LAM)",
            "place": "Grenoble (Isère)",
            "period": "Review published in March 2024, 18 months after the peer workers joined",
            "peer_roles": (
                "Serving meals (deliberately kept limited), building trust with residents, "
                "dialogue, support in daily life and on errands outside the facility."
            ),
            "peer_status": (
                "Tenured local civil servants at the grade of agent social (category C, social and "
                "medical stream); posts written into the service plan."
            ),
            "context": (
                "<p>The CCAS de Grenoble, the city's municipal social action centre, has long been "
                "thinking with the City and partner associations about employing peer workers, "
                "also called peer supporters, in its social and medico-social teams. They are not "
                "hired for a social work qualification but for their life experience: severe "
                "poverty, addiction, mental health problems. From it they have drawn experiential "
                "knowledge that they put at the service of the people supported.</p>"
                "<p>The CCAS runs 11 short-stay care beds (LHSS) and 20 long-stay medical care beds "
                "(LAM), the only ones in Isère, funded by the regional health agency. Opened in "
                "2019, the LAM offer housing with no time limit, with care and comprehensive "
                "social support, to homeless people with heavy chronic illnesses, including "
                "cancer. First set up in a residence for older people in the La Villeneuve "
                "neighbourhood, they were due to move into dedicated premises in March 2023.</p>"
                "<p>The CCAS wrote two peer worker posts into the project for this facility, within "
                "a team of about twenty professionals, most of them healthcare staff.</p>"
            ),
            "actions": (
                "<p>The two peer workers were there from the start of the project. Management took "
                "care to explain their role, and what makes it specific, to the other "
                "professionals. Their posts are part of the service plan, which makes them "
                "permanent, and both were tenured at the grade of agent social.</p>"
                "<p>The job description was drafted with the Plateforme du travail pair, which "
                "supports employers in Isère. The first version contained too many technical "
                "tasks: the CCAS cut them down to meal service alone, so that most of the time "
                "goes to relationships. The duties kept:</p>"
                "<ul>"
                "<li>serving meals;</li>"
                "<li>building trust with residents and talking with them;</li>"
                "<li>supporting them in daily life;</li>"
                "<li>supporting them on errands outside the facility.</li>"
                "</ul>"
                "<p>For recruitment, the CCAS worked with partners. The interview had to check that "
                "the candidates' life experience was close to that of the residents and "
                "\"consolidated enough\". Later, one of the two peer workers asked to move to 80 % "
                "working time.</p>"
            ),
            "outcomes": (
                "<p>Eighteen months later, the head of service gives a positive assessment. The "
                "peer workers' knowledge of street life helps the team understand certain "
                "situations. When a resident kept going out to spend the night outdoors, the team "
                "was worried; a peer worker explained that nobody changes their way of life "
                "overnight and that adjusting takes time.</p>"
                "<p>With residents, they find contact and the right words easily. They dare to say "
                "certain things, to challenge a little, to talk about alcohol or drug use. In team "
                "meetings, their view differs from that of the healthcare staff and opens "
                "discussion: for instance, they suggest giving less weight to room hygiene and more "
                "to residents' privacy.</p>"
                "<p>According to the head of service, some residents would not have stayed without "
                "them, including two men with very long histories of living on the street, who "
                "managed to hold on and accept part of their care. Building on this experience, the "
                "CCAS now employs two more peer workers: one in an experimental small-group housing "
                "scheme for people in severe marginalisation, the other in the \"Territoire zéro "
                "non-recours\" (zero non-take-up territory) experiment.</p>"
            ),
            "key_figures": [
                {"value": "2", "label": "peer workers on the LAM team from the start"},
                {"value": "20", "label": "long-stay medical care beds, the only ones in Isère, opened in 2019"},
                {"value": "18 months", "label": "of hindsight when the review was published in March 2024"},
                {"value": "2", "label": "more peer workers employed by the CCAS since then"},
            ],
            "quotes": [
                {
                    "quote": (
                        "Their knowledge of life on the street gives the team keys to understanding "
                        "and avoids misunderstandings."
                    ),
                    "role": "head of service, long-stay medical care beds, CCAS de Grenoble",
                    "name": "Fanny Lumalé",
                },
                {
                    "quote": "In a medical facility like ours, their presence is a safeguard.",
                    "role": "head of service, long-stay medical care beds, CCAS de Grenoble",
                    "name": "Fanny Lumalé",
                },
                {
                    "quote": (
                        "Their posts are written into the service plan, so they are permanent, "
                        "which is rarely the case for peer workers."
                    ),
                    "role": "director of the CCAS de Grenoble",
                    "name": "Marion Brunat Mortier",
                },
            ],
            "lessons": [
                (
                    "Plan the peer worker posts when the project is designed and write them into "
                    "the service plan: that is what makes them permanent."
                ),
                (
                    "Explain the peer workers' role and what makes it specific to the other "
                    "professionals before they arrive, especially in a team made up mostly of "
                    "healthcare staff."
                ),
                (
                    "Draft the job description with outside support and keep technical tasks to a "
                    "minimum, so that most of the time goes to relationships with residents."
                ),
                (
                    "Recruit with partners and check at interview that the candidate's life "
                    "experience is close to that of the residents and consolidated enough."
                ),
                (
                    "Welcome the discussions their perspective raises (privacy, hygiene, time to "
                    "adjust) as part of what they bring, and stay open to requests to adjust "
                    "working time."
                ),
            ],
            "sources": [
                {
                    "title": "Les pairs-aidants améliorent la qualité de l'accompagnement social",
                    "publisher": "La Gazette des communes (Mariette Kammerer)",
                    "date": "2024-03-22",
                    "url": "https://www.lagazettedescommunes.com/",
                },
                {
                    "title": (
                        "Un dispositif d'accueil médical soigne des sans-domicile fixe et les aide "
                        "à se réinsérer"
                    ),
                    "publisher": "La Gazette des communes (Géraldine Langlois)",
                    "date": "2022-11-04",
                    "url": (
                        "https://www.lagazettedescommunes.com/833332/un-dispositif-daccueil-"
                        "medical-soigne-des-sans-domicile-fixe-et-les-aide-a-se-reinserer/"
                    ),
                },
            ],
        },
    },
    # ------------------------------------------------------------------------------------------
    {
        "key": "plateforme-travail-pair-isere",
        "publication_date": "2026-11-05",
        "themes": [
            "projet-equipe",
            "recrutement",
            "fiche-de-poste-missions",
            "supervision",
            "financement",
            "evaluation",
        ],
        "audiences": ["sans-domicile", "precarite", "sante-mentale", "addictions"],
        "structure_types": ["chrs", "pension-de-famille", "logement-accompagne", "act"],
        "post_types": ["travailleur-pair"],
        "regions": ["auvergne-rhone-alpes"],
        "structure_is_anonymised": False,
        "consent": {
            "given_by": (
                "direction du Relais Ozanam (pour la Plateforme du travail pair), propos publiés "
                "par La Gazette des communes et Le Media social emploi"
            ),
            "given_on": "2026-11-05",
            "scope": ["quotes", "structure_name"],
            "anonymisation": (
                "Aucune pour la structure. Les chargées de mission sont désignées par leur "
                "fonction ; aucun travailleur pair ni employeur accompagné n'est nommé, à "
                "l'exception du CCAS de Grenoble, qui en témoigne publiquement. Pas de photo."
            ),
            "withdrawal": (
                "Sur simple demande de la structure, adressée à l'adresse de contact du site, sans "
                "justification : la page est dépubliée dès réception."
            ),
            "allowed_names": [
                "Plateforme du travail pair",
                "Relais Ozanam",
                "L'Oiseau bleu",
                "ALTHEA",
                "CSI Abbé-Grégoire",
                "Un Toit Pour Tous",
                "Ville de Grenoble",
                "collectif SOIF",
                "FNARS Rhône-Alpes",
                "Odenore",
                "IFTS",
                "ESSSE",
                "centre hospitalier Alpes-Isère",
                "Université Grenoble Alpes",
                "UMIJ",
                "LAHSo",
                "ARS Auvergne-Rhône-Alpes",
                "Grenoble-Alpes Métropole",
                "DDCS de l'Isère",
                "CCAS de Grenoble",
                "Grenoble",
                "Isère",
                "Auvergne-Rhône-Alpes",
            ],
        },
        "fr": {
            "title": "La Plateforme du travail pair en Isère : un appui aux employeurs",
            "slug": "plateforme-travail-pair-isere",
            "summary": (
                "Portée par le Relais Ozanam depuis 2015, la Plateforme du travail pair aide les "
                "employeurs à préparer, recruter et accompagner des travailleurs pairs. En 2023, "
                "elle suivait 15 employeurs et 50 travailleurs pairs."
            ),
            "search_description": (
                "Plateforme du travail pair (Relais Ozanam, Isère) : appui aux employeurs, "
                "recrutement, missions, échanges de pratiques entre pairs."
            ),
            "structure_name": "Plateforme du travail pair (Relais Ozanam)",
            "place": "Grenoble (Isère), avec une action étendue à l'Auvergne-Rhône-Alpes",
            "period": "Depuis 2015",
            "peer_roles": (
                "Travailleurs pairs employés par les structures accompagnées : hébergement, santé "
                "mentale, addictologie, réhabilitation, réduction des risques, équipes mobiles, "
                "aller-vers, Un chez-soi d'abord. La Plateforme les réunit pour des échanges de "
                "pratiques."
            ),
            "peer_status": (
                "Variable selon l'employeur : fonction publique territoriale, association…"
            ),
            "context": (
                "<p>La Plateforme du travail pair est née en 2015 d'un appel à projets "
                "d'innovation sociale de la Délégation interministérielle à l'hébergement et à "
                "l'accès au logement (DIHAL). Le Relais Ozanam la porte, avec un large partenariat "
                "local : les associations L'Oiseau bleu, ALTHEA, CSI Abbé-Grégoire et Un Toit Pour "
                "Tous, la Ville de Grenoble, le collectif SOIF (qui réunit la FNARS Rhône-Alpes, "
                "l'Odenore, l'IFTS et l'ESSSE), le centre hospitalier Alpes-Isère, l'Université "
                "Grenoble Alpes, l'UMIJ et LAHSo.</p>"
                "<p>Depuis 2019, elle dispose d'un site internet, travail-pair.org, qui rassemble "
                "des ressources, un forum d'échanges, des informations sur les formations et un "
                "recensement des initiatives. Elle est soutenue par l'ARS Auvergne-Rhône-Alpes, "
                "Grenoble-Alpes Métropole, la DDCS de l'Isère et le plan Logement d'abord, et son "
                "action couvre désormais l'ensemble de la région.</p>"
                "<p>Ses axes de travail : recenser les pratiques, acculturer les équipes, informer "
                "et former, faciliter l'intégration des travailleurs pairs, soutenir leur "
                "organisation collective, développer une offre de formation, communiquer et "
                "évaluer.</p>"
            ),
            "actions": (
                "<p>Deux chargées de mission accompagnent les employeurs à chaque étape. En amont, "
                "elles les aident à fixer les objectifs du recrutement, à lever les réticences de "
                "l'équipe et à définir les missions confiées au travailleur pair.</p>"
                "<p>Vient ensuite le choix du profil : une personne capable de mobiliser son "
                "expérience pour aider les autres, qui a pris du recul sur son propre parcours et "
                "qui saura s'adapter aux exigences de la structure.</p>"
                "<p>Une fois la personne en poste, les chargées de mission conseillent aux "
                "encadrants de tenir compte de sa parole, de lui laisser de l'autonomie, de ne pas "
                "la stigmatiser et de la laisser trouver son rythme. La Plateforme anime aussi des "
                "temps d'échange de pratiques entre travailleurs pairs et publie une série vidéo "
                "mensuelle, « Raconter le travail pair », prévue en huit épisodes.</p>"
            ),
            "outcomes": (
                "<p>En 2023, la Plateforme accompagnait 15 employeurs et 50 travailleurs pairs, "
                "dans des structures très diverses : hébergement, santé mentale, addictologie, "
                "réhabilitation, réduction des risques, lieux d'accueil atypiques, équipes "
                "mobiles, Un chez-soi d'abord, aller-vers.</p>"
                "<p>Le CCAS de Grenoble a ainsi rédigé avec elle la fiche de poste des "
                "travailleurs pairs de ses lits d'accueil médicalisés. Un fil conduit tout son "
                "travail : des rôles et des missions clairs, liés à l'expérience de vie, pour que "
                "le travailleur pair ne devienne pas le substitut d'un professionnel classique.</p>"
            ),
            "key_figures": [
                {"value": "2015", "label": "création, à la suite d'un appel à projets de la DIHAL"},
                {"value": "15", "label": "employeurs accompagnés en 2023"},
                {"value": "50", "label": "travailleurs pairs concernés en 2023"},
                {"value": "2", "label": "chargées de mission au service des employeurs"},
            ],
            "quotes": [
                {
                    "quote": (
                        "Identifier les objectifs du recrutement, lever les réticences de l'équipe, "
                        "définir les missions à confier."
                    ),
                    "role": (
                        "chargées de mission de la Plateforme du travail pair, sur leur appui aux "
                        "employeurs avant un recrutement"
                    ),
                    "name": "",
                },
                {
                    "quote": "Prendre en compte sa parole, lui donner de l'autonomie, ne pas le stigmatiser.",
                    "role": (
                        "chargées de mission de la Plateforme du travail pair, sur le management "
                        "d'un travailleur pair"
                    ),
                    "name": "",
                },
            ],
            "lessons": [
                "Clarifier les objectifs du recrutement avec l'équipe avant de publier une offre.",
                (
                    "Prendre le temps de travailler les réticences de l'équipe en amont, plutôt "
                    "que de les découvrir après l'arrivée du travailleur pair."
                ),
                (
                    "Définir des missions liées à l'expérience de vie, sans faire du travailleur "
                    "pair le substitut d'un professionnel classique."
                ),
                (
                    "Encadrer en tenant compte de sa parole, en lui laissant de l'autonomie, sans "
                    "le stigmatiser, et en lui laissant trouver son rythme."
                ),
                (
                    "Offrir aux travailleurs pairs des temps d'échange entre pairs, en dehors de "
                    "leur équipe, par exemple via une plateforme ou un réseau local."
                ),
            ],
            "sources": [
                {
                    "title": "Mission sur le travail pair",
                    "publisher": "Relais Ozanam",
                    "date": "",
                    "url": "https://www.relaisozanam.org/mission-sur-le-travail-pair",
                },
                {
                    "title": "Recruter et intégrer un travailleur pair",
                    "publisher": "Le Media social emploi",
                    "date": "2023-09-15",
                    "url": "https://www.lemediasocial-emploi.fr/",
                },
                {
                    "title": "Les pairs-aidants améliorent la qualité de l'accompagnement social",
                    "publisher": "La Gazette des communes (Mariette Kammerer)",
                    "date": "2024-03-22",
                    "url": "https://www.lagazettedescommunes.com/",
                },
            ],
        },
        "en": None,
    },
    # ------------------------------------------------------------------------------------------
    {
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
    },
    # ------------------------------------------------------------------------------------------
    {
        "key": "caravane-des-droits",
        "publication_date": "2026-11-12",
        "themes": ["acces-aux-droits", "aller-vers", "financement", "evaluation"],
        "audiences": ["precarite", "sans-domicile"],
        "structure_types": ["ccas-cias"],
        "post_types": ["travailleur-pair"],
        "regions": ["auvergne-rhone-alpes"],
        "structure_is_anonymised": False,
        "consent": {
            "given_by": (
                "direction du CCAS de Grenoble (pour le projet), informations publiées par Place "
                "Gre'net, l'ADES et La Gazette des communes"
            ),
            "given_on": "2026-11-12",
            "scope": ["structure_name"],
            "anonymisation": (
                "Aucune pour le projet et les institutions. Les pairs et les travailleurs sociaux "
                "sont désignés par leur fonction ; aucune personne rencontrée n'est évoquée. Pas "
                "de citation, pas de photo."
            ),
            "withdrawal": (
                "Sur simple demande du CCAS ou de la Ville, adressée à l'adresse de contact du "
                "site, sans justification : la page est dépubliée dès réception."
            ),
            "allowed_names": [
                "Territoire zéro non-recours",
                "Caravane des droits",
                "CCAS de Grenoble",
                "Odenore",
                "CARSAT",
                "CPAM",
                "Grenoble",
                "Pont-de-Claix",
                "Isère",
            ],
        },
        "fr": {
            "title": "Caravane des droits : pairs et travailleurs sociaux contre le non-recours à Grenoble",
            "slug": "caravane-des-droits-grenoble-non-recours",
            "summary": (
                "Depuis janvier 2024, Grenoble expérimente un « Territoire zéro non-recours ». Sa "
                "Caravane des droits, un camion qui va au-devant des habitants, associe "
                "travailleurs sociaux et pairs ; le CCAS y emploie un travailleur pair."
            ),
            "search_description": (
                "Territoire zéro non-recours à Grenoble : la Caravane des droits associe "
                "travailleurs sociaux et pairs pour aller vers les habitants."
            ),
            "structure_name": "Territoire zéro non-recours de Grenoble – Caravane des droits",
            "place": "Grenoble (Isère)",
            "period": "Depuis janvier 2024, expérimentation prévue sur trois ans",
            "peer_roles": (
                "Des pairs font équipe avec des travailleurs sociaux à bord de la Caravane des "
                "droits, qui va au-devant des habitants ; le CCAS de Grenoble emploie un "
                "travailleur pair dans le cadre de l'expérimentation."
            ),
            "peer_status": (
                "Pour le poste du CCAS : travailleur pair employé par le CCAS de Grenoble (statut "
                "non précisé par les sources)."
            ),
            "context": (
                "<p>Le non-recours désigne le fait de ne pas bénéficier de droits ou de services "
                "auxquels on peut prétendre. Pour le réduire, l'État a lancé un appel à "
                "manifestation d'intérêt « Territoires zéro non-recours » : Grenoble et "
                "Pont-de-Claix figurent parmi les 39 territoires retenus.</p>"
                "<p>L'expérimentation grenobloise a démarré en janvier 2024, avec un financement "
                "de 150 000 euros par an pendant trois ans. L'Odenore, observatoire des "
                "non-recours aux droits et services, en suit le déroulement.</p>"
            ),
            "actions": (
                "<p>Le projet s'organise en trois axes :</p>"
                "<ul>"
                "<li>un axe territorial, avec la Caravane des droits : un camion qui se rend dans "
                "le secteur 6 de la ville, avec à son bord des travailleurs sociaux et des "
                "pairs ;</li>"
                "<li>un axe consacré à la domiciliation, qui représente environ 3 500 boîtes aux "
                "lettres ;</li>"
                "<li>un axe institutionnel, avec des permanences de la CARSAT et de la CPAM dans "
                "les maisons des habitants.</li>"
                "</ul>"
                "<p>Le CCAS de Grenoble, qui employait déjà des travailleurs pairs dans ses lits "
                "d'accueil médicalisés, emploie un travailleur pair dans le cadre de cette "
                "expérimentation.</p>"
            ),
            "outcomes": (
                "<p>Les sources consultées, publiées en 2024, décrivent la mise en place du "
                "dispositif plutôt que ses résultats : aucun bilan chiffré n'y figure encore. Le "
                "regard extérieur de l'Odenore est prévu dès le départ.</p>"
                "<p>Ce cas montre une place possible des pairs dans l'accès aux droits : aller "
                "au-devant des personnes, en binôme avec des travailleurs sociaux, là où elles vivent "
                "plutôt qu'au guichet.</p>"
            ),
            "key_figures": [
                {"value": "Janvier 2024", "label": "démarrage de l'expérimentation à Grenoble"},
                {"value": "150 000 €/an", "label": "de financement pendant trois ans"},
                {"value": "39", "label": "territoires retenus en France, dont Grenoble et Pont-de-Claix"},
                {"value": "≈ 3 500", "label": "boîtes aux lettres de domiciliation"},
            ],
            "quotes": [],
            "lessons": [
                "Associer pairs et travailleurs sociaux dans une même équipe d'aller-vers.",
                (
                    "Aller là où vivent les personnes, par exemple avec un camion dans un secteur "
                    "de la ville, plutôt que d'attendre qu'elles viennent au guichet."
                ),
                (
                    "Relier l'aller-vers aux institutions, par des permanences de la CARSAT ou de "
                    "la CPAM, pour que l'orientation débouche sur l'ouverture des droits."
                ),
                "Prévoir un regard extérieur sur l'expérimentation dès son lancement.",
                (
                    "Un financement sur plusieurs années donne le temps d'installer les postes de "
                    "pairs et la coopération avec les travailleurs sociaux."
                ),
            ],
            "sources": [
                {
                    "title": "Article sur le Territoire zéro non-recours de Grenoble et sa Caravane des droits",
                    "publisher": "Place Gre'net",
                    "date": "2024-10-15",
                    "url": "https://www.placegrenet.fr/",
                },
                {
                    "title": "Article sur le Territoire zéro non-recours de Grenoble",
                    "publisher": "ADES Grenoble",
                    "date": "2024-11-22",
                    "url": "https://www.ades-grenoble.org/",
                },
                {
                    "title": "Les pairs-aidants améliorent la qualité de l'accompagnement social",
                    "publisher": "La Gazette des communes (Mariette Kammerer)",
                    "date": "2024-03-22",
                    "url": "https://www.lagazettedescommunes.com/",
                },
            ],
        },
        "en": None,
    },
    # ------------------------------------------------------------------------------------------
    {
        "key": "un-chez-soi-dabord-marseille",
        "publication_date": "2026-11-16",
        "themes": ["projet-equipe", "evaluation"],
        "audiences": ["sans-domicile", "sante-mentale", "addictions"],
        "structure_types": ["act", "logement-accompagne"],
        "post_types": ["mediateur-sante-pair"],
        "regions": ["provence-alpes-cote-d-azur"],
        "structure_is_anonymised": False,
        "consent": {
            "given_by": (
                "direction du GCSMS Un chez-soi d'abord Marseille (pour la structure), "
                "informations publiées par La Gazette des communes"
            ),
            "given_on": "2026-11-16",
            "scope": ["structure_name"],
            "anonymisation": (
                "Aucune pour la structure et ses membres. Aucun professionnel ni aucune personne "
                "accompagnée n'est nommé. Pas de citation, pas de photo."
            ),
            "withdrawal": (
                "Sur simple demande de la structure, adressée à l'adresse de contact du site, sans "
                "justification : la page est dépubliée dès réception."
            ),
            "allowed_names": [
                "Un chez-soi d'abord",
                "HAS",
                "AP-HM",
                "Soliha Provence",
                "Les Cris des Saltimbanques",
                "Fédération des acteurs de la solidarité",
                "Marseille",
                "Lille",
                "Paris",
                "Toulouse",
                "Bouches-du-Rhône",
            ],
        },
        "fr": {
            "title": "Un chez-soi d'abord à Marseille : des médiateurs de santé dans l'équipe",
            "slug": "un-chez-soi-dabord-marseille-mediateurs-sante",
            "summary": (
                "Site pilote de l'expérimentation lancée en 2011, Un chez-soi d'abord Marseille "
                "est porté par un groupement d'acteurs de la santé, du logement et du social. Son "
                "équipe pluridisciplinaire compte des médiateurs de santé, pour 11 équivalents "
                "temps plein."
            ),
            "search_description": (
                "Un chez-soi d'abord Marseille : une équipe pluridisciplinaire avec 11 ETP de "
                "médiateurs de santé, portée par un GCSMS."
            ),
            "structure_name": "Un chez-soi d'abord Marseille",
            "place": "Marseille (Bouches-du-Rhône)",
            "period": "Site pilote de 2011 à 2016, puis appartements de coordination thérapeutique",
            "peer_roles": (
                "Médiateurs de santé membres de l'équipe pluridisciplinaire qui accompagne les "
                "personnes logées par le programme."
            ),
            "peer_status": "Non précisé par les sources consultées.",
            "context": (
                "<p>Un chez-soi d'abord a été expérimenté de 2011 à 2016 dans quatre villes : "
                "Lille, Marseille, Paris et Toulouse. Comme son nom l'indique, le programme part "
                "du logement : les personnes sans domicile accèdent à un chez-soi, et "
                "l'accompagnement vient à elles.</p>"
                "<p>Depuis le décret du 28 décembre 2016, le dispositif relève des appartements de "
                "coordination thérapeutique (ACT), établissements médico-sociaux visés au 9° "
                "du I de l'article L. 312-1 du Code de l'action sociale et des familles, et suit un "
                "cahier des charges national.</p>"
                "<p>À Marseille, il est porté par un groupement de coopération sociale et "
                "médico-sociale (GCSMS) qui réunit l'association HAS, l'Assistance publique – "
                "Hôpitaux de Marseille (AP-HM), Soliha Provence et Les Cris des "
                "Saltimbanques.</p>"
            ),
            "actions": (
                "<p>L'accompagnement repose sur une équipe pluridisciplinaire. Selon La Gazette "
                "des communes, elle comprend des médiateurs de santé, pour l'équivalent de 11 "
                "postes à temps plein : ce n'est pas un poste isolé, mais une composante à part "
                "entière de l'équipe.</p>"
                "<p>Le public est très concerné par les addictions : 80 % des personnes "
                "accompagnées, selon la même source. C'est une donnée à garder en tête pour "
                "définir les missions et les profils des médiateurs.</p>"
            ),
            "outcomes": (
                "<p>À l'échelle nationale, la Fédération des acteurs de la solidarité rapporte "
                "que 85 % des personnes sont toujours dans leur logement au bout de deux ans, et "
                "que les hospitalisations ont diminué de moitié.</p>"
                "<p>Le dispositif a ensuite été étendu, avec un rythme prévu de quatre nouveaux "
                "sites par an entre 2018 et 2022. Les sources consultées ne donnent pas de "
                "résultats propres au site de Marseille.</p>"
            ),
            "key_figures": [
                {"value": "11 ETP", "label": "de médiateurs de santé dans l'équipe marseillaise"},
                {"value": "80 %", "label": "des personnes accompagnées concernées par une addiction"},
                {"value": "85 %", "label": "des personnes toujours logées après deux ans (résultat national)"},
                {"value": "4", "label": "villes pilotes de l'expérimentation 2011-2016"},
            ],
            "quotes": [],
            "lessons": [
                (
                    "Penser la médiation en santé comme une composante de l'équipe, avec un volume "
                    "suffisant (ici 11 ETP), plutôt qu'un poste isolé."
                ),
                (
                    "Porter le dispositif à plusieurs : un groupement qui réunit hôpital, acteurs "
                    "du logement et associations facilite le travail entre secteurs."
                ),
                (
                    "S'appuyer sur le cahier des charges national des ACT Un chez-soi d'abord pour "
                    "organiser l'équipe et l'accompagnement."
                ),
                (
                    "Tenir compte des caractéristiques du public, ici très concerné par les "
                    "addictions, pour définir les missions et les profils recherchés."
                ),
            ],
            "sources": [
                {
                    "title": "Article sur le programme Un chez-soi d'abord à Marseille",
                    "publisher": "La Gazette des communes",
                    "date": "",
                    "url": "https://www.lagazettedescommunes.com/",
                },
                {
                    "title": "Pages consacrées aux ACT Un chez-soi d'abord",
                    "publisher": "Fédération des acteurs de la solidarité",
                    "date": "",
                    "url": "https://www.federationsolidarite.org/",
                },
            ],
        },
        "en": None,
    },
    # ------------------------------------------------------------------------------------------
    {
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
                "Agents d'accueil social et de logistique dans les activités de veille sociale de "
                "l'association."
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
                (
                    "Ouvrir le recrutement à des profils variés, y compris à des personnes venant "
                    "de bidonvilles."
                ),
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
    },
]
