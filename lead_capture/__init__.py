"""People and follow-up: contacts, consent, scoring, follow-up tasks and the agents' queue.

It may import `livestream`; `livestream` never imports it (they meet through signals).
"""
