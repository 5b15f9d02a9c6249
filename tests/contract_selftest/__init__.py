"""Self-tests of the contract suite: deliberately broken servers it must catch, Prism, a canary key."""
