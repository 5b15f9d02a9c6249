# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.customer_address import CustomerAddress
    from ..models.customer_email import CustomerEmail
    from ..models.customer_name import CustomerName
    from ..models.customer_phone import CustomerPhone


T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    """The invoice recipient. All four parts are always present; unknown details are null."""

    name: CustomerName
    """ The recipient's name. """
    address: CustomerAddress
    """ The recipient's postal address. """
    email: CustomerEmail
    """ The recipient's e-mail contact. """
    phone: CustomerPhone
    """ The recipient's phone contact. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name.to_dict()

        address = self.address.to_dict()

        email = self.email.to_dict()

        phone = self.phone.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "address": address,
                "email": email,
                "phone": phone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _name = src_dict["name"]
        if not isinstance(_name, dict):
            raise TypeError("name: expected an object")
        name = CustomerName.from_dict(_name)

        _address = src_dict["address"]
        if not isinstance(_address, dict):
            raise TypeError("address: expected an object")
        address = CustomerAddress.from_dict(_address)

        _email = src_dict["email"]
        if not isinstance(_email, dict):
            raise TypeError("email: expected an object")
        email = CustomerEmail.from_dict(_email)

        _phone = src_dict["phone"]
        if not isinstance(_phone, dict):
            raise TypeError("phone: expected an object")
        phone = CustomerPhone.from_dict(_phone)

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        customer = cls(
            name,
            address,
            email,
            phone,
        )

        # Members the spec does not declare are kept; the common case (none) costs one set test.
        if not src_dict.keys() <= _CUSTOMER_KEYS:
            customer.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _CUSTOMER_KEYS
            }
        return customer

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


# The members Customer declares; anything else in an answer goes to additional_properties.
_CUSTOMER_KEYS: frozenset[str] = frozenset(
    (
        "name",
        "address",
        "email",
        "phone",
    )
)


# Imported after the class, not inside from_dict: an import statement there runs the import
# machinery on every call (most of the cost of reading a small object). Models may refer to each
# other, so these cannot go at the top.
from ..models.customer_address import CustomerAddress  # noqa: E402
from ..models.customer_email import CustomerEmail  # noqa: E402
from ..models.customer_name import CustomerName  # noqa: E402
from ..models.customer_phone import CustomerPhone  # noqa: E402
