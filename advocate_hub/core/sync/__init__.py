"""The client side of sync: the outbox, identities shared with the server, push and pull (docs/sync-protocol.md)."""
