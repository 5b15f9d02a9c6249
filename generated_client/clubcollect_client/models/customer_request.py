# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_address_request import CustomerAddressRequest
    from ..models.customer_email_request import CustomerEmailRequest
    from ..models.customer_name_request import CustomerNameRequest
    from ..models.customer_phone_request import CustomerPhoneRequest


T = TypeVar("T", bound="CustomerRequest")


@_attrs_define
class CustomerRequest:
    """The invoice recipient. `name.last_name` is required, and at least one way to reach the
    customer must be given: a non-empty e-mail address, a non-empty phone number, or a
    postal address with both `address1` and `city`.

    """

    name: CustomerNameRequest
    """ Parts of the recipient's name; only the last name is required. """
    address: CustomerAddressRequest | Unset = UNSET
    """ Postal address; counts as a way to reach the customer when address1 and city are set. """
    email: CustomerEmailRequest | Unset = UNSET
    """ E-mail contact of the recipient. """
    phone: CustomerPhoneRequest | Unset = UNSET
    """ Phone contact of the recipient. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name.to_dict()

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email.to_dict()

        phone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone, Unset):
            phone = self.phone.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_address_request import CustomerAddressRequest  # noqa: PLC0415
        from ..models.customer_email_request import CustomerEmailRequest  # noqa: PLC0415
        from ..models.customer_name_request import CustomerNameRequest  # noqa: PLC0415
        from ..models.customer_phone_request import CustomerPhoneRequest  # noqa: PLC0415

        d = dict(src_dict)
        name = CustomerNameRequest.from_dict(d.pop("name"))

        _address = d.pop("address", UNSET)
        address: CustomerAddressRequest | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = CustomerAddressRequest.from_dict(_address)

        _email = d.pop("email", UNSET)
        email: CustomerEmailRequest | Unset
        if isinstance(_email, Unset):
            email = UNSET
        else:
            email = CustomerEmailRequest.from_dict(_email)

        _phone = d.pop("phone", UNSET)
        phone: CustomerPhoneRequest | Unset
        if isinstance(_phone, Unset):
            phone = UNSET
        else:
            phone = CustomerPhoneRequest.from_dict(_phone)

        customer_request = cls(
            name=name,
            address=address,
            email=email,
            phone=phone,
        )

        return customer_request
