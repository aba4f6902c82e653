"""Core of va-evidence: records, errors, settings, store, privacy.

Imports no other project package.
"""
