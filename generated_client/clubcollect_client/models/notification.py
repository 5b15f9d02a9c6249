# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Notification")


@_attrs_define
class Notification:
    """Ids of invoices and imports that changed since the last round. `api_key` echoes the
    partner's own key; it is a secret and must not be logged.

    """

    api_key: str
    """ The partner's own API key, echoed back. """
    invoice_ids: list[str]
    import_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        invoice_ids = self.invoice_ids

        import_ids = self.import_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key": api_key,
                "invoice_ids": invoice_ids,
                "import_ids": import_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        api_key = src_dict["api_key"]
        if not isinstance(api_key, str):
            raise TypeError("api_key: expected str")

        _invoice_ids = src_dict["invoice_ids"]
        if not isinstance(_invoice_ids, list):
            raise TypeError("invoice_ids: expected an array")
        invoice_ids = []
        for invoice_ids_item_data in _invoice_ids:
            invoice_ids_item = invoice_ids_item_data
            if not isinstance(invoice_ids_item, str):
                raise TypeError("invoice_ids_item: expected str")

            invoice_ids.append(invoice_ids_item)

        _import_ids = src_dict["import_ids"]
        if not isinstance(_import_ids, list):
            raise TypeError("import_ids: expected an array")
        import_ids = []
        for import_ids_item_data in _import_ids:
            import_ids_item = import_ids_item_data
            if not isinstance(import_ids_item, str):
                raise TypeError("import_ids_item: expected str")

            import_ids.append(import_ids_item)

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        notification = cls(
            api_key,
            invoice_ids,
            import_ids,
        )

        # Members the spec does not declare are kept; the common case (none) costs one set test.
        if not src_dict.keys() <= _NOTIFICATION_KEYS:
            notification.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _NOTIFICATION_KEYS
            }
        return notification

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The members Notification declares; anything else in an answer goes to additional_properties.
_NOTIFICATION_KEYS: frozenset[str] = frozenset(
    (
        "api_key",
        "invoice_ids",
        "import_ids",
    )
)
