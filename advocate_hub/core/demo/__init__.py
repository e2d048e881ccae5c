"""Demo and synthetic programs: a rich, deterministic demo for people, and large programs for benchmarks."""
