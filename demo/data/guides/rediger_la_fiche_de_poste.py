"""Demo content: rediger-la-fiche-de-poste."""

ITEM = {
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
            "Chaque mission s'appuie sur l'expérience de vie ; les tâches techniques restent l'exception.",
            "Indiquez le rattachement hiérarchique, les réunions, la supervision et la formation.",
            "Écrivez que la personne choisit ce qu'elle partage de son parcours, quand et avec qui.",
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
                            "text": ("Indiquez la date et la fonction de la personne qui valide la fiche."),
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
                        "La supervision et l'analyse de pratiques sont comptées dans le temps de travail.",
                        "Le droit de choisir ce que l'on dévoile de son parcours est écrit noir sur blanc.",
                        "La fiche porte une date de version.",
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Pour aller plus loin, la fiche de poste du médiateur en santé publiée en "
                "annexe 3 de l'arrêté du 28 décembre 2023, fondée sur le référentiel de la "
                '<a href="https://www.has-sante.fr/">Haute Autorité de santé</a> consacré à '
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
            "Write down that the person chooses what they share of their story, when and with whom.",
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
                                "Give the date and the role of the person who approves the description."
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
                'based on the <a href="https://www.has-sante.fr/">Haute Autorité de '
                "santé</a> framework on health mediation (2017), offers a structured model. "
                "The EPoP project provides three sample job descriptions for peer workers in "
                "the disability field. This site's template job descriptions, which you can "
                "download and adapt, follow the sections above.</p>",
            ),
        ],
    },
}
