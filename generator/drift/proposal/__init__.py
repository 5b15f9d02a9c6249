"""``drift --propose``: the unexplained findings as an OpenAPI Overlay 1.0 document.

One action per difference the docs settle on their own: a new enum value, a new request or
response field (typed from the docs table or example), a new error code under the status the
page shows it with, a changed success status, a changed required flag, a new endpoint or one
the docs dropped (``deprecated: true``, never a deletion), a response field the docs dropped
(``deprecated: true`` and no longer required), a changed base URL or auth scheme. Each action's
description cites the page lines the finding was read from.

Nothing that needs judgment is guessed. Such a finding is *left for a person*, with the reason;
where an action creates a node whose prose or naming a person must still write, the node carries
``x-review: <what to do>``, which ``generator lint`` refuses until it is removed.

- :mod:`.proposer`: one handler per kind of finding, and the clash check
- :mod:`.model`: the proposal (actions, what is left) and its Overlay document
- :mod:`.judgment`: why each other kind of finding needs a person
- :mod:`.new_endpoint`: a new operation from what a page shows
- :mod:`.examples`: values and statuses read from the pages' examples
- :mod:`.spec_places`: where a node is in the spec, as the JSONPath an action targets
- :mod:`.field_types`: a new field's schema from the docs table or an example
"""

from generator.drift.proposal.model import LeftForAPerson, Proposal, ProposedAction
from generator.drift.proposal.proposer import propose

__all__ = ["LeftForAPerson", "Proposal", "ProposedAction", "propose"]
