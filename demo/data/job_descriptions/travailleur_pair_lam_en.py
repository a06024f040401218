"""Demo content: travailleur-pair-lam, English translation."""

ENGLISH = {
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
            "text": ("Support people in everyday activities, respecting their privacy and their habits."),
        },
        {
            "kind": "accompaniment",
            "text": (
                "Accompany people on errands outside: administrative appointments, shopping, trips into town."
            ),
            "activities": ["Accompanying people outside: appointments, paperwork, shopping."],
            "skills": [{"kind": "practical", "text": "Good organisation to plan accompaniments outside."}],
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
            "activities": ["Team meetings, handovers and project meetings."],
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
            "text": ("Help new team members and partners understand the role of the peer worker."),
        },
        {
            "kind": "technical",
            "text": ("Serve meals, making mealtimes a moment for contact."),
            "activities": ["Serving meals, according to the service rota."],
            "skills": [{"kind": "practical", "text": "Respect for food hygiene rules at mealtimes."}],
        },
    ],
    "activities": [
        "Daily presence in shared spaces and visits to rooms when people ask.",
        "Informal conversations and one-to-one meetings with the people taken in.",
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
                "Enough distance from one's own past to draw on it for others and choose what to share."
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
            "text": ("Knowledge of local resources and procedures useful to homeless people."),
        },
        {
            "kind": "practical",
            "text": "Respect for the confidentiality of what people share.",
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
        "Head of the LAM service; takes part in multidisciplinary team meetings and handovers."
    ),
    "support": [
        {
            "kind": "supervision",
            "text": (
                "Regular meetings with the head of service and supervision by someone "
                "outside the line management."
            ),
            "activities": ["Supervision with someone outside the line management."],
        },
        {
            "kind": "practice_analysis",
            "text": (
                "Reflective practice sessions with the team and exchanges between peer "
                "workers, for example with a peer work support platform."
            ),
            "activities": ["Reflective practice sessions and exchanges between peers."],
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
            "text": ("A named colleague for the first weeks, who answers practical questions."),
        },
    ],
    "vigilance": [
        "Keep technical tasks limited: at the CCAS de Grenoble, the first version of the "
        "job description had too many; they were cut back to serving meals.",
        "Do not use the post to replace an absent nurse or support worker.",
        "Explain the role and what is specific about it to the whole team before the person arrives.",
        "Respect the person's right to choose what they share of their story, with the "
        "people taken in as with the team.",
        "Consider requests to adjust working time as for any employee: in Grenoble, one of "
        "the peer workers asked to move to 80 %.",
    ],
}
