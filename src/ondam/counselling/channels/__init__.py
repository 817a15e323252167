"""Channel adapters: entry points that feed the one counselling queue (see ``base.py``)."""
