"""How a benchmark ends: the figures over their goal are named, and the exit code says whether any was."""
from __future__ import annotations


def verdict(results: dict[str, float], goals: dict[str, float]) -> int:
    """Print the names of the results over their goal (same keys in both); 1 if there is any, else 0."""
    over = [name for name, value in results.items() if value > goals[name]]
    if over:
        print("over goal: " + ", ".join(over))
    return 1 if over else 0
