# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
"""Contains endpoint functions for accessing the API"""
