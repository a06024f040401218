"""Demo content: avant-de-recruter."""

ITEM = {
    "key": "avant-de-recruter",
    "publication_date": "2025-02-03",
    "themes": ["projet-equipe", "recrutement", "financement", "evaluation"],
    "audiences": ["sans-domicile", "precarite", "addictions", "sante-mentale"],
    "structure_types": ["ccas-cias", "chrs", "lam"],
    "post_types": ["travailleur-pair", "pair-aidant-professionnel"],
    "regions": ["national", "auvergne-rhone-alpes"],
    "fr": {
        "title": "Avant de recruter un travailleur pair : objectifs, équipe, missions",
        "slug": "avant-de-recruter",
        "summary": (
            "Pourquoi recruter, comment préparer l'équipe, quelles missions confier : les "
            "questions à régler avant de publier une offre de travailleur pair, d'après la "
            "démarche de la Plateforme du travail pair et l'expérience du CCAS de Grenoble."
        ),
        "search_description": (
            "Préparer le recrutement d'un travailleur pair : objectifs, réticences de "
            "l'équipe, missions, profil recherché et pérennité du poste."
        ),
        "for_whom": (
            "Pour les directions et les chefs de service d'établissements sociaux ou "
            "médico-sociaux qui envisagent un premier poste de travailleur pair, et pour les "
            "équipes qui l'accueilleront."
        ),
        "key_points": [
            "Partez d'un besoin d'accompagnement précis, formulé avec l'équipe, plutôt que de "
            "l'envie d'avoir « un pair » dans le service.",
            "Prenez le temps d'entendre les réticences de l'équipe avant l'arrivée de la "
            "personne, pas après.",
            "Définissez des missions qui s'appuient sur l'expérience de vie et limitez les "
            "tâches techniques.",
            "Vérifiez en entretien une expérience proche de celle du public accueilli et "
            "suffisamment consolidée.",
            "Inscrivez le poste dans le projet d'établissement pour lui donner une chance de durer.",
        ],
        "body": [
            (
                "paragraph",
                "<p>Un travailleur pair est recruté pour ce qu'il a traversé : la rue, la "
                "grande précarité, une addiction ou des troubles psychiques. Ce savoir "
                "d'expérience, longtemps source de stigmatisation, devient un appui pour "
                "accompagner d'autres personnes. Encore faut-il que le poste ait été pensé. "
                "L'expérience du CCAS de Grenoble et la démarche de la Plateforme du travail "
                "pair invitent à régler trois questions en amont : pourquoi recruter, avec "
                "quelle équipe, pour quelles missions.</p>",
            ),
            ("heading", "La démarche de la Plateforme du travail pair"),
            (
                "paragraph",
                "<p>Née en 2015 d'un appel à projets de la DIHAL et portée par le Relais "
                'Ozanam, la <a href="https://www.travail-pair.org/">Plateforme du travail '
                "pair</a> accompagne une quinzaine d'employeurs qui préparent un recrutement ou "
                "emploient déjà des travailleurs pairs. D'abord implantée en Isère, elle couvre "
                "désormais l'ensemble de la région Auvergne-Rhône-Alpes. Ses deux chargées de "
                "mission interviennent en amont du recrutement, en quatre temps.</p>",
            ),
            (
                "steps",
                {
                    "title": "Quatre étapes avant l'embauche",
                    "steps": [
                        {
                            "title": "Identifier les objectifs du recrutement",
                            "text": (
                                "Quel manque l'équipe constate-t-elle dans l'accompagnement ? "
                                "Quelles personnes décrochent, refusent les soins ou ne "
                                "viennent plus ? Écrivez en quelques phrases ce que vous "
                                "attendez du poste, à partir de situations réelles."
                            ),
                        },
                        {
                            "title": "Lever les réticences de l'équipe",
                            "text": (
                                "Prévoyez des temps d'échange où chacun peut dire ses "
                                "craintes : confusion des rôles, secret professionnel, peur "
                                "d'être jugé ou remplacé. Une réticence entendue tôt se "
                                "travaille ; une réticence ignorée ressurgit à l'arrivée de "
                                "la personne."
                            ),
                        },
                        {
                            "title": "Définir les missions à confier",
                            "text": (
                                "Partez de ce que l'expérience de vie permet de faire "
                                "autrement : créer la confiance, parler le même langage que "
                                "les personnes accueillies, éclairer l'équipe sur leur "
                                "quotidien. Gardez peu de tâches techniques."
                            ),
                        },
                        {
                            "title": "Choisir le bon profil",
                            "text": (
                                "Cherchez une personne capable de mobiliser son expérience "
                                "pour aider les autres et de s'adapter aux exigences de la "
                                "structure."
                            ),
                        },
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
                        "Les chargées de mission de la Plateforme du travail pair, à propos "
                        "de leur travail avec les employeurs"
                    ),
                    "name": "",
                },
            ),
            ("heading", "Préparer l'équipe"),
            (
                "paragraph",
                "<p>L'arrivée d'un collègue recruté pour son parcours plutôt que pour son "
                "diplôme bouscule les repères. Les réserves peuvent être fortes : au lancement "
                "du programme des médiateurs de santé pairs, en 2012, des syndicats infirmiers "
                "s'y étaient opposés, et l'évaluation de cette première expérience a souligné "
                "la nécessité de préparer les équipes. Expliquez ce que le travailleur pair "
                "fera, ce qu'il ne fera pas, et comment il travaillera avec chacun.</p>",
            ),
            (
                "callout",
                {
                    "title": "Point de vigilance",
                    "text": (
                        "<p>Un travailleur pair ne remplace pas un professionnel qui manque. "
                        "S'il sert à combler un poste vacant d'agent ou de soignant, son "
                        "apport propre disparaît et l'équipe y voit, à juste titre, une "
                        "substitution.</p>"
                    ),
                },
            ),
            ("heading", "Recruter"),
            (
                "checklist",
                {
                    "title": "Avant de publier l'offre",
                    "items": [
                        "Les objectifs du poste sont écrits et partagés avec l'équipe.",
                        "La fiche de poste relie chaque mission à l'expérience de vie attendue.",
                        "Le rattachement hiérarchique, la supervision et le temps de formation sont prévus.",
                        "Le statut, le contrat et la grille de rémunération sont arrêtés.",
                        "Des partenaires (structure d'appui, association, autre employeur de "
                        "travailleurs pairs) sont associés au recrutement.",
                        "L'entretien comprend des questions sur la distance prise avec son propre parcours.",
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "L'entretien devait permettre de vérifier l'expérience de vie des "
                        "candidats, qui doit être proche de celle du public accueilli et "
                        "suffisamment consolidée"
                    ),
                    "role": "Directrice du CCAS de Grenoble",
                    "name": "Marion Brunat Mortier",
                },
            ),
            ("heading", "Penser la durée dès le départ"),
            (
                "paragraph",
                "<p>Au CCAS de Grenoble, les deux postes de travailleurs pairs des lits "
                "d'accueil médicalisés figurent dans le projet d'établissement : ils sont donc "
                "pérennes, ce que la directrice présente comme rare dans ce champ. Cherchez dès "
                "le départ comment le poste sera financé dans la durée, auprès de vos "
                "financeurs habituels (à Grenoble, ces lits sont financés par l'ARS).</p>"
                "<p>Fixez aussi quelques repères pour évaluer le poste après un an ou dix-huit "
                "mois : les personnes accueillies restent-elles plus longtemps, acceptent-elles "
                "mieux les soins, l'équipe comprend-elle mieux leurs choix ? À Grenoble, "
                "dix-huit mois après l'arrivée des travailleurs pairs, la cheffe de service "
                "constatait que deux hommes au très long parcours de rue étaient restés grâce "
                "à eux et adhéraient davantage aux soins.</p>",
            ),
        ],
    },
    "en": {
        "title": "Before recruiting a peer worker: goals, team, duties",
        "slug": "before-recruiting",
        "summary": (
            "Why recruit, how to prepare the team, which duties to assign: the questions to "
            "settle before advertising a peer worker post, based on the Plateforme du travail "
            "pair's method and the experience of the CCAS de Grenoble."
        ),
        "search_description": (
            "Preparing to recruit a peer worker: goals, team reluctance, duties, the profile "
            "you need and a post that lasts."
        ),
        "for_whom": (
            "For directors and heads of service in social or medico-social services who are "
            "considering a first peer worker post, and for the teams who will welcome them."
        ),
        "key_points": [
            "Start from a precise support need, defined with the team, rather than from a wish "
            "to have “a peer” in the service.",
            "Take time to hear the team's reluctance before the person arrives, not after.",
            "Define duties that draw on lived experience and keep technical tasks to a minimum.",
            "At interview, check that the candidate's lived experience is close to that of the "
            "people you support and consolidated enough.",
            "Write the post into the service plan (projet d'établissement) to give it a chance to last.",
        ],
        "body": [
            (
                "paragraph",
                "<p>A peer worker is recruited for what they have been through: life on the "
                "street, severe poverty, addiction or mental illness. This experiential "
                "knowledge, long a source of stigma, becomes a resource for supporting other "
                "people. But the post has to be thought through first. The experience of the "
                "CCAS de Grenoble and the method of the Plateforme du travail pair suggest "
                "settling three questions in advance: why recruit, with which team, and for "
                "which duties.</p>",
            ),
            ("heading", "The Plateforme du travail pair's method"),
            (
                "paragraph",
                "<p>Set up in 2015 through a call for projects from the DIHAL and run by the "
                'Relais Ozanam, the <a href="https://www.travail-pair.org/">Plateforme du '
                "travail pair</a> supports some fifteen employers who are preparing to recruit "
                "or already employ peer workers. First based in Isère, it now covers the whole "
                "Auvergne-Rhône-Alpes region. Its two project officers step in before "
                "recruitment, in four stages.</p>",
            ),
            (
                "steps",
                {
                    "title": "Four steps before hiring",
                    "steps": [
                        {
                            "title": "Identify the goals of the recruitment",
                            "text": (
                                "What is missing from the support the team provides? Who "
                                "drops out, refuses care or stops coming? Write down in a few "
                                "sentences what you expect from the post, starting from real "
                                "situations."
                            ),
                        },
                        {
                            "title": "Address the team's reluctance",
                            "text": (
                                "Set aside time for everyone to voice their concerns: "
                                "blurred roles, professional confidentiality, fear of being "
                                "judged or replaced. Reluctance heard early can be worked "
                                "through; reluctance ignored resurfaces when the person "
                                "arrives."
                            ),
                        },
                        {
                            "title": "Define the duties",
                            "text": (
                                "Start from what lived experience makes possible: building "
                                "trust, speaking the same language as the people you "
                                "support, helping the team understand their daily life. Keep "
                                "technical tasks few."
                            ),
                        },
                        {
                            "title": "Choose the right profile",
                            "text": (
                                "Look for someone who can draw on their experience to help "
                                "others and adapt to the requirements of the service."
                            ),
                        },
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "identify the goals of the recruitment, lift the team's reluctance, "
                        "define the duties to be entrusted"
                    ),
                    "role": (
                        "The project officers of the Plateforme du travail pair, on their "
                        "work with employers (translated from French)"
                    ),
                    "name": "",
                },
            ),
            ("heading", "Preparing the team"),
            (
                "paragraph",
                "<p>A colleague recruited for their life story rather than a qualification "
                "unsettles familiar landmarks. Objections can be strong: when the peer health "
                "mediator programme was launched in 2012, nurses' unions opposed it, and the "
                "evaluation of that first experiment stressed the need to prepare teams. "
                "Explain what the peer worker will do, what they will not do, and how they "
                "will work with each colleague.</p>",
            ),
            (
                "callout",
                {
                    "title": "Point to watch",
                    "text": (
                        "<p>A peer worker does not replace a missing professional. If the post "
                        "is used to fill a vacant support-staff or nursing position, its "
                        "specific contribution disappears and the team rightly sees it as a "
                        "substitution.</p>"
                    ),
                },
            ),
            ("heading", "Recruiting"),
            (
                "checklist",
                {
                    "title": "Before advertising the post",
                    "items": [
                        "The goals of the post are written down and shared with the team.",
                        "The job description links each duty to the expected lived experience.",
                        "Line management, supervision and training time are planned.",
                        "The status, contract and pay scale are settled.",
                        "Partners (a support organisation, an association, another employer "
                        "of peer workers) are involved in recruitment.",
                        "The interview includes questions on the distance the candidate has "
                        "taken from their own past.",
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "The interview had to let us check the candidates' lived experience, "
                        "which must be close to that of the people we take in and "
                        "consolidated enough"
                    ),
                    "role": "Director of the CCAS de Grenoble (translated from French)",
                    "name": "Marion Brunat Mortier",
                },
            ),
            ("heading", "Planning for the long term from the start"),
            (
                "paragraph",
                "<p>At the CCAS de Grenoble, the two peer worker posts in the long-stay medical "
                "care beds (LAM) are part of the service plan, so they are permanent, which the "
                "director describes as rare in this field. Work out from the start how the post "
                "will be funded over time, with your usual funders (in Grenoble, these beds are "
                "funded by the ARS, the regional health agency).</p>"
                "<p>Also set a few markers to evaluate the post after a year or eighteen "
                "months: do people stay longer, do they accept care more readily, does the team "
                "better understand their choices? In Grenoble, eighteen months after the peer "
                "workers arrived, the head of service noted that two men with very long "
                "histories of street life had stayed thanks to them and engaged more with "
                "care.</p>",
            ),
        ],
    },
}
