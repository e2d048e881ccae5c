"""Value types and rules of an advocate program, free of any storage or UI concern."""
