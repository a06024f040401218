"""Demo content of the site, as plain data read by `manage.py load_demo_content`.

Every text is written for the site from the facts in the project's sources; people are named only
as the public sources name them, otherwise by their role.

Shape of the data
-----------------
Each item is a dict with:

- "key": a stable identifier (ASCII, kebab-case), never shown;
- "publication_date": "YYYY-MM-DD";
- taxonomy slugs (see taxonomy/data.py): "themes", "audiences", "structure_types",
  "post_types", "regions" (lists of slugs);
- "fr": the French content (required), "en": the English content (optional, or None).
  "en" has exactly the same shape as "fr": same keys, same number of items in every list, same
  block types in the same order, same links in rich text; only the words differ.

Rich text ("html" below) is a string of <p>, <ul>/<ol>/<li>, <strong>, <em> and <a href="https://…">
elements, with no other markup.

Common translatable fields: "title", "slug" (ASCII, kebab-case, in the item's language),
"summary" (one or two sentences, at most 300 characters), "search_description" (at most 160 chars).

Body blocks (guides and standard pages): a list of (block_type, value) tuples:
- ("heading", "text")                         -> a section title (h2)
- ("paragraph", "html")
- ("steps", {"title": str, "steps": [{"title": str, "text": str}, ...]})
- ("checklist", {"title": str, "items": [str, ...]})
- ("callout", {"title": str, "text": "html"})  -> a "point de vigilance"
- ("quote", {"quote": str, "role": str, "name": str})  (name "" unless the source names the person)
- ("table", {"caption": str, "header": [str, ...], "rows": [[str, ...], ...]})

Guides (guides/, GUIDES: one module per guide): "fr"/"en" add "for_whom" (str), "key_points" ([str]), "body" (blocks).
Testimonies (testimonies/, TESTIMONIES: one module per testimony): "fr"/"en" add "structure_name", "place", "period",
"peer_roles", "peer_status" (str), "context", "actions", "outcomes" (html), "key_figures"
([{"value": str, "label": str}]), "quotes" ([{"quote", "role", "name"}]), "lessons" ([str]),
"sources" ([{"title", "publisher", "date" ("YYYY-MM-DD" or ""), "url"}]); the item adds
"structure_is_anonymised" (bool) and "consent" (dict: "given_by" (a role), "given_on", "scope"
(list of "quotes", "structure_name", "photos"), "anonymisation" (str), "withdrawal" (str),
"allowed_names" ([str])).
Job descriptions (job_descriptions/, JOB_DESCRIPTIONS: one module each): "fr"/"en" add "job_title", "setting",
"purpose", "lived_experience", "working_time", "contract", "pay", "reporting_line" (str),
"missions" ([{"kind": "relational"|"accompaniment"|"collective"|"technical", "text": str}]),
"activities" ([str]), "skills" ([{"kind": "experience"|"interpersonal"|"practical", "text": str}]),
"support" ([{"kind": "supervision"|"practice_analysis"|"training"|"tutoring", "text": str}]),
"vigilance" ([str]).
Standard pages (pages/, STANDARD_PAGES, keyed "about", "legal", "accessibility"): "fr"/"en" with
"title", "slug", "introduction" (str), "body" (blocks). HOME in pages/home.py: "fr"/"en" with
"hero_heading" (str) and "introduction" (html).
"""
