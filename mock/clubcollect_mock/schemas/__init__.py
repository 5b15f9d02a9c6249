"""Request body validation: each module turns parsed JSON into checked values or raises a 422."""
