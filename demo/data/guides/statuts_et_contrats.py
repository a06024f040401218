"""Demo content: statuts-et-contrats."""

ITEM = {
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
            "Le métier n'est pas inscrit au RNCP, ce qui oblige à choisir un emploi de rattachement.",
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
                        "Le poste est-il financé durablement, ou seulement le temps d'un projet ?",
                        "Quel emploi ou quel grade de rattachement retenir, avec quelle classification ?",
                        "La personne a-t-elle mesuré les effets d'un salaire sur ses prestations ?",
                        "Le temps de travail proposé correspond-il à ce qu'elle souhaite et peut tenir ?",
                        "Le statut choisi donne-t-il accès à la formation et à la supervision ?",
                    ],
                },
            ),
        ],
    },
    "en": None,
}
