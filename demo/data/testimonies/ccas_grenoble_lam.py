"""Demo content: ccas-grenoble-lam."""

# The same press articles back both languages.
SOURCES = [
    {
        "title": "Les pairs-aidants améliorent la qualité de l'accompagnement social",
        "publisher": "La Gazette des communes (Mariette Kammerer)",
        "date": "2024-03-22",
        "url": "https://www.lagazettedescommunes.com/",
    },
    {
        "title": ("Un dispositif d'accueil médical soigne des sans-domicile fixe et les aide à se réinsérer"),
        "publisher": "La Gazette des communes (Géraldine Langlois)",
        "date": "2022-11-04",
        "url": (
            "https://www.lagazettedescommunes.com/833332/un-dispositif-daccueil-"
            "medical-soigne-des-sans-domicile-fixe-et-les-aide-a-se-reinserer/"
        ),
    },
]

ITEM = {
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
        "sources": SOURCES,
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
            '"consolidated enough". Later, one of the two peer workers asked to move to 80 % '
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
            'scheme for people in severe marginalisation, the other in the "Territoire zéro '
            'non-recours" (zero non-take-up territory) experiment.</p>'
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
        "sources": SOURCES,
    },
}
