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
    address: CustomerAddressRequest | None | Unset = UNSET
    email: CustomerEmailRequest | None | Unset = UNSET
    phone: CustomerPhoneRequest | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer_address_request import CustomerAddressRequest  # noqa: PLC0415
        from ..models.customer_email_request import CustomerEmailRequest  # noqa: PLC0415
        from ..models.customer_phone_request import CustomerPhoneRequest  # noqa: PLC0415

        name = self.name.to_dict()

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, CustomerAddressRequest):
            address = self.address.to_dict()
        else:
            address = self.address

        email: dict[str, Any] | None | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        elif isinstance(self.email, CustomerEmailRequest):
            email = self.email.to_dict()
        else:
            email = self.email

        phone: dict[str, Any] | None | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        elif isinstance(self.phone, CustomerPhoneRequest):
            phone = self.phone.to_dict()
        else:
            phone = self.phone

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
        _name = src_dict["name"]
        if not isinstance(_name, dict):
            raise TypeError("name: expected an object")
        name = CustomerNameRequest.from_dict(_name)

        def _parse_address(data: object) -> CustomerAddressRequest | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _address_type_0 = data
                if not isinstance(_address_type_0, dict):
                    raise TypeError("address_type_0: expected an object")
                address_type_0 = CustomerAddressRequest.from_dict(_address_type_0)

                return address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            address_type_1 = data
            if not address_type_1 is None:
                raise TypeError("address_type_1: expected None")

            return address_type_1

        address = _parse_address(src_dict.get("address", UNSET))

        def _parse_email(data: object) -> CustomerEmailRequest | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _email_type_0 = data
                if not isinstance(_email_type_0, dict):
                    raise TypeError("email_type_0: expected an object")
                email_type_0 = CustomerEmailRequest.from_dict(_email_type_0)

                return email_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            email_type_1 = data
            if not email_type_1 is None:
                raise TypeError("email_type_1: expected None")

            return email_type_1

        email = _parse_email(src_dict.get("email", UNSET))

        def _parse_phone(data: object) -> CustomerPhoneRequest | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _phone_type_0 = data
                if not isinstance(_phone_type_0, dict):
                    raise TypeError("phone_type_0: expected an object")
                phone_type_0 = CustomerPhoneRequest.from_dict(_phone_type_0)

                return phone_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            phone_type_1 = data
            if not phone_type_1 is None:
                raise TypeError("phone_type_1: expected None")

            return phone_type_1

        phone = _parse_phone(src_dict.get("phone", UNSET))

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        customer_request = cls(
            name,
            address,
            email,
            phone,
        )

        return customer_request


# Imported after the class, not inside from_dict: an import statement there runs the import
# machinery on every call (most of the cost of reading a small object). Models may refer to each
# other, so these cannot go at the top.
from ..models.customer_address_request import CustomerAddressRequest  # noqa: E402
from ..models.customer_email_request import CustomerEmailRequest  # noqa: E402
from ..models.customer_name_request import CustomerNameRequest  # noqa: E402
from ..models.customer_phone_request import CustomerPhoneRequest  # noqa: E402
