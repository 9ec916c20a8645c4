"""Reports built from stored findings (never by running checks again)."""
