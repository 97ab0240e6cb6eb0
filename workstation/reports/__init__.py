"""Figures across the whole library: the dashboard and ``workstation report``."""

from workstation.reports.figures import (
    Dashboard,
    FindingCount,
    Overdue,
    PersonLoad,
    ReviewCycles,
    Spread,
    WeekCount,
)
from workstation.reports.selections import ArticleSelection

__all__ = [
    "ArticleSelection", "Dashboard", "FindingCount", "Overdue", "PersonLoad", "ReviewCycles", "Spread",
    "WeekCount",
]
