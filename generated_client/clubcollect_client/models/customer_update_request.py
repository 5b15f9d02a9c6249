# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_address_request import CustomerAddressRequest
    from ..models.customer_email_request import CustomerEmailRequest
    from ..models.customer_name_update_request import CustomerNameUpdateRequest
    from ..models.customer_phone_request import CustomerPhoneRequest


T = TypeVar("T", bound="CustomerUpdateRequest")


@_attrs_define
class CustomerUpdateRequest:
    """Changes to the recipient; only the parts sent are changed. The reachability rule must
    still hold after the change.

    """

    name: CustomerNameUpdateRequest | Unset = UNSET
    """ Changes to the recipient's name; the last name cannot be emptied. """
    address: CustomerAddressRequest | Unset = UNSET
    """ Postal address; counts as a way to reach the customer when address1 and city are set. """
    email: CustomerEmailRequest | Unset = UNSET
    """ E-mail contact of the recipient. """
    phone: CustomerPhoneRequest | Unset = UNSET
    """ Phone contact of the recipient. """

    def to_dict(self) -> dict[str, Any]:
        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
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

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
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
        from ..models.customer_name_update_request import CustomerNameUpdateRequest  # noqa: PLC0415
        from ..models.customer_phone_request import CustomerPhoneRequest  # noqa: PLC0415

        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        name: CustomerNameUpdateRequest | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = CustomerNameUpdateRequest.from_dict(_name)

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

        customer_update_request = cls(
            name=name,
            address=address,
            email=email,
            phone=phone,
        )

        return customer_update_request
