"""Plausible French text about peer work, generated from a seed: titles, summaries, paragraphs.

The vocabulary mixes words nearly every page uses ("travailleur pair", "accompagnement") with
rarer ones (structures, places, statuses), so queries hit realistic shares of the library.
"""

import datetime
import random

SUBJECTS = [
    "Le travailleur pair",
    "La travailleuse paire",
    "Le médiateur de santé pair",
    "La pair-aidante",
    "L'intervenant pair",
    "L'équipe éducative",
    "La cheffe de service",
    "La direction",
    "Le binôme travailleur social et pair",
    "La personne accompagnée",
    "Le CCAS",
    "Le CHRS",
    "L'équipe mobile",
    "La coordinatrice",
    "Le collectif des pairs",
    "L'association gestionnaire",
]
VERBS = [
    "accompagne",
    "soutient",
    "rencontre",
    "oriente",
    "prépare",
    "facilite",
    "construit",
    "partage",
    "valorise",
    "questionne",
    "co-anime",
    "sécurise",
    "explique",
    "relaie",
    "améliore",
]
OBJECTS = [
    "les personnes sans domicile",
    "l'accès aux droits",
    "le parcours de soins",
    "la réduction des risques",
    "l'entrée dans le logement",
    "les démarches administratives",
    "la relation avec l'équipe",
    "le savoir expérientiel",
    "la continuité de l'accompagnement",
    "le lien avec les partenaires",
    "la prévention des rechutes",
    "l'ouverture des droits sociaux",
    "la sortie de la rue",
    "l'accueil des nouveaux résidents",
    "la participation des personnes",
    "le repérage des besoins",
    "la coordination des soins",
    "le rétablissement en santé mentale",
    "l'insertion professionnelle",
]
COMPLEMENTS = [
    "au quotidien",
    "lors des maraudes",
    "dans les lits d'accueil médicalisés",
    "en lien avec le CSAPA",
    "pendant la période d'intégration",
    "avec l'appui d'une supervision mensuelle",
    "en pension de famille",
    "auprès des personnes exilées",
    "dans un accueil de jour",
    "avec le SIAO",
    "en équipe pluridisciplinaire",
    "dans le cadre d'un CDI à temps partiel",
    "grâce à une formation qualifiante",
    "sur tout le département",
    "en lien avec l'agence régionale de santé",
    "dans une logique d'aller-vers",
    "au sein d'un CAARUD",
]
OPENERS = [
    "Concrètement,",
    "Dans la pratique,",
    "Selon les équipes,",
    "Très vite,",
    "Avec le temps,",
    "D'après les retours d'expérience,",
    "Au fil des mois,",
    "Pour les employeurs,",
    "",
    "",
    "",
]
TITLE_ACTIONS = [
    "Recruter",
    "Intégrer",
    "Accompagner",
    "Former",
    "Financer",
    "Évaluer",
    "Superviser",
    "Manager",
    "Rémunérer",
    "Préparer l'équipe pour",
    "Définir les missions d'",
    "Reconnaître le rôle d'",
]
TITLE_WHO = [
    "un travailleur pair",
    "une travailleuse paire",
    "un médiateur de santé pair",
    "un pair-aidant",
    "une intervenante paire",
    "des travailleurs pairs",
    "des pairs-aidants bénévoles",
]
TITLE_WHERE = [
    "en CHRS",
    "en LAM",
    "en LHSS",
    "dans un CSAPA",
    "en CAARUD",
    "dans un CCAS",
    "en pension de famille",
    "en santé mentale",
    "dans une équipe mobile",
    "en accueil de jour",
    "en ACT",
    "dans un GEM",
    "en structure d'insertion",
    "en maraude",
]
TITLE_ANGLES = [
    "les étapes clés",
    "retour d'expérience",
    "points de vigilance",
    "ce que disent les équipes",
    "repères pour les employeurs",
    "questions fréquentes",
    "outils et modèles",
    "premier bilan",
]
PLACES = [
    "Grenoble",
    "Lyon",
    "Marseille",
    "Lille",
    "Rennes",
    "Toulouse",
    "Bordeaux",
    "Nantes",
    "Strasbourg",
    "Montpellier",
    "Rouen",
    "Dijon",
    "Clermont-Ferrand",
    "Besançon",
    "Poitiers",
    "Limoges",
    "Paris",
]


class Corpus:
    def __init__(self, seed=2026):
        self.rng = random.Random(seed)

    def sentence(self):
        rng = self.rng
        opener = rng.choice(OPENERS)
        text = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(COMPLEMENTS)}"
        if opener:
            text = f"{opener} {text[0].lower()}{text[1:]}"
        if rng.random() < 0.3:
            text += f", notamment à {rng.choice(PLACES)}"
        return text + "."

    def paragraph(self, sentences=(3, 6)):
        return " ".join(self.sentence() for _ in range(self.rng.randint(*sentences)))

    def title(self, number):
        rng = self.rng
        return (
            f"{rng.choice(TITLE_ACTIONS)} {rng.choice(TITLE_WHO)} {rng.choice(TITLE_WHERE)} : "
            f"{rng.choice(TITLE_ANGLES)} ({number})"
        )

    def summary(self):
        return self.paragraph((1, 2))[:400]

    def date(self):
        start = datetime.date(2015, 1, 1)
        return start + datetime.timedelta(days=self.rng.randint(0, 11 * 365))

    def place(self):
        return self.rng.choice(PLACES)

    def pick(self, values, low, high):
        return self.rng.sample(values, self.rng.randint(low, min(high, len(values))))
