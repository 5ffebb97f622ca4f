"""Follow-up after each session: tasks pushed to agents, contact rules, the agents' queue, KPIs.

Rings, as elsewhere: pure `config`, `rules`, `assignment` (no Flask, no database); services
`push`, `work`, `kpis` (take a Session, never commit); shell `scheduler` (APScheduler jobs, commits,
sends `lead_capture.signals.tasks_changed`), the pages and the `/agents` socket namespace.
"""
