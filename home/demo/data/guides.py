"""Demo practice guides for employers and teams (see the data shape in __init__.py).

Facts come from the seed article (La Gazette des communes, 22/03/2024, on the CCAS de Grenoble) and
from the project's domain notes; quotations are short, attributed to the role, and named only as the
source names the person.
"""

GUIDES = [
    # ------------------------------------------------------------------------------------------
    {
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
                "Inscrivez le poste dans le projet d'établissement pour lui donner une chance de "
                "durer.",
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
                    "Ozanam, la <a href=\"https://www.travail-pair.org/\">Plateforme du travail "
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
                            "La fiche de poste relie chaque mission à l'expérience de vie "
                            "attendue.",
                            "Le rattachement hiérarchique, la supervision et le temps de "
                            "formation sont prévus.",
                            "Le statut, le contrat et la grille de rémunération sont arrêtés.",
                            "Des partenaires (structure d'appui, association, autre employeur de "
                            "travailleurs pairs) sont associés au recrutement.",
                            "L'entretien comprend des questions sur la distance prise avec son "
                            "propre parcours.",
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
                "Define duties that draw on lived experience and keep technical tasks to a "
                "minimum.",
                "At interview, check that the candidate's lived experience is close to that of the "
                "people you support and consolidated enough.",
                "Write the post into the service plan (projet d'établissement) to give it a "
                "chance to last.",
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
                    "Relais Ozanam, the <a href=\"https://www.travail-pair.org/\">Plateforme du "
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
                            "The job description links each duty to the expected lived "
                            "experience.",
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
    },
    # ------------------------------------------------------------------------------------------
    {
        "key": "rediger-la-fiche-de-poste",
        "publication_date": "2025-02-10",
        "themes": ["fiche-de-poste-missions", "recrutement", "supervision", "ethique-posture"],
        "audiences": ["sans-domicile", "addictions", "sante-mentale"],
        "structure_types": ["ccas-cias", "chrs", "lam"],
        "post_types": ["travailleur-pair", "mediateur-sante-pair", "pair-aidant-professionnel"],
        "regions": ["national"],
        "fr": {
            "title": "Rédiger la fiche de poste d'un travailleur pair",
            "slug": "rediger-la-fiche-de-poste",
            "summary": (
                "Des missions reliées à l'expérience de vie, peu de tâches techniques, un "
                "rattachement clair, une supervision prévue et le droit de choisir ce que l'on "
                "dévoile : les rubriques d'une fiche de poste de travailleur pair et les pièges à "
                "éviter."
            ),
            "search_description": (
                "Fiche de poste de travailleur pair : rubriques, missions liées à l'expérience, "
                "peu de tâches techniques, supervision, dévoilement de soi."
            ),
            "for_whom": (
                "Pour les employeurs et les chefs de service qui rédigent ou révisent la fiche de "
                "poste d'un travailleur pair, d'un pair-aidant professionnel ou d'un médiateur de "
                "santé pair."
            ),
            "key_points": [
                "Une fiche claire facilite l'intégration : chacun sait ce que fait le travailleur "
                "pair et ce qu'il ne fait pas.",
                "Chaque mission s'appuie sur l'expérience de vie ; les tâches techniques restent "
                "l'exception.",
                "Indiquez le rattachement hiérarchique, les réunions, la supervision et la "
                "formation.",
                "Écrivez que la personne choisit ce qu'elle partage de son parcours, quand et avec "
                "qui.",
                "Datez chaque version et relisez la fiche après les premiers mois.",
            ],
            "body": [
                (
                    "paragraph",
                    "<p>Aux lits d'accueil médicalisés du CCAS de Grenoble, l'intégration des "
                    "travailleurs pairs s'est faite sans heurts, notamment parce que leurs missions "
                    "étaient clairement identifiées. La fiche de poste y a été travaillée avec la "
                    "Plateforme du travail pair. À l'inverse, une fiche floue laisse chacun "
                    "projeter ses propres attentes sur le poste, et le travailleur pair se retrouve "
                    "seul à arbitrer entre des demandes contradictoires.</p>",
                ),
                ("heading", "Les rubriques de la fiche"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><strong>Intitulé, cadre et équipe</strong> : le nom du poste, la "
                    "structure, le service et la composition de l'équipe. Retenez un intitulé "
                    "discuté avec l'équipe (travailleur pair, pair-aidant, médiateur de santé pair) "
                    "et tenez-vous-y.</li>"
                    "<li><strong>Raison d'être du poste</strong> : ce que le poste apporte à "
                    "l'accompagnement, à partir des besoins constatés et non d'un poste vacant à "
                    "combler.</li>"
                    "<li><strong>Expérience de vie attendue</strong> : le type de parcours "
                    "recherché, proche de celui du public accueilli et suffisamment consolidé. "
                    "Aucun diplôme de travail social n'est exigé.</li>"
                    "<li><strong>Missions et activités</strong> : les missions, puis les activités "
                    "concrètes qui les traduisent. Chaque mission est reliée à l'expérience ; les "
                    "tâches techniques sont peu nombreuses.</li>"
                    "<li><strong>Rattachement et réunions</strong> : le ou la responsable "
                    "hiérarchique et les réunions d'équipe, où le travailleur pair a une place "
                    "pleine et entière.</li>"
                    "<li><strong>Soutien au poste</strong> : supervision, analyse de pratiques, "
                    "formation, tutorat, et des temps d'échange avec d'autres travailleurs "
                    "pairs.</li>"
                    "<li><strong>Contrat, statut, rémunération</strong> : le contrat ou le statut, "
                    "la convention collective, la classification ou le grade, la rémunération. "
                    "Signalez les effets possibles d'un salaire sur l'AAH ou une pension "
                    "d'invalidité.</li>"
                    "<li><strong>Version</strong> : la date de la version et la fonction de la "
                    "personne qui l'a validée. Prévoyez une relecture avec la personne recrutée "
                    "après les premiers mois.</li>"
                    "</ul>",
                ),
                ("heading", "Relier chaque mission à l'expérience"),
                (
                    "paragraph",
                    "<p>Pour chaque mission, demandez-vous ce que l'expérience de vie permet de "
                    "faire autrement. Aux lits d'accueil médicalisés de Grenoble, les missions "
                    "retenues étaient la mise en confiance des personnes accueillies, le dialogue, "
                    "l'accompagnement dans la vie quotidienne et dans les démarches extérieures. La "
                    "cheffe de service y ajoute une aisance relationnelle et un langage adapté, qui "
                    "permettent aux travailleurs pairs d'aborder avec les personnes leurs "
                    "consommations d'alcool ou de drogue.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Au début nous avions prévu trop de missions techniques. Nous les "
                            "avons limitées au service des repas pour qu'ils puissent se "
                            "concentrer sur la relation au public"
                        ),
                        "role": "Directrice du CCAS de Grenoble",
                        "name": "Marion Brunat Mortier",
                    },
                ),
                (
                    "callout",
                    {
                        "title": "Point de vigilance",
                        "text": (
                            "<p>Méfiez-vous de la liste qui s'allonge : entretien des locaux, "
                            "linge, accueil téléphonique. Chaque tâche technique ajoutée retire du "
                            "temps à la relation et rapproche le poste de celui d'un agent "
                            "polyvalent. Le travailleur pair n'est pas là pour remplacer un "
                            "professionnel absent.</p>"
                        ),
                    },
                ),
                ("heading", "Protéger la personne et son histoire"),
                (
                    "paragraph",
                    "<p>Le travailleur pair mobilise son expérience, mais il n'a pas à la raconter "
                    "sur commande. Inscrivez dans la fiche que la personne décide elle-même de ce "
                    "qu'elle partage de son parcours, à quel moment et avec qui, auprès des "
                    "personnes accompagnées comme au sein de l'équipe. Précisez aussi qu'elle est "
                    "tenue aux mêmes règles de confidentialité que ses collègues et qu'elle "
                    "bénéficie des mêmes protections.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Écrire la fiche en cinq étapes",
                        "steps": [
                            {
                                "title": "Lister les besoins",
                                "text": (
                                    "Repartez des objectifs fixés avant le recrutement et des "
                                    "situations où l'équipe se sent démunie."
                                ),
                            },
                            {
                                "title": "Rédiger un premier jet avec l'équipe",
                                "text": (
                                    "Associez les futurs collègues : ils sauront ce que le poste "
                                    "recouvre et ce qu'il ne recouvre pas."
                                ),
                            },
                            {
                                "title": "Faire relire",
                                "text": (
                                    "Par une structure d'appui, un autre employeur de travailleurs "
                                    "pairs ou un travailleur pair en poste ailleurs."
                                ),
                            },
                            {
                                "title": "Dater la version",
                                "text": (
                                    "Indiquez la date et la fonction de la personne qui valide la "
                                    "fiche."
                                ),
                            },
                            {
                                "title": "Réviser après quelques mois",
                                "text": (
                                    "Relisez la fiche avec la personne recrutée : certaines "
                                    "missions se seront imposées, d'autres seront à retirer."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Avant de diffuser l'offre",
                        "items": [
                            "Aucun diplôme de travail social n'est exigé pour accéder au poste.",
                            "L'expérience attendue est décrite sans exiger de détails sur la santé "
                            "ou le passé de la personne.",
                            "Les tâches techniques tiennent en une ligne.",
                            "La supervision et l'analyse de pratiques sont comptées dans le temps "
                            "de travail.",
                            "Le droit de choisir ce que l'on dévoile de son parcours est écrit "
                            "noir sur blanc.",
                            "La fiche porte une date de version.",
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>Pour aller plus loin, la fiche de poste du médiateur en santé publiée en "
                    "annexe 3 de l'arrêté du 28 décembre 2023, fondée sur le référentiel de la "
                    "<a href=\"https://www.has-sante.fr/\">Haute Autorité de santé</a> consacré à "
                    "la médiation en santé (2017), offre un modèle structuré. Le projet EPoP "
                    "propose trois exemples de fiches de poste pour des intervenants pairs dans le "
                    "champ du handicap. Les fiches de poste types de ce site, téléchargeables et "
                    "personnalisables, suivent les rubriques ci-dessus.</p>",
                ),
            ],
        },
        "en": {
            "title": "Writing a peer worker's job description",
            "slug": "writing-the-job-description",
            "summary": (
                "Duties tied to lived experience, few technical tasks, a clear reporting line, "
                "planned supervision and the right to choose what to disclose: the sections of a "
                "peer worker's job description and the pitfalls to avoid."
            ),
            "search_description": (
                "Peer worker job description: sections, duties tied to lived experience, few "
                "technical tasks, supervision, self-disclosure."
            ),
            "for_whom": (
                "For employers and heads of service who write or revise the job description of a "
                "peer worker, a professional peer supporter or a peer health mediator."
            ),
            "key_points": [
                "A clear job description makes onboarding easier: everyone knows what the peer "
                "worker does and does not do.",
                "Each duty draws on lived experience; technical tasks remain the exception.",
                "State the reporting line, the meetings, supervision and training.",
                "Write down that the person chooses what they share of their story, when and with "
                "whom.",
                "Date each version and review the description after the first months.",
            ],
            "body": [
                (
                    "paragraph",
                    "<p>In the long-stay medical care beds (LAM) of the CCAS de Grenoble, the peer "
                    "workers settled into the team smoothly, partly because their duties were "
                    "clearly identified. The job description was worked out with the Plateforme du "
                    "travail pair. A vague description, by contrast, lets everyone project their "
                    "own expectations onto the post, and the peer worker is left alone to arbitrate "
                    "between conflicting demands.</p>",
                ),
                ("heading", "The sections of the job description"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><strong>Title, setting and team</strong>: the job title, the "
                    "organisation, the service and who is in the team. Choose a title discussed "
                    "with the team (peer worker, peer supporter, peer health mediator) and stick "
                    "to it.</li>"
                    "<li><strong>Purpose of the post</strong>: what the post brings to the support "
                    "provided, starting from observed needs rather than from a vacancy to "
                    "fill.</li>"
                    "<li><strong>Expected lived experience</strong>: the kind of life path you are "
                    "looking for, close to that of the people supported and consolidated enough. "
                    "No social work qualification is required.</li>"
                    "<li><strong>Duties and activities</strong>: the duties, then the concrete "
                    "activities that carry them out. Each duty is linked to lived experience; "
                    "technical tasks are few.</li>"
                    "<li><strong>Reporting line and meetings</strong>: the line manager and the "
                    "team meetings, where the peer worker has a full place.</li>"
                    "<li><strong>Support for the post</strong>: supervision, reflective practice, "
                    "training, mentoring, and time to exchange with other peer workers.</li>"
                    "<li><strong>Contract, status, pay</strong>: the contract or status, the "
                    "collective agreement, the grade or classification, the pay. Point out how a "
                    "salary may affect disability allowance (AAH) or an invalidity pension.</li>"
                    "<li><strong>Version</strong>: the date of the version and the role of the "
                    "person who approved it. Plan a review with the person recruited after the "
                    "first months.</li>"
                    "</ul>",
                ),
                ("heading", "Linking each duty to lived experience"),
                (
                    "paragraph",
                    "<p>For each duty, ask what lived experience makes it possible to do "
                    "differently. In the Grenoble LAM, the duties chosen were building trust with "
                    "the people taken in, dialogue, and support with daily life and with errands "
                    "outside. The head of service adds an ease in relationships and a fitting "
                    "language, which allow the peer workers to talk with people about their use of "
                    "alcohol or drugs.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "At first we had planned too many technical duties. We limited them to "
                            "serving meals so that they could focus on their relationship with "
                            "the people we support"
                        ),
                        "role": "Director of the CCAS de Grenoble (translated from French)",
                        "name": "Marion Brunat Mortier",
                    },
                ),
                (
                    "callout",
                    {
                        "title": "Point to watch",
                        "text": (
                            "<p>Beware of the growing list: cleaning, laundry, answering the "
                            "phone. Each technical task added takes time away from relationships "
                            "and turns the post into that of a general support worker. The peer "
                            "worker is not there to replace an absent professional.</p>"
                        ),
                    },
                ),
                ("heading", "Protecting the person and their story"),
                (
                    "paragraph",
                    "<p>A peer worker draws on their experience, but does not have to recount it "
                    "on demand. Write into the job description that the person decides what they "
                    "share of their story, when and with whom, with the people they support as "
                    "well as within the team. State too that they are bound by the same "
                    "confidentiality rules as their colleagues and enjoy the same protections.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Writing the job description in five steps",
                        "steps": [
                            {
                                "title": "List the needs",
                                "text": (
                                    "Go back to the goals set before recruitment and to the "
                                    "situations in which the team feels at a loss."
                                ),
                            },
                            {
                                "title": "Draft it with the team",
                                "text": (
                                    "Involve future colleagues: they will know what the post "
                                    "covers and what it does not."
                                ),
                            },
                            {
                                "title": "Have it reviewed",
                                "text": (
                                    "By a support organisation, another employer of peer workers "
                                    "or a peer worker employed elsewhere."
                                ),
                            },
                            {
                                "title": "Date the version",
                                "text": (
                                    "Give the date and the role of the person who approves the "
                                    "description."
                                ),
                            },
                            {
                                "title": "Revise after a few months",
                                "text": (
                                    "Review it with the person recruited: some duties will have "
                                    "proved essential, others will need to go."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Before advertising the post",
                        "items": [
                            "No social work qualification is required for the post.",
                            "The expected experience is described without asking for details of "
                            "the person's health or past.",
                            "Technical tasks fit on one line.",
                            "Supervision and reflective practice count as working time.",
                            "The right to choose what one discloses of one's story is written in "
                            "black and white.",
                            "The description carries a version date.",
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>To go further, the job description of the health mediator (médiateur en "
                    "santé) published in annex 3 of the ministerial order of 28 December 2023, "
                    "based on the <a href=\"https://www.has-sante.fr/\">Haute Autorité de "
                    "santé</a> framework on health mediation (2017), offers a structured model. "
                    "The EPoP project provides three sample job descriptions for peer workers in "
                    "the disability field. This site's template job descriptions, which you can "
                    "download and adapt, follow the sections above.</p>",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------------
    {
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
                "Les désaccords sur les pratiques sont attendus : ils font partie de l'apport du "
                "poste.",
                "Organisez des échanges de pratiques entre travailleurs pairs pour rompre "
                "l'isolement.",
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
                        "role": (
                            "Cheffe du service des lits d'accueil médicalisés, CCAS de Grenoble"
                        ),
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
                        "role": (
                            "Cheffe du service des lits d'accueil médicalisés, CCAS de Grenoble"
                        ),
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
                            "Il a accès aux mêmes outils et aux mêmes informations que ses "
                            "collègues.",
                            "Un collègue référent est désigné pour les premières semaines.",
                            "Des échanges de pratiques avec d'autres travailleurs pairs sont "
                            "prévus.",
                            "Un point d'étape est fixé à trois mois.",
                        ],
                    },
                ),
            ],
        },
        "en": None,
    },
    # ------------------------------------------------------------------------------------------
    {
        "key": "manager-un-travailleur-pair",
        "publication_date": "2025-02-24",
        "themes": ["management", "supervision", "ethique-posture", "evaluation"],
        "audiences": ["sans-domicile", "precarite", "sante-mentale"],
        "structure_types": ["ccas-cias", "chrs", "samsah-savs", "empp"],
        "post_types": ["travailleur-pair", "pair-aidant-professionnel"],
        "regions": ["national"],
        "fr": {
            "title": "Manager un travailleur pair",
            "slug": "manager-un-travailleur-pair",
            "summary": (
                "Prendre en compte sa parole, lui laisser de l'autonomie, ne pas le stigmatiser, "
                "le laisser trouver son rythme : les conseils de la Plateforme du travail pair "
                "pour encadrer un travailleur pair, et la supervision qui va avec."
            ),
            "search_description": (
                "Manager un travailleur pair : écoute, autonomie, absence de stigmatisation, "
                "rythme propre, supervision et analyse de pratiques."
            ),
            "for_whom": (
                "Pour les chefs de service, cadres de santé et responsables d'équipe qui "
                "encadrent au quotidien un ou plusieurs travailleurs pairs."
            ),
            "key_points": [
                "Prenez en compte la parole du travailleur pair, y compris quand elle bouscule "
                "les habitudes de l'équipe.",
                "Donnez-lui de l'autonomie dans l'organisation de son travail relationnel.",
                "Ne ramenez pas chaque difficulté à son parcours : c'est un collègue, pas une "
                "personne accompagnée.",
                "Laissez-lui trouver son rythme et examinez ses demandes d'aménagement du temps "
                "de travail.",
                "Prévoyez supervision et analyse de pratiques dès la prise de poste.",
            ],
            "body": [
                (
                    "paragraph",
                    "<p>Encadrer un travailleur pair, c'est d'abord encadrer un professionnel : "
                    "mêmes règles, mêmes droits, mêmes exigences de qualité. Mais le poste repose "
                    "sur un savoir d'expérience que l'organisation peut étouffer sans le vouloir. "
                    "La Plateforme du travail pair, qui accompagne des employeurs en "
                    "Auvergne-Rhône-Alpes, leur propose quelques repères simples.</p>",
                ),
                ("heading", "Quatre repères"),
                (
                    "checklist",
                    {
                        "title": "Ce que conseille la Plateforme du travail pair",
                        "items": [
                            "Prendre en compte sa parole : son regard sur les personnes "
                            "accompagnées et sur les pratiques éclaire toute l'équipe.",
                            "Lui donner de l'autonomie : la relation de confiance se construit à "
                            "sa manière, dans le cadre fixé par le service.",
                            "Ne pas le stigmatiser : une difficulté au travail ne s'explique pas "
                            "d'office par son histoire.",
                            "Le laisser trouver son rythme : la prise de poste demande du temps et "
                            "parfois des ajustements.",
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "prendre en compte sa parole, lui donner de l'autonomie, ne pas le "
                            "stigmatiser"
                        ),
                        "role": "Les chargées de mission de la Plateforme du travail pair",
                        "name": "",
                    },
                ),
                ("heading", "Un cadre clair, comme pour tout salarié"),
                (
                    "paragraph",
                    "<p>L'autonomie n'est pas l'absence de cadre. Le travailleur pair connaît son "
                    "responsable hiérarchique, participe aux réunions et bénéficie des entretiens "
                    "annuels prévus pour tous. Ses demandes d'aménagement s'examinent comme celles "
                    "de n'importe quel salarié : à Grenoble, l'un des deux travailleurs pairs des "
                    "lits d'accueil médicalisés a ainsi souhaité passer à 80 %.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Point de vigilance",
                        "text": (
                            "<p>Ne demandez pas d'informations sur la santé ou le passé du "
                            "travailleur pair au-delà de ce qu'il choisit de partager. Ne le "
                            "sollicitez pas pour raconter son histoire à des visiteurs, des "
                            "financeurs ou des journalistes sans son accord : ce qu'il dévoile de "
                            "lui-même lui appartient.</p>"
                        ),
                    },
                ),
                ("heading", "Supervision et analyse de pratiques"),
                (
                    "steps",
                    {
                        "title": "Un soutien à plusieurs niveaux",
                        "steps": [
                            {
                                "title": "Des points réguliers avec le responsable",
                                "text": (
                                    "Un temps fixe, en dehors des urgences, pour parler de "
                                    "l'organisation du travail, des situations difficiles et de la "
                                    "place dans l'équipe."
                                ),
                            },
                            {
                                "title": "Une supervision",
                                "text": (
                                    "Avec un intervenant extérieur à la hiérarchie, pour "
                                    "travailler la posture et la juste distance avec son propre "
                                    "parcours."
                                ),
                            },
                            {
                                "title": "L'analyse de pratiques en équipe",
                                "text": (
                                    "Le travailleur pair y participe comme ses collègues ; son "
                                    "regard enrichit l'examen des situations."
                                ),
                            },
                            {
                                "title": "Les échanges entre pairs",
                                "text": (
                                    "Des temps avec d'autres travailleurs pairs, comme ceux "
                                    "qu'anime la Plateforme du travail pair, pour partager les "
                                    "questions propres au poste."
                                ),
                            },
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>Ce soutien aide aussi à traverser les périodes difficiles. L'évaluation de "
                    "la première expérimentation de médiateurs de santé pairs, conduite sous "
                    "l'égide du CCOMS, a relevé que certaines personnes avaient arrêté plus tôt "
                    "que prévu en raison d'une reprise de leurs troubles, quand d'autres avaient "
                    "rejoint un autre emploi ou repris des études. Anticiper ces situations permet "
                    "d'y répondre sans stigmatiser : aménagement temporaire, relais dans l'équipe, "
                    "retour préparé ensemble.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Dans une structure médicalisée comme la nôtre, leur présence est un "
                            "garde-fou"
                        ),
                        "role": (
                            "Cheffe du service des lits d'accueil médicalisés, CCAS de Grenoble"
                        ),
                        "name": "Fanny Lumalé",
                    },
                ),
                ("heading", "Évaluer l'apport du poste"),
                (
                    "paragraph",
                    "<p>Évaluez ce que le poste apporte à l'accompagnement, plutôt que la "
                    "conformité de la personne à un profil de travailleur social. Quelques "
                    "questions utiles : les personnes accueillies restent-elles, acceptent-elles "
                    "davantage les soins, l'équipe comprend-elle mieux leurs choix ? Relisez "
                    "ensemble, une fois par an, la fiche de poste et les objectifs fixés au "
                    "départ.</p>",
                ),
            ],
        },
        "en": None,
    },
    # ------------------------------------------------------------------------------------------
    {
        "key": "statuts-et-contrats",
        "publication_date": "2025-03-03",
        "themes": ["statut-contrat-remuneration", "formation", "financement"],
        "audiences": ["handicap", "precarite", "sans-domicile", "sante-mentale"],
        "structure_types": ["ccas-cias", "insertion", "gem", "samsah-savs"],
        "post_types": [
            "travailleur-pair",
            "pair-aidant-professionnel",
            "pair-aidant-benevole",
            "mediateur-sante-pair",
        ],
        "regions": ["national"],
        "fr": {
            "title": "Statuts et contrats des travailleurs pairs",
            "slug": "statuts-et-contrats",
            "summary": (
                "Agent social titulaire, salarié d'association, salarié en insertion, bénévole ou "
                "indépendant : les statuts possibles d'un travailleur pair, ce qui fixe sa "
                "rémunération et les effets d'un salaire sur l'AAH ou une pension d'invalidité."
            ),
            "search_description": (
                "Statuts d'un travailleur pair : fonction publique, association, insertion, "
                "bénévolat ; rémunération, AAH, pension d'invalidité, RNCP."
            ),
            "for_whom": (
                "Pour les employeurs, les services des ressources humaines et les futurs "
                "travailleurs pairs qui doivent choisir un statut et un contrat, et en mesurer les "
                "conséquences."
            ),
            "key_points": [
                "Il n'existe pas de statut unique : le cadre dépend de l'employeur (collectivité, "
                "association, structure d'insertion) et du projet.",
                "La rémunération suit la grille de l'employeur, le grade ou la classification "
                "retenus et le temps de travail ; aucune source ne donne de salaire type.",
                "Un salaire peut modifier l'AAH, une pension d'invalidité ou d'autres "
                "prestations : à examiner avant la signature.",
                "Le métier n'est pas inscrit au RNCP, ce qui oblige à choisir un emploi de "
                "rattachement.",
            ],
            "body": [
                (
                    "paragraph",
                    "<p>Les travailleurs pairs exercent sous des statuts très différents. Le choix "
                    "n'est pas qu'administratif : il conditionne la durée du poste, la "
                    "rémunération, la protection sociale et parfois les prestations que perçoit la "
                    "personne. Voici les situations que décrivent nos sources.</p>",
                ),
                ("heading", "Les statuts rencontrés"),
                (
                    "table",
                    {
                        "caption": "Comparaison des statuts possibles d'un travailleur pair",
                        "header": [
                            "Statut",
                            "Exemple",
                            "Ce qui fixe la rémunération",
                            "Points d'attention",
                        ],
                        "rows": [
                            [
                                "Agent social titulaire (fonction publique territoriale)",
                                "Les travailleurs pairs des lits d'accueil médicalisés du CCAS de "
                                "Grenoble, titularisés au grade d'agent social.",
                                "La grille indiciaire du grade (catégorie C, filière "
                                "médico-sociale) et le régime indemnitaire de la collectivité.",
                                "Recrutement direct possible sur le premier grade, sans concours ; "
                                "poste pérenne s'il est inscrit au projet d'établissement.",
                            ],
                            [
                                "Salarié d'association",
                                "Des services portés par des associations, comme Totem, en "
                                "Isère, qui compte deux travailleuses paires dans son équipe.",
                                "La convention collective appliquée par l'association et la "
                                "classification retenue pour le poste.",
                                "Le métier ne figure pas dans les classifications : il faut "
                                "choisir un emploi de rattachement et s'y tenir.",
                            ],
                            [
                                "Salarié en insertion (atelier et chantier d'insertion)",
                                "À Paris, Les Enfants du Canal emploient des travailleurs pairs "
                                "comme salariés en insertion, sur une mission d'agent d'accueil "
                                "social et logistique en veille sociale.",
                                "Les règles du contrat d'insertion et la grille de la structure.",
                                "Contrat à durée limitée, assorti d'un accompagnement vers "
                                "l'emploi : prévoir la suite du parcours.",
                            ],
                            [
                                "Bénévole ou indépendant",
                                "Le projet EPoP, dans le champ du handicap, présente le "
                                "bénévolat, le salariat et l'exercice indépendant pour les "
                                "intervenants pairs.",
                                "Aucune rémunération pour le bénévolat ; des honoraires convenus "
                                "pour un indépendant.",
                                "Le bénévolat ne doit pas masquer un emploi ; l'indépendant "
                                "assume sa propre protection sociale.",
                            ],
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>Dans la fonction publique territoriale, le cadre d'emplois des agents "
                    "sociaux relève de la catégorie C et de la filière médico-sociale (décret "
                    "n° 92-849 du 28 août 1992). Il comprend trois grades : agent social, agent "
                    "social principal de 2e classe et agent social principal de 1re classe. Le "
                    "premier grade est accessible sans concours, ce qui permet à un CCAS ou à un "
                    "CIAS de recruter une personne sans diplôme de travail social.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Leurs postes sont inscrits dans le projet d'établissement donc ils "
                            "sont pérennes, ce qui est rarement le cas pour les travailleurs "
                            "pairs. Ils ont même été titularisés au grade d'agent social"
                        ),
                        "role": "Directrice du CCAS de Grenoble",
                        "name": "Marion Brunat Mortier",
                    },
                ),
                ("heading", "Rémunération : ce qui la détermine"),
                (
                    "paragraph",
                    "<p>Aucune source publique ne donne de rémunération type pour un travailleur "
                    "pair. La paie dépend de la grille de l'employeur (grille indiciaire du grade "
                    "dans la fonction publique, convention collective dans une association), du "
                    "grade ou de la classification retenus, de l'ancienneté reconnue et du temps de "
                    "travail. Inscrivez ces éléments dans la fiche de poste et expliquez-les au "
                    "candidat dès l'entretien.</p>",
                ),
                ("heading", "Effets sur les prestations"),
                (
                    "callout",
                    {
                        "title": "Point de vigilance",
                        "text": (
                            "<p>Les revenus d'une activité de travailleur pair peuvent réduire ou "
                            "modifier l'allocation aux adultes handicapés (AAH), une pension "
                            "d'invalidité ou une prestation de prévoyance, comme le rappelle le "
                            "guide 2024 du projet EPoP. Les prestations calculées selon les "
                            "ressources, comme le RSA, sont elles aussi concernées. Avant de fixer "
                            "le temps de travail et la date d'embauche, invitez la personne à "
                            "faire le point avec les organismes qui lui versent ses "
                            "prestations.</p>"
                        ),
                    },
                ),
                ("heading", "Qualification et reconnaissance"),
                (
                    "paragraph",
                    "<p>Le métier n'est pas inscrit au Répertoire national des certifications "
                    "professionnelles (RNCP) et ne figure pas dans les listes des commissions "
                    "paritaires nationales de l'emploi (CPNE) des branches. Pour les médiateurs de "
                    "santé pairs, des formations universitaires existent toutefois : une licence "
                    "Sciences sanitaires et sociales avec un parcours médiateur de santé pair à "
                    "l'université Paris 13 (Sorbonne Paris Nord) depuis 2017, un DU à l'université "
                    "Lyon 1 avec le CH Le Vinatier, une licence professionnelle à Bordeaux depuis "
                    "2022.</p><p>Si la personne bénéficie d'une reconnaissance de la qualité de "
                    "travailleur handicapé (RQTH), des aides à l'emploi peuvent s'ajouter : le "
                    "projet EPoP les cite parmi les financements possibles, aux côtés de "
                    "l'ARS.</p>",
                ),
                (
                    "checklist",
                    {
                        "title": "Avant de choisir un statut",
                        "items": [
                            "Le poste est-il financé durablement, ou seulement le temps d'un "
                            "projet ?",
                            "Quel emploi ou quel grade de rattachement retenir, avec quelle "
                            "classification ?",
                            "La personne a-t-elle mesuré les effets d'un salaire sur ses "
                            "prestations ?",
                            "Le temps de travail proposé correspond-il à ce qu'elle souhaite et "
                            "peut tenir ?",
                            "Le statut choisi donne-t-il accès à la formation et à la "
                            "supervision ?",
                        ],
                    },
                ),
            ],
        },
        "en": None,
    },
    # ------------------------------------------------------------------------------------------
    {
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
                "Là où aucun acteur n'est repéré, commencez par l'ARS et la FAS, puis les "
                "ressources nationales.",
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
                    "<p>La <a href=\"https://www.federationsolidarite.org/\">Fédération des "
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
                                "Pôle universitaire de Tours pour la formation des médiateurs de "
                                "santé pairs.",
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
                    "rattaché à l'<a href=\"https://www.epsm-lille-metropole.fr/\">EPSM "
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
                            "Consultez les ressources et les webinaires déjà enregistrés sur le "
                            "travail pair.",
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
                    "<a href=\"https://www.travail-pair.org/\">Plateforme du travail pair</a>, "
                    "qui rassemble définitions, ressources et un forum ; les guides et webinaires "
                    "de la <a href=\"https://www.federationsolidarite.org/\">FAS</a> ; la boîte à "
                    "outils de <a href=\"https://www.psycom.org/\">Psycom</a> sur la santé "
                    "mentale.</p>",
                ),
            ],
        },
        "en": None,
    },
]
