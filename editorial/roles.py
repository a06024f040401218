"""Names of the editorial roles and workflows, as the migrations create them."""

WRITER = "Rédacteur·rice"
MODERATOR = "Modérateur·rice"
ADMINISTRATOR = "Administrateur·rice"
ROLES = [WRITER, MODERATOR, ADMINISTRATOR]

REVIEW_WORKFLOW = "Relecture par la modération"
TESTIMONY_WORKFLOW = "Témoignages : relecture et consentement"

# The private collection of consent documents, readable by moderators only.
CONSENT_COLLECTION_NAME = "Consentements"
