"""Demo content: the « about » page."""

PAGE = {
    "fr": {
        "title": "À propos",
        "slug": "a-propos",
        "introduction": (
            "Pair à pair rassemble des repères pratiques pour employer et accompagner des "
            "travailleurs pairs dans les services sociaux et médico-sociaux : guides, "
            "témoignages et modèles de fiches de poste, tous sourcés."
        ),
        "body": [
            ("heading", "Ce qu'est le site"),
            (
                "paragraph",
                "<p>Pair à pair est un site de ressources consacré au travail pair, aussi "
                "appelé pair-aidance : l'emploi, dans les équipes sociales et médico-sociales, "
                "de personnes recrutées pour leur expérience vécue de la rue, de la précarité, "
                "des addictions ou des troubles psychiques.</p>"
                "<p>Le même métier porte plusieurs noms selon les lieux et les secteurs : "
                "travailleur pair, pair-aidant professionnel, médiateur de santé pair, "
                "intervenant pair… Le site les rassemble, et sa recherche les retrouve quel "
                "que soit le mot employé.</p>",
            ),
            ("heading", "À qui il s'adresse"),
            (
                "checklist",
                {
                    "title": "Le site s'adresse notamment :",
                    "items": [
                        "aux employeurs qui envisagent de recruter un travailleur pair ou en emploient déjà",
                        "aux équipes qui accueillent un collègue pair ou s'y préparent",
                        "aux travailleurs pairs, en poste ou en devenir",
                        "aux étudiants et aux formateurs du travail social et de la santé",
                    ],
                },
            ),
            ("heading", "Trois types de contenus"),
            (
                "paragraph",
                "<ul>"
                "<li><strong>Guides pratiques</strong> : des repères pas à pas, de la "
                "préparation de l'équipe au management, en passant par le recrutement.</li>"
                "<li><strong>Témoignages</strong> : des structures racontent ce qu'elles ont "
                "fait, ce qui a changé et ce qu'elles conseilleraient à d'autres "
                "employeurs.</li>"
                "<li><strong>Modèles de fiches de poste</strong> : des trames à adapter à sa "
                "structure et à télécharger aux formats DOCX, ODT ou PDF.</li>"
                "</ul>",
            ),
            ("heading", "Nos principes éditoriaux"),
            (
                "checklist",
                {
                    "title": "",
                    "items": [
                        "Chaque contenu cite ses sources : les faits et les chiffres rapportés "
                        "viennent de documents publics ou des structures elles-mêmes.",
                        "Aucun témoignage n'est publié sans un consentement enregistré, qui "
                        "précise ce qui peut être publié.",
                        "Ce consentement peut être retiré à tout moment, sans avoir à se "
                        "justifier : le témoignage est alors dépublié.",
                        "Les personnes ne sont nommées qu'avec leur accord, ou telles qu'une "
                        "source publique les nomme ; sinon, elles sont désignées par leur "
                        "fonction.",
                        "Les témoignages rédigés à partir d'articles ou de documents publics "
                        "l'indiquent et renvoient vers ces sources.",
                    ],
                },
            ),
            (
                "callout",
                {
                    "title": "Des repères, pas des prescriptions",
                    "text": (
                        "<p>Les guides et les modèles proposent des pistes tirées "
                        "d'expériences réelles. Chaque structure reste juge de ce qui convient "
                        "à son projet, à son public et à son cadre juridique.</p>"
                    ),
                },
            ),
            ("heading", "Nous écrire"),
            (
                "paragraph",
                "<p>Pour proposer un témoignage, signaler une erreur ou demander le retrait "
                "d'un contenu, écrivez-nous à l'adresse de contact indiquée en pied de "
                "page.</p>",
            ),
        ],
    },
    "en": {
        "title": "About",
        "slug": "about",
        "introduction": (
            "Pair à pair gathers practical guidance on employing and supporting peer workers "
            "in French social and medico-social services: guides, testimonies and "
            "job-description templates, all sourced."
        ),
        "body": [
            ("heading", "What this site is"),
            (
                "paragraph",
                "<p>Pair à pair is a knowledge site about peer work, also called peer "
                "support: employing, in social and medico-social teams, people recruited for "
                "their lived experience of homelessness, poverty, addiction or mental health "
                "problems.</p>"
                "<p>The same job goes by several names depending on the place and the sector: "
                "peer worker, professional peer supporter, peer health mediator, peer "
                "practitioner… The site brings them together, and its search finds them "
                "whichever word you use.</p>",
            ),
            ("heading", "Who it is for"),
            (
                "checklist",
                {
                    "title": "The site is meant in particular for:",
                    "items": [
                        "employers who are thinking of hiring a peer worker or already employ one",
                        "teams welcoming a peer colleague or getting ready to",
                        "peer workers, in post or on their way",
                        "students and trainers in social work and health",
                    ],
                },
            ),
            ("heading", "Three kinds of content"),
            (
                "paragraph",
                "<ul>"
                "<li><strong>Practice guides</strong>: step-by-step guidance, from preparing "
                "the team to management, by way of recruitment.</li>"
                "<li><strong>Testimonies</strong>: organisations describe what they did, what "
                "changed and what they would advise other employers.</li>"
                "<li><strong>Job-description templates</strong>: outlines to adapt to your "
                "organisation and download as DOCX, ODT or PDF.</li>"
                "</ul>",
            ),
            ("heading", "Our editorial principles"),
            (
                "checklist",
                {
                    "title": "",
                    "items": [
                        "Every item cites its sources: the facts and figures reported come "
                        "from public documents or from the organisations themselves.",
                        "No testimony is published without a recorded consent that states "
                        "what may be published.",
                        "That consent can be withdrawn at any time, with no reason needed: "
                        "the testimony is then unpublished.",
                        "People are named only with their agreement, or as a public source "
                        "names them; otherwise they are referred to by their role.",
                        "Testimonies written from articles or public documents say so and "
                        "link to those sources.",
                    ],
                },
            ),
            (
                "callout",
                {
                    "title": "Guidance, not prescriptions",
                    "text": (
                        "<p>The guides and templates offer ideas drawn from real experience. "
                        "Each organisation remains the judge of what suits its project, the "
                        "people it supports and its legal framework.</p>"
                    ),
                },
            ),
            ("heading", "Write to us"),
            (
                "paragraph",
                "<p>To offer a testimony, report a mistake or ask for content to be removed, "
                "write to the contact address given in the footer.</p>",
            ),
        ],
    },
}
