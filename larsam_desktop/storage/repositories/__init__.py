"""Repositories: queries and writes for one aggregate each, given a Session by the unit of work."""
