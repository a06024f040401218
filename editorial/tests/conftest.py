from testimonies.tests.conftest import administrator, moderator, writer  # noqa: F401
