# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
"""The spec's response schemas, read by the runtime reader when a model refuses a body.

Generated from openapi/clubcollect-v2.yaml by generator/response_schemas.py.
"""

from .runtime.reading import ResponseSchemas

RESPONSE_SCHEMAS = ResponseSchemas(
    responses={
        "archive_invoice_tickets": {
            400: {"$ref": "#/components/schemas/InvalidJsonError"},
            401: {"$ref": "#/components/schemas/UnauthorizedError"},
            404: {"$ref": "#/components/schemas/ArchiveInvoiceTicketsNotFoundError"},
            413: {"$ref": "#/components/schemas/RequestTooLargeError"},
            422: {"$ref": "#/components/schemas/ArchiveInvoiceTicketsUnprocessableError"},
        },
        "assign_invoice_tickets_to_support": {
            400: {"$ref": "#/components/schemas/InvalidJsonError"},
            401: {"$ref": "#/components/schemas/UnauthorizedError"},
            404: {"$ref": "#/components/schemas/AssignInvoiceTicketsToSupportNotFoundError"},
            413: {"$ref": "#/components/schemas/RequestTooLargeError"},
            422: {"$ref": "#/components/schemas/AssignInvoiceTicketsToSupportUnprocessableError"},
        },
        "create_company": {
            200: {"$ref": "#/components/schemas/Company"},
            400: {"$ref": "#/components/schemas/InvalidJsonError"},
            401: {"$ref": "#/components/schemas/UnauthorizedError"},
            413: {"$ref": "#/components/schemas/RequestTooLargeError"},
            422: {"$ref": "#/components/schemas/CreateCompanyUnprocessableError"},
        },
        "create_import": {
            200: {"$ref": "#/components/schemas/Import"},
            400: {"$ref": "#/components/schemas/InvalidJsonError"},
            401: {"$ref": "#/components/schemas/UnauthorizedError"},
            413: {"$ref": "#/components/schemas/RequestTooLargeError"},
            422: {"$ref": "#/components/schemas/CreateImportUnprocessableError"},
        },
        "create_invoice": {
            200: {"$ref": "#/components/schemas/Invoice"},
            400: {"$ref": "#/components/schemas/InvalidJsonError"},
            401: {"$ref": "#/components/schemas/UnauthorizedError"},
            413: {"$ref": "#/components/schemas/RequestTooLargeError"},
            422: {"$ref": "#/components/schemas/CreateInvoiceUnprocessableError"},
        },
        "create_invoice_ticket": {
            200: {"$ref": "#/components/schemas/Ticket"},
            400: {"$ref": "#/components/schemas/InvalidJsonError"},
            401: {"$ref": "#/components/schemas/UnauthorizedError"},
            404: {"$ref": "#/components/schemas/CreateInvoiceTicketNotFoundError"},
            413: {"$ref": "#/components/schemas/RequestTooLargeError"},
            422: {"$ref": "#/components/schemas/CreateInvoiceTicketUnprocessableError"},
        },
        "credit_and_retract_invoice": {
            200: {"$ref": "#/components/schemas/Invoice"},
            400: {"$ref": "#/components/schemas/InvalidJsonError"},
            401: {"$ref": "#/components/schemas/UnauthorizedError"},
            404: {"$ref": "#/components/schemas/CreditAndRetractInvoiceNotFoundError"},
            413: {"$ref": "#/components/schemas/RequestTooLargeError"},
            422: {"$ref": "#/components/schemas/CreditAndRetractInvoiceUnprocessableError"},
        },
        "delete_import": {
            401: {"$ref": "#/components/schemas/UnauthorizedError"},
            404: {"$ref": "#/components/schemas/DeleteImportNotFoundError"},
            422: {"$ref": "#/components/schemas/DeleteImportUnprocessableError"},
        },
        "delete_invoice": {
            401: {"$ref": "#/components/schemas/UnauthorizedError"},
            404: {"$ref": "#/components/schemas/DeleteInvoiceNotFoundError"},
            422: {"$ref": "#/components/schemas/DeleteInvoiceUnprocessableError"},
        },
        "get_company": {
            200: {"$ref": "#/components/schemas/Company"},
            401: {"$ref": "#/components/schemas/UnauthorizedError"},
            404: {"$ref": "#/components/schemas/GetCompanyNotFoundError"},
        },
        "get_import": {
            200: {"$ref": "#/components/schemas/Import"},
            401: {"$ref": "#/components/schemas/UnauthorizedError"},
            404: {"$ref": "#/components/schemas/GetImportNotFoundError"},
        },
        "get_invoice": {
            200: {"$ref": "#/components/schemas/Invoice"},
            401: {"$ref": "#/components/schemas/UnauthorizedError"},
            404: {"$ref": "#/components/schemas/GetInvoiceNotFoundError"},
        },
        "get_payment": {
            200: {"$ref": "#/components/schemas/PaymentStatus"},
            422: {"$ref": "#/components/schemas/GetPaymentUnprocessableError"},
        },
        "list_company_imports": {
            200: {"$ref": "#/components/schemas/CompanyImportsPage"},
            401: {"$ref": "#/components/schemas/UnauthorizedError"},
            404: {"$ref": "#/components/schemas/ListCompanyImportsNotFoundError"},
            422: {"$ref": "#/components/schemas/ListCompanyImportsUnprocessableError"},
        },
        "list_company_tickets": {
            200: {"$ref": "#/components/schemas/CompanyTicketsPage"},
            401: {"$ref": "#/components/schemas/UnauthorizedError"},
            404: {"$ref": "#/components/schemas/ListCompanyTicketsNotFoundError"},
            422: {"$ref": "#/components/schemas/ListCompanyTicketsUnprocessableError"},
        },
        "list_invoice_lines": {
            200: {"$ref": "#/components/schemas/InvoiceLines"},
            401: {"$ref": "#/components/schemas/UnauthorizedError"},
            404: {"$ref": "#/components/schemas/ListInvoiceLinesNotFoundError"},
        },
        "list_invoice_tickets": {
            200: {"$ref": "#/components/schemas/InvoiceTickets"},
            401: {"$ref": "#/components/schemas/UnauthorizedError"},
            404: {"$ref": "#/components/schemas/ListInvoiceTicketsNotFoundError"},
        },
        "list_payment_notifications": {
            200: {"items": {"$ref": "#/components/schemas/PaymentStatus"}, "type": "array"},
            422: {"$ref": "#/components/schemas/ListPaymentNotificationsUnprocessableError"},
        },
        "start_bancontact_payment": {422: {"$ref": "#/components/schemas/StartPaymentUnprocessableError"}},
        "start_credit_card_payment": {422: {"$ref": "#/components/schemas/StartPaymentUnprocessableError"}},
        "start_ideal_payment": {422: {"$ref": "#/components/schemas/StartPaymentUnprocessableError"}},
        "start_paypal_payment": {422: {"$ref": "#/components/schemas/StartPaymentUnprocessableError"}},
        "start_sofort_payment": {422: {"$ref": "#/components/schemas/StartPaymentUnprocessableError"}},
        "transmit_import": {
            200: {"$ref": "#/components/schemas/Import"},
            401: {"$ref": "#/components/schemas/UnauthorizedError"},
            404: {"$ref": "#/components/schemas/TransmitImportNotFoundError"},
            422: {"$ref": "#/components/schemas/TransmitImportUnprocessableError"},
        },
        "update_company": {
            200: {"$ref": "#/components/schemas/Company"},
            400: {"$ref": "#/components/schemas/InvalidJsonError"},
            401: {"$ref": "#/components/schemas/UnauthorizedError"},
            404: {"$ref": "#/components/schemas/UpdateCompanyNotFoundError"},
            413: {"$ref": "#/components/schemas/RequestTooLargeError"},
            422: {"$ref": "#/components/schemas/UpdateCompanyUnprocessableError"},
        },
        "update_import": {
            200: {"$ref": "#/components/schemas/Import"},
            400: {"$ref": "#/components/schemas/InvalidJsonError"},
            401: {"$ref": "#/components/schemas/UnauthorizedError"},
            404: {"$ref": "#/components/schemas/UpdateImportNotFoundError"},
            413: {"$ref": "#/components/schemas/RequestTooLargeError"},
            422: {"$ref": "#/components/schemas/UpdateImportUnprocessableError"},
        },
        "update_invoice": {
            200: {"$ref": "#/components/schemas/Invoice"},
            400: {"$ref": "#/components/schemas/InvalidJsonError"},
            401: {"$ref": "#/components/schemas/UnauthorizedError"},
            404: {"$ref": "#/components/schemas/UpdateInvoiceNotFoundError"},
            413: {"$ref": "#/components/schemas/RequestTooLargeError"},
            422: {"$ref": "#/components/schemas/UpdateInvoiceUnprocessableError"},
        },
    },
    components={
        "ArchiveInvoiceTicketsNotFoundError": {
            "properties": {
                "error": {
                    "anyOf": [
                        {"$ref": "#/components/schemas/ArchiveInvoiceTicketsNotFoundErrorCode"},
                        {"type": "string"},
                    ]
                }
            },
            "required": ["error"],
            "type": "object",
        },
        "ArchiveInvoiceTicketsNotFoundErrorCode": {"enum": ["invalid_invoice_id"], "type": "string"},
        "ArchiveInvoiceTicketsUnprocessableError": {
            "properties": {
                "error": {
                    "anyOf": [
                        {"$ref": "#/components/schemas/ArchiveInvoiceTicketsUnprocessableErrorCode"},
                        {"type": "string"},
                    ]
                }
            },
            "required": ["error"],
            "type": "object",
        },
        "ArchiveInvoiceTicketsUnprocessableErrorCode": {"enum": ["invalid_content_type"], "type": "string"},
        "AssignInvoiceTicketsToSupportNotFoundError": {
            "properties": {
                "error": {
                    "anyOf": [
                        {"$ref": "#/components/schemas/AssignInvoiceTicketsToSupportNotFoundErrorCode"},
                        {"type": "string"},
                    ]
                }
            },
            "required": ["error"],
            "type": "object",
        },
        "AssignInvoiceTicketsToSupportNotFoundErrorCode": {"enum": ["invalid_invoice_id"], "type": "string"},
        "AssignInvoiceTicketsToSupportUnprocessableError": {
            "properties": {
                "error": {
                    "anyOf": [
                        {"$ref": "#/components/schemas/AssignInvoiceTicketsToSupportUnprocessableErrorCode"},
                        {"type": "string"},
                    ]
                }
            },
            "required": ["error"],
            "type": "object",
        },
        "AssignInvoiceTicketsToSupportUnprocessableErrorCode": {"enum": ["invalid_content_type"], "type": "string"},
        "Brand": {"enum": ["clubbaseio", "knltb", "dtb", "clubcollect", "clubcollectde"], "type": "string"},
        "Company": {
            "properties": {
                "address1": {"type": ["string", "null"]},
                "address2": {"type": ["string", "null"]},
                "brand": {"anyOf": [{"$ref": "#/components/schemas/Brand"}, {"type": "string"}]},
                "city": {"type": ["string", "null"]},
                "company_id": {"$ref": "#/components/schemas/ServerId"},
                "country_code": {"anyOf": [{"$ref": "#/components/schemas/CompanyCountryCode"}, {"type": "string"}]},
                "currency": {"anyOf": [{"$ref": "#/components/schemas/Currency"}, {"type": "string"}]},
                "email": {"format": "email", "type": "string"},
                "house_number": {"type": ["string", "null"]},
                "locale": {"anyOf": [{"$ref": "#/components/schemas/Locale"}, {"type": "string"}]},
                "name": {"type": "string"},
                "partnership_page_url": {"type": ["string", "null"]},
                "vat_percentage": {"type": ["number", "null"]},
                "zipcode": {"type": ["string", "null"]},
            },
            "required": [
                "company_id",
                "name",
                "brand",
                "email",
                "locale",
                "country_code",
                "currency",
                "address1",
                "address2",
                "house_number",
                "zipcode",
                "city",
            ],
            "type": "object",
        },
        "CompanyCountryCode": {"enum": ["AT", "BE", "CH", "DE", "GB", "IE", "NL"], "type": "string"},
        "CompanyImport": {
            "properties": {
                "company_id": {"$ref": "#/components/schemas/ServerId"},
                "import_id": {"$ref": "#/components/schemas/ServerId"},
                "title": {"type": ["string", "null"]},
                "transmitted": {
                    "anyOf": [
                        {"type": "boolean"},
                        {"enum": ["true", "false"], "type": "string", "x-read-as": "boolean"},
                    ]
                },
                "transmitted_at": {
                    "anyOf": [
                        {"format": "date-time", "type": "string"},
                        {"type": "null"},
                        {"type": "string", "x-read-as": "null"},
                    ]
                },
            },
            "required": ["company_id", "import_id", "title", "transmitted", "transmitted_at"],
            "type": "object",
        },
        "CompanyImportsPage": {
            "properties": {
                "imports": {"items": {"$ref": "#/components/schemas/CompanyImport"}, "type": "array"},
                "page": {"$ref": "#/components/schemas/Page"},
            },
            "required": ["imports", "page"],
            "type": "object",
        },
        "CompanyTicket": {
            "properties": {
                "date": {"format": "date-time", "type": "string"},
                "invoice_id": {"$ref": "#/components/schemas/ServerId"},
                "message": {"type": "string"},
                "sender": {"anyOf": [{"$ref": "#/components/schemas/TicketSender"}, {"type": "string"}]},
                "ticket_id": {"$ref": "#/components/schemas/ServerId"},
            },
            "required": ["invoice_id", "ticket_id", "message", "sender", "date"],
            "type": "object",
        },
        "CompanyTicketsPage": {
            "properties": {
                "page": {"$ref": "#/components/schemas/Page"},
                "tickets": {"items": {"$ref": "#/components/schemas/CompanyTicket"}, "type": "array"},
            },
            "required": ["tickets", "page"],
            "type": "object",
        },
        "CreateCompanyUnprocessableError": {
            "properties": {
                "error": {
                    "anyOf": [{"$ref": "#/components/schemas/CreateCompanyUnprocessableErrorCode"}, {"type": "string"}]
                }
            },
            "required": ["error"],
            "type": "object",
        },
        "CreateCompanyUnprocessableErrorCode": {"enum": ["invalid_request", "invalid_content_type"], "type": "string"},
        "CreateImportUnprocessableError": {
            "properties": {
                "error": {
                    "anyOf": [{"$ref": "#/components/schemas/CreateImportUnprocessableErrorCode"}, {"type": "string"}]
                }
            },
            "required": ["error"],
            "type": "object",
        },
        "CreateImportUnprocessableErrorCode": {
            "enum": ["invalid_company_id", "invalid_request", "invalid_content_type"],
            "type": "string",
        },
        "CreateInvoiceTicketNotFoundError": {
            "properties": {
                "error": {
                    "anyOf": [{"$ref": "#/components/schemas/CreateInvoiceTicketNotFoundErrorCode"}, {"type": "string"}]
                }
            },
            "required": ["error"],
            "type": "object",
        },
        "CreateInvoiceTicketNotFoundErrorCode": {"enum": ["invalid_invoice_id"], "type": "string"},
        "CreateInvoiceTicketUnprocessableError": {
            "properties": {
                "error": {
                    "anyOf": [
                        {"$ref": "#/components/schemas/CreateInvoiceTicketUnprocessableErrorCode"},
                        {"type": "string"},
                    ]
                }
            },
            "required": ["error"],
            "type": "object",
        },
        "CreateInvoiceTicketUnprocessableErrorCode": {
            "enum": ["invalid_message", "invalid_content_type", "invalid_request"],
            "type": "string",
        },
        "CreateInvoiceUnprocessableError": {
            "properties": {
                "error": {
                    "anyOf": [{"$ref": "#/components/schemas/CreateInvoiceUnprocessableErrorCode"}, {"type": "string"}]
                }
            },
            "required": ["error"],
            "type": "object",
        },
        "CreateInvoiceUnprocessableErrorCode": {
            "enum": [
                "invalid_import_id",
                "invalid_external_invoice_number",
                "invalid_customer_last_name",
                "invalid_customer_email",
                "invalid_customer_phone",
                "invalid_customer_address",
                "invalid_amount_total_cents",
                "duplicate_invoice_line_id",
                "invalid_content_type",
                "import_already_transmitted",
                "invalid_request",
            ],
            "type": "string",
        },
        "CreditAndRetractInvoiceNotFoundError": {
            "properties": {
                "error": {
                    "anyOf": [
                        {"$ref": "#/components/schemas/CreditAndRetractInvoiceNotFoundErrorCode"},
                        {"type": "string"},
                    ]
                }
            },
            "required": ["error"],
            "type": "object",
        },
        "CreditAndRetractInvoiceNotFoundErrorCode": {"enum": ["invalid_invoice_id"], "type": "string"},
        "CreditAndRetractInvoiceUnprocessableError": {
            "properties": {
                "error": {
                    "anyOf": [
                        {"$ref": "#/components/schemas/CreditAndRetractInvoiceUnprocessableErrorCode"},
                        {"type": "string"},
                    ]
                }
            },
            "required": ["error"],
            "type": "object",
        },
        "CreditAndRetractInvoiceUnprocessableErrorCode": {
            "enum": [
                "invalid_external_invoice_number",
                "invalid_description",
                "already_retracted",
                "payment_in_progress",
                "invalid_content_type",
                "invalid_request",
            ],
            "type": "string",
        },
        "Currency": {"enum": ["EUR", "GBP", "CHF"], "type": "string"},
        "Customer": {
            "properties": {
                "address": {"$ref": "#/components/schemas/CustomerAddress"},
                "email": {"$ref": "#/components/schemas/CustomerEmail"},
                "name": {"$ref": "#/components/schemas/CustomerName"},
                "phone": {"$ref": "#/components/schemas/CustomerPhone"},
            },
            "required": ["name", "address", "email", "phone"],
            "type": "object",
        },
        "CustomerAddress": {
            "properties": {
                "address1": {"type": ["string", "null"]},
                "address2": {"type": ["string", "null"]},
                "city": {"type": ["string", "null"]},
                "country_code": {"type": ["string", "null"]},
                "house_number": {"type": ["string", "null"]},
                "house_number_extension": {"type": ["string", "null"]},
                "locality": {"type": ["string", "null"]},
                "state": {"type": ["string", "null"]},
                "zipcode": {"type": ["string", "null"]},
            },
            "required": [
                "address1",
                "address2",
                "locality",
                "house_number",
                "state",
                "zipcode",
                "city",
                "country_code",
            ],
            "type": "object",
        },
        "CustomerEmail": {
            "properties": {
                "email_address": {
                    "anyOf": [{"format": "email", "type": "string"}, {"type": "string"}, {"type": "null"}]
                }
            },
            "required": ["email_address"],
            "type": "object",
        },
        "CustomerName": {
            "properties": {
                "first_name": {"type": ["string", "null"]},
                "infix": {"type": ["string", "null"]},
                "last_name": {"type": "string"},
                "organization": {"type": ["string", "null"]},
                "prefix": {"type": ["string", "null"]},
            },
            "required": ["prefix", "first_name", "infix", "last_name", "organization"],
            "type": "object",
        },
        "CustomerPhone": {
            "properties": {"country_code": {"type": ["string", "null"]}, "phone_number": {"type": ["string", "null"]}},
            "required": ["phone_number", "country_code"],
            "type": "object",
        },
        "DeleteImportNotFoundError": {
            "properties": {
                "error": {"anyOf": [{"$ref": "#/components/schemas/DeleteImportNotFoundErrorCode"}, {"type": "string"}]}
            },
            "required": ["error"],
            "type": "object",
        },
        "DeleteImportNotFoundErrorCode": {"enum": ["invalid_import_id"], "type": "string"},
        "DeleteImportUnprocessableError": {
            "properties": {
                "error": {
                    "anyOf": [{"$ref": "#/components/schemas/DeleteImportUnprocessableErrorCode"}, {"type": "string"}]
                }
            },
            "required": ["error"],
            "type": "object",
        },
        "DeleteImportUnprocessableErrorCode": {"enum": ["import_already_transmitted"], "type": "string"},
        "DeleteInvoiceNotFoundError": {
            "properties": {
                "error": {
                    "anyOf": [{"$ref": "#/components/schemas/DeleteInvoiceNotFoundErrorCode"}, {"type": "string"}]
                }
            },
            "required": ["error"],
            "type": "object",
        },
        "DeleteInvoiceNotFoundErrorCode": {"enum": ["invalid_invoice_id"], "type": "string"},
        "DeleteInvoiceUnprocessableError": {
            "properties": {
                "error": {
                    "anyOf": [{"$ref": "#/components/schemas/DeleteInvoiceUnprocessableErrorCode"}, {"type": "string"}]
                }
            },
            "required": ["error"],
            "type": "object",
        },
        "DeleteInvoiceUnprocessableErrorCode": {"enum": ["invoice_already_transmitted"], "type": "string"},
        "GetCompanyNotFoundError": {
            "properties": {
                "errors": {"anyOf": [{"$ref": "#/components/schemas/GetCompanyNotFoundErrorCode"}, {"type": "string"}]}
            },
            "required": ["errors"],
            "type": "object",
        },
        "GetCompanyNotFoundErrorCode": {"enum": ["not_found"], "type": "string"},
        "GetImportNotFoundError": {
            "properties": {
                "errors": {"anyOf": [{"$ref": "#/components/schemas/GetImportNotFoundErrorCode"}, {"type": "string"}]}
            },
            "required": ["errors"],
            "type": "object",
        },
        "GetImportNotFoundErrorCode": {"enum": ["invalid_import_id"], "type": "string"},
        "GetInvoiceNotFoundError": {
            "properties": {
                "error": {"anyOf": [{"$ref": "#/components/schemas/GetInvoiceNotFoundErrorCode"}, {"type": "string"}]}
            },
            "required": ["error"],
            "type": "object",
        },
        "GetInvoiceNotFoundErrorCode": {"enum": ["invalid_invoice_id"], "type": "string"},
        "GetPaymentUnprocessableError": {
            "properties": {
                "company_id": {"type": ["string", "null"]},
                "error_code": {
                    "anyOf": [{"$ref": "#/components/schemas/GetPaymentUnprocessableErrorCode"}, {"type": "string"}]
                },
                "error_details": {"$ref": "#/components/schemas/PaymentErrorDetails"},
            },
            "required": ["company_id", "error_code", "error_details"],
            "type": "object",
        },
        "GetPaymentUnprocessableErrorCode": {"enum": ["invalid_params"], "type": "string"},
        "Import": {
            "properties": {
                "company_id": {"$ref": "#/components/schemas/ServerId"},
                "expected_invoices_count": {"format": "int32", "type": ["integer", "null"]},
                "import_id": {"$ref": "#/components/schemas/ServerId"},
                "invoice_ids": {"items": {"$ref": "#/components/schemas/ServerId"}, "type": "array"},
                "prepaid_amount_cents": {"format": "int64", "type": "integer"},
                "prepaid_amount_currency": {"anyOf": [{"$ref": "#/components/schemas/Currency"}, {"type": "string"}]},
                "settled_amount_cents": {"format": "int64", "type": "integer"},
                "settled_amount_currency": {"anyOf": [{"$ref": "#/components/schemas/Currency"}, {"type": "string"}]},
                "title": {"type": ["string", "null"]},
                "transmitted": {"type": "boolean"},
                "transmitted_at": {"format": "date-time", "type": ["string", "null"]},
            },
            "required": [
                "import_id",
                "title",
                "transmitted",
                "transmitted_at",
                "prepaid_amount_cents",
                "prepaid_amount_currency",
                "settled_amount_cents",
                "settled_amount_currency",
                "invoice_ids",
            ],
            "type": "object",
        },
        "InvalidJsonError": {
            "properties": {
                "error": {"anyOf": [{"$ref": "#/components/schemas/InvalidJsonErrorCode"}, {"type": "string"}]}
            },
            "required": ["error"],
            "type": "object",
        },
        "InvalidJsonErrorCode": {"enum": ["invalid_json"], "type": "string"},
        "Invoice": {
            "properties": {
                "amount_total_cents": {"format": "int64", "type": "integer"},
                "club_membership_number": {"type": ["string", "null"]},
                "customer": {"$ref": "#/components/schemas/Customer"},
                "direct_debit_iban": {"type": ["string", "null"]},
                "external_invoice_number": {"type": ["string", "null"]},
                "external_membership_number": {"type": ["string", "null"]},
                "federation_membership_number": {"type": ["string", "null"]},
                "import_id": {"$ref": "#/components/schemas/ServerId"},
                "invoice_id": {"$ref": "#/components/schemas/ServerId", "x-default-from-path": "invoice_id"},
                "invoice_lines": {"items": {"$ref": "#/components/schemas/InvoiceLine"}, "type": "array"},
                "invoice_number": {"type": ["string", "null"]},
                "locale": {"anyOf": [{"$ref": "#/components/schemas/Locale"}, {"type": "string"}, {"type": "null"}]},
                "member_external_id": {"type": ["string", "null"]},
                "messages": {"items": {"$ref": "#/components/schemas/Message"}, "type": "array"},
                "reference": {"type": ["string", "null"]},
                "retracted_at": {"format": "date-time", "type": ["string", "null"]},
                "retraction_reason": {"type": ["string", "null"]},
                "show_retraction_reason_to_customer": {"type": "boolean"},
                "tickets": {"items": {"$ref": "#/components/schemas/Ticket"}, "type": "array"},
            },
            "required": [
                "import_id",
                "external_invoice_number",
                "reference",
                "invoice_number",
                "direct_debit_iban",
                "federation_membership_number",
                "club_membership_number",
                "member_external_id",
                "external_membership_number",
                "customer",
                "invoice_lines",
                "amount_total_cents",
                "messages",
                "tickets",
            ],
            "type": "object",
        },
        "InvoiceLine": {
            "properties": {
                "amount_cents": {"format": "int32", "type": "integer"},
                "date": {"format": "date-time", "type": "string"},
                "description": {"type": ["string", "null"]},
                "invoice_line_id": {"type": "string"},
                "payment_method": {
                    "anyOf": [{"$ref": "#/components/schemas/PaymentMethod"}, {"type": "string"}, {"type": "null"}]
                },
                "subtype": {
                    "anyOf": [{"$ref": "#/components/schemas/LineSubtype"}, {"type": "string"}, {"type": "null"}]
                },
                "type": {"anyOf": [{"$ref": "#/components/schemas/LineType"}, {"type": "string"}]},
            },
            "required": ["invoice_line_id", "amount_cents", "description", "date"],
            "type": "object",
        },
        "InvoiceLines": {
            "properties": {
                "amount_total_cents": {"format": "int64", "type": "integer"},
                "import_id": {"$ref": "#/components/schemas/ServerId"},
                "invoice_id": {"$ref": "#/components/schemas/ServerId"},
                "invoice_lines": {"items": {"$ref": "#/components/schemas/InvoiceLine"}, "type": "array"},
            },
            "required": ["import_id", "invoice_id", "invoice_lines", "amount_total_cents"],
            "type": "object",
        },
        "InvoiceTickets": {
            "properties": {"tickets": {"items": {"$ref": "#/components/schemas/Ticket"}, "type": "array"}},
            "required": ["tickets"],
            "type": "object",
        },
        "LineSubtype": {"enum": ["DONATION", "donation", "SURCHARGE", "ADMINISTRATIVE_FEE", "jsf"], "type": "string"},
        "LineType": {
            "enum": [
                "INVOICE-LINE",
                "CREDIT-LINE",
                "PAYMENT-LINE",
                "CHARGEBACK-LINE",
                "CHARGEBACK-FEE-LINE",
                "CHARGEBACK-FEE-PAYMENT-LINE",
                "LATE-PAYMENT-FEE-LINE",
                "LATE-PAYMENT-FEE-PAYMENT-LINE",
                "INSTALLMENT-FEE-LINE",
                "INSTALLMENT-FEE-PAYMENT-LINE",
                "INSTALLMENT-FEE",
                "CHARGEBACK-FEE",
                "LATE-PAYMENT-FEE",
                "PAYMENT",
                "JEUGDFONDS",
                "PAYMENT-INSTALLMENT-FEE",
                "PAYMENT-CHARGEBACK-FEE",
                "PAYMENT-LATE-PAYMENT-FEE",
                "PAYMENT-PENALTY-FEE",
                "CHARGEBACK",
                "CHARGEBACK-INSTALLMENT-FEE",
                "CHARGEBACK-LATE-PAYMENT-FEE",
                "CHARGEBACK-CHARGEBACK-FEE",
                "CHARGEBACK-PENALTY-FEE",
                "CREDIT-CHARGEBACK-FEE",
                "CREDIT-INSTALLMENT-FEE",
                "CREDIT-LATE-PAYMENT-FEE",
                "CREDIT-PENALTY-FEE",
            ],
            "type": "string",
        },
        "ListCompanyImportsNotFoundError": {
            "properties": {
                "error": {
                    "anyOf": [{"$ref": "#/components/schemas/ListCompanyImportsNotFoundErrorCode"}, {"type": "string"}]
                }
            },
            "required": ["error"],
            "type": "object",
        },
        "ListCompanyImportsNotFoundErrorCode": {"enum": ["not_found"], "type": "string"},
        "ListCompanyImportsUnprocessableError": {
            "properties": {
                "error": {
                    "anyOf": [
                        {"$ref": "#/components/schemas/ListCompanyImportsUnprocessableErrorCode"},
                        {"type": "string"},
                    ]
                }
            },
            "required": ["error"],
            "type": "object",
        },
        "ListCompanyImportsUnprocessableErrorCode": {"enum": ["invalid_request"], "type": "string"},
        "ListCompanyTicketsNotFoundError": {
            "properties": {
                "error": {
                    "anyOf": [{"$ref": "#/components/schemas/ListCompanyTicketsNotFoundErrorCode"}, {"type": "string"}]
                }
            },
            "required": ["error"],
            "type": "object",
        },
        "ListCompanyTicketsNotFoundErrorCode": {"enum": ["not_found"], "type": "string"},
        "ListCompanyTicketsUnprocessableError": {
            "properties": {
                "error": {
                    "anyOf": [
                        {"$ref": "#/components/schemas/ListCompanyTicketsUnprocessableErrorCode"},
                        {"type": "string"},
                    ]
                }
            },
            "required": ["error"],
            "type": "object",
        },
        "ListCompanyTicketsUnprocessableErrorCode": {"enum": ["invalid_action", "invalid_request"], "type": "string"},
        "ListInvoiceLinesNotFoundError": {
            "properties": {
                "error": {
                    "anyOf": [{"$ref": "#/components/schemas/ListInvoiceLinesNotFoundErrorCode"}, {"type": "string"}]
                }
            },
            "required": ["error"],
            "type": "object",
        },
        "ListInvoiceLinesNotFoundErrorCode": {"enum": ["invalid_invoice_id"], "type": "string"},
        "ListInvoiceTicketsNotFoundError": {
            "properties": {
                "error": {
                    "anyOf": [{"$ref": "#/components/schemas/ListInvoiceTicketsNotFoundErrorCode"}, {"type": "string"}]
                }
            },
            "required": ["error"],
            "type": "object",
        },
        "ListInvoiceTicketsNotFoundErrorCode": {"enum": ["invalid_invoice_id"], "type": "string"},
        "ListPaymentNotificationsUnprocessableError": {
            "properties": {
                "company_id": {"type": ["string", "null"]},
                "error_code": {
                    "anyOf": [
                        {"$ref": "#/components/schemas/ListPaymentNotificationsUnprocessableErrorCode"},
                        {"type": "string"},
                    ]
                },
                "error_details": {"$ref": "#/components/schemas/PaymentErrorDetails"},
            },
            "required": ["company_id", "error_code", "error_details"],
            "type": "object",
        },
        "ListPaymentNotificationsUnprocessableErrorCode": {"enum": ["invalid_params"], "type": "string"},
        "Locale": {"enum": ["de", "en", "fr", "it", "nl"], "type": "string"},
        "Message": {
            "properties": {
                "date": {"format": "date-time", "type": "string"},
                "description": {"type": ["string", "null"]},
                "message_id": {"$ref": "#/components/schemas/ServerId"},
                "type": {"anyOf": [{"$ref": "#/components/schemas/MessageType"}, {"type": "string"}]},
            },
            "required": ["message_id", "type", "description", "date"],
            "type": "object",
        },
        "MessageType": {"enum": ["EMAIL", "SMS", "LETTER"], "type": "string"},
        "Page": {
            "properties": {
                "page_number": {"type": "integer"},
                "page_size": {"format": "int32", "type": "integer"},
                "total_entries": {"format": "int64", "type": "integer"},
                "total_pages": {"format": "int64", "type": "integer"},
            },
            "required": ["page_number", "total_pages"],
            "type": "object",
        },
        "PaymentErrorDetails": {"type": "string"},
        "PaymentId": {"type": "string"},
        "PaymentMethod": {
            "enum": [
                "ideal",
                "sdd",
                "bank_transfer",
                "credit_card",
                "bancontact",
                "bacs",
                "sofort",
                "paypal",
                "external",
            ],
            "type": "string",
        },
        "PaymentResult": {"enum": ["authorized", "cancelled", "pending", "refused", "error"], "type": "string"},
        "PaymentStatus": {
            "properties": {
                "company_id": {"$ref": "#/components/schemas/ServerId"},
                "created_at": {"format": "date-time", "type": "string"},
                "external_invoice_number": {"type": ["string", "null"]},
                "invoice_id": {"anyOf": [{"$ref": "#/components/schemas/ServerId"}, {"type": "string"}]},
                "payment_id": {"$ref": "#/components/schemas/PaymentId"},
                "payment_method": {"anyOf": [{"$ref": "#/components/schemas/PaymentMethod"}, {"type": "string"}]},
                "payment_result": {"anyOf": [{"$ref": "#/components/schemas/PaymentResult"}, {"type": "string"}]},
                "updated_at": {"format": "date-time", "type": "string"},
            },
            "required": [
                "company_id",
                "invoice_id",
                "payment_id",
                "payment_method",
                "payment_result",
                "external_invoice_number",
                "created_at",
                "updated_at",
            ],
            "type": "object",
        },
        "RequestTooLargeError": {
            "properties": {
                "error": {"anyOf": [{"$ref": "#/components/schemas/RequestTooLargeErrorCode"}, {"type": "string"}]}
            },
            "required": ["error"],
            "type": "object",
        },
        "RequestTooLargeErrorCode": {"enum": ["request_too_large"], "type": "string"},
        "ServerId": {"type": "string"},
        "StartPaymentUnprocessableError": {
            "properties": {
                "company_id": {"type": ["string", "null"]},
                "error_code": {
                    "anyOf": [{"$ref": "#/components/schemas/StartPaymentUnprocessableErrorCode"}, {"type": "string"}]
                },
                "error_details": {"$ref": "#/components/schemas/PaymentErrorDetails"},
                "payment_method": {"type": "string"},
            },
            "required": ["company_id", "payment_method", "error_code", "error_details"],
            "type": "object",
        },
        "StartPaymentUnprocessableErrorCode": {"enum": ["unprocessable_entity"], "type": "string"},
        "Ticket": {
            "properties": {
                "date": {"format": "date-time", "type": "string"},
                "message": {"type": "string"},
                "sender": {"anyOf": [{"$ref": "#/components/schemas/TicketSender"}, {"type": "string"}]},
                "ticket_id": {"$ref": "#/components/schemas/ServerId"},
            },
            "required": ["ticket_id", "message", "sender", "date"],
            "type": "object",
        },
        "TicketSender": {"enum": ["CUSTOMER", "COMPANY"], "type": "string"},
        "TransmitImportNotFoundError": {
            "properties": {
                "error": {
                    "anyOf": [{"$ref": "#/components/schemas/TransmitImportNotFoundErrorCode"}, {"type": "string"}]
                }
            },
            "required": ["error"],
            "type": "object",
        },
        "TransmitImportNotFoundErrorCode": {"enum": ["invalid_import_id"], "type": "string"},
        "TransmitImportUnprocessableError": {
            "properties": {
                "error": {
                    "anyOf": [{"$ref": "#/components/schemas/TransmitImportUnprocessableErrorCode"}, {"type": "string"}]
                }
            },
            "required": ["error"],
            "type": "object",
        },
        "TransmitImportUnprocessableErrorCode": {"enum": ["import_already_transmitted"], "type": "string"},
        "UnauthorizedError": {
            "properties": {
                "error": {"anyOf": [{"$ref": "#/components/schemas/UnauthorizedErrorCode"}, {"type": "string"}]}
            },
            "required": ["error"],
            "type": "object",
        },
        "UnauthorizedErrorCode": {"enum": ["unauthorized"], "type": "string"},
        "UpdateCompanyNotFoundError": {
            "properties": {
                "error": {
                    "anyOf": [{"$ref": "#/components/schemas/UpdateCompanyNotFoundErrorCode"}, {"type": "string"}]
                }
            },
            "required": ["error"],
            "type": "object",
        },
        "UpdateCompanyNotFoundErrorCode": {"enum": ["not_found"], "type": "string"},
        "UpdateCompanyUnprocessableError": {
            "properties": {
                "error": {
                    "anyOf": [{"$ref": "#/components/schemas/UpdateCompanyUnprocessableErrorCode"}, {"type": "string"}]
                }
            },
            "required": ["error"],
            "type": "object",
        },
        "UpdateCompanyUnprocessableErrorCode": {"enum": ["invalid_request", "invalid_content_type"], "type": "string"},
        "UpdateImportNotFoundError": {
            "properties": {
                "error": {"anyOf": [{"$ref": "#/components/schemas/UpdateImportNotFoundErrorCode"}, {"type": "string"}]}
            },
            "required": ["error"],
            "type": "object",
        },
        "UpdateImportNotFoundErrorCode": {"enum": ["invalid_import_id", "invalid_company_id"], "type": "string"},
        "UpdateImportUnprocessableError": {
            "properties": {
                "error": {
                    "anyOf": [{"$ref": "#/components/schemas/UpdateImportUnprocessableErrorCode"}, {"type": "string"}]
                }
            },
            "required": ["error"],
            "type": "object",
        },
        "UpdateImportUnprocessableErrorCode": {
            "enum": ["import_already_transmitted", "invalid_request", "invalid_content_type"],
            "type": "string",
        },
        "UpdateInvoiceNotFoundError": {
            "properties": {
                "error": {
                    "anyOf": [{"$ref": "#/components/schemas/UpdateInvoiceNotFoundErrorCode"}, {"type": "string"}]
                }
            },
            "required": ["error"],
            "type": "object",
        },
        "UpdateInvoiceNotFoundErrorCode": {"enum": ["invalid_invoice_id"], "type": "string"},
        "UpdateInvoiceUnprocessableError": {
            "properties": {
                "error": {
                    "anyOf": [{"$ref": "#/components/schemas/UpdateInvoiceUnprocessableErrorCode"}, {"type": "string"}]
                }
            },
            "required": ["error"],
            "type": "object",
        },
        "UpdateInvoiceUnprocessableErrorCode": {
            "enum": [
                "invalid_external_invoice_number",
                "invalid_customer_last_name",
                "invalid_customer_email",
                "invalid_customer_phone",
                "invalid_customer_address",
                "invalid_content_type",
                "invalid_request",
            ],
            "type": "string",
        },
    },
    paths={
        "archive_invoice_tickets": "/invoices/{invoice_id}/tickets/actions/archive",
        "assign_invoice_tickets_to_support": "/invoices/{invoice_id}/tickets/actions/assign_to_support",
        "create_company": "/companies",
        "create_import": "/imports",
        "create_invoice": "/invoices",
        "create_invoice_ticket": "/invoices/{invoice_id}/tickets",
        "credit_and_retract_invoice": "/invoices/{invoice_id}/credit_and_retract",
        "delete_import": "/imports/{import_id}",
        "delete_invoice": "/invoices/{invoice_id}",
        "get_company": "/companies/{company_id}",
        "get_import": "/imports/{import_id}",
        "get_invoice": "/invoices/{invoice_id}",
        "get_payment": "/payments/{payment_id}",
        "list_company_imports": "/companies/{company_id}/imports",
        "list_company_tickets": "/companies/{company_id}/tickets/{status}",
        "list_invoice_lines": "/invoices/{invoice_id}/lines",
        "list_invoice_tickets": "/invoices/{invoice_id}/tickets",
        "list_payment_notifications": "/payments/notifications",
        "start_bancontact_payment": "/payments/bancontact",
        "start_credit_card_payment": "/payments/credit_card",
        "start_ideal_payment": "/payments/ideal",
        "start_paypal_payment": "/payments/paypal",
        "start_sofort_payment": "/payments/sofort",
        "transmit_import": "/imports/{import_id}/transmit",
        "update_company": "/companies/{company_id}",
        "update_import": "/imports/{import_id}",
        "update_invoice": "/invoices/{invoice_id}",
    },
)
