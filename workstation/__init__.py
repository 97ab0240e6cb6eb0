"""Review Workstation: the domain and its services (no Qt below this line)."""

__version__ = "0.1.0"
