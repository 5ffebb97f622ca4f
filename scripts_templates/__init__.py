"""Content for people: run-of-show, call scripts and message templates (imports nothing of ours)."""
