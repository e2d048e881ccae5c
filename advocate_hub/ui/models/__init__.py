"""Qt item models over the core read models, one per screen that lists things."""
