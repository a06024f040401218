"""Migration operations for models that move from one app to another without moving their rows
(the first migrations of `taxonomy`, `library`, `guides`, `job_descriptions`, `testimonies`)."""

from django.db import migrations


def move_content_types(from_app, to_app, models):
    """A RunPython that keeps each model's content type (and so its pages, revisions, permissions
    and translations, which point to it by id) by renaming its app label."""

    def forwards(apps, schema_editor):
        content_type = apps.get_model("contenttypes", "ContentType")
        manager = content_type.objects.using(schema_editor.connection.alias)
        for model in models:
            if not manager.filter(app_label=to_app, model=model).exists():
                manager.filter(app_label=from_app, model=model).update(app_label=to_app)

    return migrations.RunPython(forwards, migrations.RunPython.noop)


class AlterParentModel(migrations.operations.base.Operation):
    """Points a model's state at a parent that moved to another app, with its parent link, in one
    step (no database change: the parent's table was renamed, the link column stays)."""

    reversible = True

    def __init__(self, name, bases, link_name, link):
        self.name = name
        self.bases = bases
        self.link_name = link_name
        self.link = link

    def deconstruct(self):
        kwargs = {"name": self.name, "bases": self.bases, "link_name": self.link_name, "link": self.link}
        return (self.__class__.__qualname__, [], kwargs)

    def state_forwards(self, app_label, state):
        model_state = state.models[app_label, self.name.lower()]
        model_state.bases = self.bases
        model_state.fields[self.link_name] = self.link
        state.reload_model(app_label, self.name.lower(), delay=True)

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        pass

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        pass

    def describe(self):
        return f"Point {self.name} at its moved parent"
