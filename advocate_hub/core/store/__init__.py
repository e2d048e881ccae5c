"""The local store: typed SQLAlchemy models, the SQLite engine, migrations and read queries."""
