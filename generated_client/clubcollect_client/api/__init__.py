# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
"""Contains methods for accessing the API"""
