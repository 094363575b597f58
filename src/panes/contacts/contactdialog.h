// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "contact.h"
#include "contactinput.h"

#include <QDialog>
#include <QMap>

#include <memory>
#include <optional>

namespace Ui {
class ContactDialog;
}
class ContactsApi;
class PhoneNormalizer;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

// Creates a contact, or edits one. Phone and e-mail are checked before anything is sent
// (the phone formatted as it is typed and sent as E.164); the server's 422 messages appear
// under their fields; the dialog stays open with everything typed on any failure.
class ContactDialog final : public QDialog
{
    Q_OBJECT

public:
    // contact.id == 0 creates.
    ContactDialog(ContactsApi &api, const PhoneNormalizer &phones, const Contact &contact,
        QWidget *parent = nullptr);
    ~ContactDialog() override;

    Contact saved() const { return m_saved; }
    QString fieldError(const QString &field) const;
    void save();

Q_SIGNALS:
    void contactSaved(const Contact &contact);

private:
    void formatPhone();
    void showErrors(const QMap<QString, QString> &errors);
    void clearErrors();
    void addFieldRow();
    // After a create whose outcome is unknown: found, the dialog closes as saved; not
    // found, Save may be pressed again; the look failing turns Save into "Check again".
    void checkUnconfirmed(const ContactInput &input, const ApiError &cause);
    void setSaveText(bool checkAgain);

    std::unique_ptr<Ui::ContactDialog> m_ui;
    ContactsApi &m_api;
    const PhoneNormalizer &m_phones;
    Contact m_contact;
    Contact m_saved;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QComboBox *m_channel;
    QLineEdit *m_tags;
    QTableWidget *m_fields;
    QLabel *m_generalError;
    QDialogButtonBox *m_buttons;
    QMap<QString, QLabel *> m_errorLabels;
    bool m_saving = false;
    std::optional<ContactInput> m_unconfirmed; // a create to look for before saving again
};
