"""Readers of the site for locust (`make loadtest` runs it headless, see benchmarks/loadtest/run.py).

A mixed workload: home, section listings, facets, searches, detail pages, published files and
personalisation (the form, then a personalised file). Each simulated visitor has its own address
(X-Real-IP, which the production settings read, as nginx sets it), so the per-visitor limit of
personalised files applies per visitor; a 429 is counted apart, not as an error. Every response
is recorded (page type, status, time, wall-clock instant) into LOADTEST_RESULTS at the end.

LOADTEST_URLS names a JSON file of the site's URLs by kind (the runner reads them from the
sitemap); traffic goes to 127.0.0.1 only.
"""

import json
import os
import random
import re
import time
from collections import defaultdict
from urllib.parse import urlencode, urlsplit

from locust import FastHttpUser, between, events, task

from benchmarks.loadtest.forms import FormFields

URLS = (
    json.loads(open(os.environ["LOADTEST_URLS"], encoding="utf-8").read())
    if "LOADTEST_URLS" in os.environ
    else {}
)
WAIT_MAX = float(os.environ.get("LOADTEST_WAIT", "0.5"))
RECORD = {"by_name": defaultdict(lambda: {"times": [], "statuses": defaultdict(int)}), "timeline": []}
QUERIES = ["accompagnement", "pair-aidant", "recrutement", "santé mentale", "fiche de poste", "supervision"]
FACETS = [
    "thematique=recrutement",
    "public=sante-mentale",
    "type=guide",
    "thematique=integration&type=temoignage",
]


@events.test_start.add_listener
def refuse_other_hosts(environment, **kwargs):
    host = urlsplit(environment.host or "").hostname
    if host not in {"127.0.0.1", "localhost"}:
        raise SystemExit(f"le test de charge ne vise que 127.0.0.1, pas {environment.host!r}")


@events.request.add_listener
def record(request_type, name, response_time, response_length, response=None, exception=None, **kwargs):
    status = getattr(response, "status_code", 0) or 0
    if exception is not None and not status:
        status = 0
    entry = RECORD["by_name"][name]
    entry["times"].append(response_time)
    entry["statuses"][str(status)] += 1
    RECORD["timeline"].append((round(time.time(), 3), status, name))


@events.quitting.add_listener
def write_results(environment, **kwargs):
    path = os.environ.get("LOADTEST_RESULTS")
    if path:
        with open(path, "w", encoding="utf-8") as output:
            json.dump(RECORD, output)


class Reader(FastHttpUser):
    wait_time = between(0, WAIT_MAX)

    def on_start(self):
        self.address = f"10.{random.randint(0, 255)}.{random.randint(0, 255)}.{random.randint(1, 254)}"

    def get(self, url, name, allowed=(200,)):
        headers = {"X-Real-IP": self.address}
        with self.client.get(url, name=name, headers=headers, catch_response=True) as response:
            if response.status_code in allowed:
                response.success()
            else:
                response.failure(f"HTTP {response.status_code}")
            return response

    @task(10)
    def home(self):
        self.get(random.choice(["/", "/en/"]), "accueil")

    @task(8)
    def listing(self):
        self.get(random.choice(URLS.get("listings") or ["/guides/"]), "rubrique")

    @task(5)
    def facets(self):
        section = random.choice(URLS.get("listings") or ["/recherche/"])
        self.get(f"{section}?{random.choice(FACETS)}", "facettes")

    @task(8)
    def search(self):
        self.get(f"/recherche/?q={random.choice(QUERIES)}", "recherche")

    @task(2)
    def suggestions(self):
        self.get(f"/recherche/suggestions/?q={random.choice(QUERIES)[:4]}", "suggestions")

    @task(15)
    def detail(self):
        self.get(random.choice(URLS.get("details") or ["/"]), "détail")

    @task(4)
    def download(self):
        job = random.choice(URLS.get("jobs") or ["/"])
        self.get(f"{job}telecharger/{random.choice(['docx', 'odt', 'pdf'])}/", "téléchargement")

    @task(2)
    def personalise(self):
        job = random.choice(URLS.get("jobs") or ["/"])
        form = self.get(f"{job}personnaliser/", "personnalisation (formulaire)")
        if form.status_code != 200:
            return
        parser = FormFields()
        parser.feed(form.text or "")
        # What an employer types: the structure's name, type and town; the rest left as offered.
        typed = {"structure_name": "CCAS de Charge", "structure_type": "ccas-cias", "town": "Grenoble"}
        fields = [(k, v) for k, v in parser.fields if k not in {"action", "format", "q", *typed}]
        fields += [
            *typed.items(),
            ("action", "download"),
            ("format", random.choice(["docx", "odt", "pdf", "pdf"])),
        ]
        token = re.search(r"csrftoken=([^;]+)", form.headers.get("Set-Cookie", "") or "")
        headers = {
            "X-Real-IP": self.address,
            "Referer": self.client.base_url + job,
            "Content-Type": "application/x-www-form-urlencoded",
        }
        if token:
            headers["Cookie"] = f"csrftoken={token.group(1)}"
        with self.client.post(
            f"{job}personnaliser/",
            data=urlencode(fields),
            headers=headers,
            name="personnalisation (fichier)",
            catch_response=True,
        ) as response:
            if response.status_code == 429:
                response.success()  # the limit doing its job: counted apart in the table
            elif response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")
