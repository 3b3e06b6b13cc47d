"""The review desk (catalog review): a local page to check and correct a run's books."""
