"""The clubcollect command line."""
