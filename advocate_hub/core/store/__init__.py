"""The local store: typed SQLAlchemy models, the SQLite engine, migrations and read queries."""

# Importing the server's tables here puts them on ``Base.metadata`` whenever any model is imported, so Alembic and
# the schema checks always see one complete schema.
from advocate_hub.core.store import server_models as server_models
