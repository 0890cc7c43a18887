"""A small tool registry, in two versions, as the seed's tool-integration service.

Version 1 keeps tools in a `tools` table with a free-text `status`; version 2 adds a
`category` column with a default. The migration from 1 to 2 must keep every row.
"""

import sqlite3

SCHEMA_V1 = "CREATE TABLE tools (id INTEGER PRIMARY KEY, name TEXT NOT NULL, status TEXT NOT NULL)"
MIGRATION_V2 = "ALTER TABLE tools ADD COLUMN category TEXT NOT NULL DEFAULT 'general'"


def major(version):
    """The major part of a version such as 2.0.0."""
    return int(version.split(".")[0])


def open_database(version, path=":memory:"):
    """A database with the schema of `version`, empty."""
    connection = sqlite3.connect(path)
    connection.execute(SCHEMA_V1)
    if major(version) >= 2:
        connection.execute(MIGRATION_V2)
    return connection


def migrate(connection, old_version, new_version):
    """Brings a database from `old_version` to `new_version`."""
    if major(old_version) < 2 <= major(new_version):
        connection.execute(MIGRATION_V2)


class ToolService:
    """The service's API and behaviour for one version."""

    def __init__(self, version, connection):
        self.version = version
        self.connection = connection

    def register(self, name):
        cursor = self.connection.execute("INSERT INTO tools (name, status) VALUES (?, 'active')", (name,))
        return cursor.lastrowid

    def get_tool(self, tool_id):
        """GET /tools/<id>: version 2 adds `category` and keeps every field of version 1."""
        columns = "id, name, status" + (", category" if major(self.version) >= 2 else "")
        row = self.connection.execute(f"SELECT {columns} FROM tools WHERE id = ?", (tool_id,)).fetchone()
        if row is None:
            return {"status_code": 404, "body": None}
        keys = ["id", "name", "status"] + (["category"] if major(self.version) >= 2 else [])
        return {"status_code": 200, "body": dict(zip(keys, row))}

    def count(self):
        return self.connection.execute("SELECT COUNT(*) FROM tools").fetchone()[0]
