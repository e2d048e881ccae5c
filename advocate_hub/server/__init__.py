"""The sync server: a FastAPI app over the same core rules as the desktop client."""
