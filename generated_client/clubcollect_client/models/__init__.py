# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
"""Contains all the data models used in inputs/outputs"""

from .archive_invoice_tickets_not_found_error import ArchiveInvoiceTicketsNotFoundError
from .archive_invoice_tickets_not_found_error_code import ArchiveInvoiceTicketsNotFoundErrorCode
from .archive_invoice_tickets_unprocessable_error import ArchiveInvoiceTicketsUnprocessableError
from .archive_invoice_tickets_unprocessable_error_code import ArchiveInvoiceTicketsUnprocessableErrorCode
from .assign_invoice_tickets_to_support_not_found_error import AssignInvoiceTicketsToSupportNotFoundError
from .assign_invoice_tickets_to_support_not_found_error_code import AssignInvoiceTicketsToSupportNotFoundErrorCode
from .assign_invoice_tickets_to_support_unprocessable_error import AssignInvoiceTicketsToSupportUnprocessableError
from .assign_invoice_tickets_to_support_unprocessable_error_code import (
    AssignInvoiceTicketsToSupportUnprocessableErrorCode,
)
from .brand import Brand
from .company import Company
from .company_country_code import CompanyCountryCode
from .company_import import CompanyImport
from .company_imports_page import CompanyImportsPage
from .company_request import CompanyRequest
from .company_ticket import CompanyTicket
from .company_tickets_page import CompanyTicketsPage
from .create_company_unprocessable_error import CreateCompanyUnprocessableError
from .create_company_unprocessable_error_code import CreateCompanyUnprocessableErrorCode
from .create_import_request import CreateImportRequest
from .create_import_unprocessable_error import CreateImportUnprocessableError
from .create_import_unprocessable_error_code import CreateImportUnprocessableErrorCode
from .create_invoice_request import CreateInvoiceRequest
from .create_invoice_ticket_not_found_error import CreateInvoiceTicketNotFoundError
from .create_invoice_ticket_not_found_error_code import CreateInvoiceTicketNotFoundErrorCode
from .create_invoice_ticket_unprocessable_error import CreateInvoiceTicketUnprocessableError
from .create_invoice_ticket_unprocessable_error_code import CreateInvoiceTicketUnprocessableErrorCode
from .create_invoice_unprocessable_error import CreateInvoiceUnprocessableError
from .create_invoice_unprocessable_error_code import CreateInvoiceUnprocessableErrorCode
from .create_ticket_request import CreateTicketRequest
from .credit_and_retract_invoice_not_found_error import CreditAndRetractInvoiceNotFoundError
from .credit_and_retract_invoice_not_found_error_code import CreditAndRetractInvoiceNotFoundErrorCode
from .credit_and_retract_invoice_unprocessable_error import CreditAndRetractInvoiceUnprocessableError
from .credit_and_retract_invoice_unprocessable_error_code import CreditAndRetractInvoiceUnprocessableErrorCode
from .credit_and_retract_request import CreditAndRetractRequest
from .currency import Currency
from .customer import Customer
from .customer_address import CustomerAddress
from .customer_address_request import CustomerAddressRequest
from .customer_email import CustomerEmail
from .customer_email_request import CustomerEmailRequest
from .customer_name import CustomerName
from .customer_name_request import CustomerNameRequest
from .customer_name_update_request import CustomerNameUpdateRequest
from .customer_phone import CustomerPhone
from .customer_phone_request import CustomerPhoneRequest
from .customer_request import CustomerRequest
from .customer_update_request import CustomerUpdateRequest
from .delete_import_not_found_error import DeleteImportNotFoundError
from .delete_import_not_found_error_code import DeleteImportNotFoundErrorCode
from .delete_import_unprocessable_error import DeleteImportUnprocessableError
from .delete_import_unprocessable_error_code import DeleteImportUnprocessableErrorCode
from .delete_invoice_not_found_error import DeleteInvoiceNotFoundError
from .delete_invoice_not_found_error_code import DeleteInvoiceNotFoundErrorCode
from .delete_invoice_unprocessable_error import DeleteInvoiceUnprocessableError
from .delete_invoice_unprocessable_error_code import DeleteInvoiceUnprocessableErrorCode
from .empty_request import EmptyRequest
from .get_company_not_found_error import GetCompanyNotFoundError
from .get_company_not_found_error_code import GetCompanyNotFoundErrorCode
from .get_import_not_found_error import GetImportNotFoundError
from .get_import_not_found_error_code import GetImportNotFoundErrorCode
from .get_invoice_not_found_error import GetInvoiceNotFoundError
from .get_invoice_not_found_error_code import GetInvoiceNotFoundErrorCode
from .get_payment_unprocessable_error import GetPaymentUnprocessableError
from .get_payment_unprocessable_error_code import GetPaymentUnprocessableErrorCode
from .import_ import Import
from .invalid_json_error import InvalidJsonError
from .invalid_json_error_code import InvalidJsonErrorCode
from .invoice import Invoice
from .invoice_line import InvoiceLine
from .invoice_line_list import InvoiceLineList
from .invoice_line_request import InvoiceLineRequest
from .invoice_tickets import InvoiceTickets
from .line_subtype import LineSubtype
from .line_type import LineType
from .list_company_imports_not_found_error import ListCompanyImportsNotFoundError
from .list_company_imports_not_found_error_code import ListCompanyImportsNotFoundErrorCode
from .list_company_imports_unprocessable_error import ListCompanyImportsUnprocessableError
from .list_company_imports_unprocessable_error_code import ListCompanyImportsUnprocessableErrorCode
from .list_company_tickets_not_found_error import ListCompanyTicketsNotFoundError
from .list_company_tickets_not_found_error_code import ListCompanyTicketsNotFoundErrorCode
from .list_company_tickets_unprocessable_error import ListCompanyTicketsUnprocessableError
from .list_company_tickets_unprocessable_error_code import ListCompanyTicketsUnprocessableErrorCode
from .list_invoice_lines_not_found_error import ListInvoiceLinesNotFoundError
from .list_invoice_lines_not_found_error_code import ListInvoiceLinesNotFoundErrorCode
from .list_invoice_tickets_not_found_error import ListInvoiceTicketsNotFoundError
from .list_invoice_tickets_not_found_error_code import ListInvoiceTicketsNotFoundErrorCode
from .list_payment_notifications_unprocessable_error import ListPaymentNotificationsUnprocessableError
from .list_payment_notifications_unprocessable_error_code import ListPaymentNotificationsUnprocessableErrorCode
from .locale import Locale
from .message import Message
from .message_type import MessageType
from .notification import Notification
from .page import Page
from .payment_method import PaymentMethod
from .payment_notification import PaymentNotification
from .payment_result import PaymentResult
from .payment_status import PaymentStatus
from .request_too_large_error import RequestTooLargeError
from .request_too_large_error_code import RequestTooLargeErrorCode
from .start_payment_unprocessable_error import StartPaymentUnprocessableError
from .start_payment_unprocessable_error_code import StartPaymentUnprocessableErrorCode
from .ticket import Ticket
from .ticket_sender import TicketSender
from .ticket_status import TicketStatus
from .transmit_import_not_found_error import TransmitImportNotFoundError
from .transmit_import_not_found_error_code import TransmitImportNotFoundErrorCode
from .transmit_import_unprocessable_error import TransmitImportUnprocessableError
from .transmit_import_unprocessable_error_code import TransmitImportUnprocessableErrorCode
from .unauthorized_error import UnauthorizedError
from .unauthorized_error_code import UnauthorizedErrorCode
from .update_company_not_found_error import UpdateCompanyNotFoundError
from .update_company_not_found_error_code import UpdateCompanyNotFoundErrorCode
from .update_company_unprocessable_error import UpdateCompanyUnprocessableError
from .update_company_unprocessable_error_code import UpdateCompanyUnprocessableErrorCode
from .update_import_not_found_error import UpdateImportNotFoundError
from .update_import_not_found_error_code import UpdateImportNotFoundErrorCode
from .update_import_request import UpdateImportRequest
from .update_import_unprocessable_error import UpdateImportUnprocessableError
from .update_import_unprocessable_error_code import UpdateImportUnprocessableErrorCode
from .update_invoice_not_found_error import UpdateInvoiceNotFoundError
from .update_invoice_not_found_error_code import UpdateInvoiceNotFoundErrorCode
from .update_invoice_request import UpdateInvoiceRequest
from .update_invoice_unprocessable_error import UpdateInvoiceUnprocessableError
from .update_invoice_unprocessable_error_code import UpdateInvoiceUnprocessableErrorCode

__all__ = (
    "ArchiveInvoiceTicketsNotFoundError",
    "ArchiveInvoiceTicketsNotFoundErrorCode",
    "ArchiveInvoiceTicketsUnprocessableError",
    "ArchiveInvoiceTicketsUnprocessableErrorCode",
    "AssignInvoiceTicketsToSupportNotFoundError",
    "AssignInvoiceTicketsToSupportNotFoundErrorCode",
    "AssignInvoiceTicketsToSupportUnprocessableError",
    "AssignInvoiceTicketsToSupportUnprocessableErrorCode",
    "Brand",
    "Company",
    "CompanyCountryCode",
    "CompanyImport",
    "CompanyImportsPage",
    "CompanyRequest",
    "CompanyTicket",
    "CompanyTicketsPage",
    "CreateCompanyUnprocessableError",
    "CreateCompanyUnprocessableErrorCode",
    "CreateImportRequest",
    "CreateImportUnprocessableError",
    "CreateImportUnprocessableErrorCode",
    "CreateInvoiceRequest",
    "CreateInvoiceTicketNotFoundError",
    "CreateInvoiceTicketNotFoundErrorCode",
    "CreateInvoiceTicketUnprocessableError",
    "CreateInvoiceTicketUnprocessableErrorCode",
    "CreateInvoiceUnprocessableError",
    "CreateInvoiceUnprocessableErrorCode",
    "CreateTicketRequest",
    "CreditAndRetractInvoiceNotFoundError",
    "CreditAndRetractInvoiceNotFoundErrorCode",
    "CreditAndRetractInvoiceUnprocessableError",
    "CreditAndRetractInvoiceUnprocessableErrorCode",
    "CreditAndRetractRequest",
    "Currency",
    "Customer",
    "CustomerAddress",
    "CustomerAddressRequest",
    "CustomerEmail",
    "CustomerEmailRequest",
    "CustomerName",
    "CustomerNameRequest",
    "CustomerNameUpdateRequest",
    "CustomerPhone",
    "CustomerPhoneRequest",
    "CustomerRequest",
    "CustomerUpdateRequest",
    "DeleteImportNotFoundError",
    "DeleteImportNotFoundErrorCode",
    "DeleteImportUnprocessableError",
    "DeleteImportUnprocessableErrorCode",
    "DeleteInvoiceNotFoundError",
    "DeleteInvoiceNotFoundErrorCode",
    "DeleteInvoiceUnprocessableError",
    "DeleteInvoiceUnprocessableErrorCode",
    "EmptyRequest",
    "GetCompanyNotFoundError",
    "GetCompanyNotFoundErrorCode",
    "GetImportNotFoundError",
    "GetImportNotFoundErrorCode",
    "GetInvoiceNotFoundError",
    "GetInvoiceNotFoundErrorCode",
    "GetPaymentUnprocessableError",
    "GetPaymentUnprocessableErrorCode",
    "Import",
    "InvalidJsonError",
    "InvalidJsonErrorCode",
    "Invoice",
    "InvoiceLine",
    "InvoiceLineList",
    "InvoiceLineRequest",
    "InvoiceTickets",
    "LineSubtype",
    "LineType",
    "ListCompanyImportsNotFoundError",
    "ListCompanyImportsNotFoundErrorCode",
    "ListCompanyImportsUnprocessableError",
    "ListCompanyImportsUnprocessableErrorCode",
    "ListCompanyTicketsNotFoundError",
    "ListCompanyTicketsNotFoundErrorCode",
    "ListCompanyTicketsUnprocessableError",
    "ListCompanyTicketsUnprocessableErrorCode",
    "ListInvoiceLinesNotFoundError",
    "ListInvoiceLinesNotFoundErrorCode",
    "ListInvoiceTicketsNotFoundError",
    "ListInvoiceTicketsNotFoundErrorCode",
    "ListPaymentNotificationsUnprocessableError",
    "ListPaymentNotificationsUnprocessableErrorCode",
    "Locale",
    "Message",
    "MessageType",
    "Notification",
    "Page",
    "PaymentMethod",
    "PaymentNotification",
    "PaymentResult",
    "PaymentStatus",
    "RequestTooLargeError",
    "RequestTooLargeErrorCode",
    "StartPaymentUnprocessableError",
    "StartPaymentUnprocessableErrorCode",
    "Ticket",
    "TicketSender",
    "TicketStatus",
    "TransmitImportNotFoundError",
    "TransmitImportNotFoundErrorCode",
    "TransmitImportUnprocessableError",
    "TransmitImportUnprocessableErrorCode",
    "UnauthorizedError",
    "UnauthorizedErrorCode",
    "UpdateCompanyNotFoundError",
    "UpdateCompanyNotFoundErrorCode",
    "UpdateCompanyUnprocessableError",
    "UpdateCompanyUnprocessableErrorCode",
    "UpdateImportNotFoundError",
    "UpdateImportNotFoundErrorCode",
    "UpdateImportRequest",
    "UpdateImportUnprocessableError",
    "UpdateImportUnprocessableErrorCode",
    "UpdateInvoiceNotFoundError",
    "UpdateInvoiceNotFoundErrorCode",
    "UpdateInvoiceRequest",
    "UpdateInvoiceUnprocessableError",
    "UpdateInvoiceUnprocessableErrorCode",
)
