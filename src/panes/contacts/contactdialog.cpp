// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactdialog.h"
#include "plaintextwidgets.h"
#include "ui_contactdialog.h"

#include "apierrortext.h"
#include "channelsmodel.h"
#include "contactdraft.h"
#include "contactlookup.h"
#include "contactsapi.h"
#include "customfieldstable.h"
#include "writeoutcome.h"
#include "phonenormalizer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

ContactDialog::ContactDialog(ContactsApi &api, const PhoneNormalizer &phones, const Contact &contact,
    QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ContactDialog>())
    , m_api(api)
    , m_phones(phones)
    , m_contact(contact)
{
    m_ui->setupUi(this);
    setWindowTitle(contact.id ? tr("Edit %1").arg(contact.name) : tr("New contact"));
    m_name = m_ui->name;
    m_phone = m_ui->phone;
    m_email = m_ui->email;
    m_channel = m_ui->channel;
    m_tags = m_ui->tags;
    m_fields = m_ui->customFields;
    m_generalError = m_ui->generalError;
    m_buttons = m_ui->buttons;
    m_errorLabels = {{QStringLiteral("name"), m_ui->nameError}, {QStringLiteral("phone"), m_ui->phoneError},
        {QStringLiteral("email"), m_ui->emailError}, {QStringLiteral("channel"), m_ui->channelError},
        {QStringLiteral("tags"), m_ui->tagsError}, {QStringLiteral("custom_fields"), m_ui->custom_fieldsError}};
    clearErrors();

    m_name->setText(contact.name);
    m_phone->setText(contact.phone);
    m_phone->setPlaceholderText(tr("e.g. +971 50 123 4567"));
    // Numbers and addresses are typed and read left to right in Arabic too.
    m_phone->setLayoutDirection(Qt::LeftToRight);
    m_email->setText(contact.email);
    m_email->setLayoutDirection(Qt::LeftToRight);
    m_channel->addItem(tr("(none)"), QString());
    for (const QString &c : ChannelsModel::knownCodes())
        m_channel->addItem(ChannelsModel::channelName(c), c);
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(contact.channel)));
    m_tags->setText(contact.tags.join(QStringLiteral(", ")));
    m_tags->setPlaceholderText(tr("Separate tags with commas"));
    CustomFieldsTable::fill(m_fields, contact.customFields);
    connect(m_ui->addFieldButton, &QPushButton::clicked, this, &ContactDialog::addFieldRow);

    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setShortcut(QKeySequence::Save);
    save->setToolTip(tr("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContactDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_phone, &QLineEdit::textEdited, this, &ContactDialog::formatPhone);
    // Names, notes and server texts land in these labels: they show as typed.
    PlainText::lockLabels(this);
}

ContactDialog::~ContactDialog() = default;

void ContactDialog::addFieldRow()
{
    const int row = m_fields->rowCount();
    m_fields->insertRow(row);
    m_fields->setCurrentCell(row, 0);
    m_fields->editItem(m_fields->item(row, 0));
}

void ContactDialog::formatPhone()
{
    // Only while typing at the end: reformatting mid-edit would move the cursor under
    // the user's fingers. International numbers only, as the region's format would
    // rewrite a number meant for elsewhere.
    if (m_phone->cursorPosition() != m_phone->text().size())
        return;
    const QString text = PhoneNormalizer::toAsciiDigits(m_phone->text());
    if (!text.trimmed().startsWith(QLatin1Char('+')))
        return;
    const QString formatted = m_phones.formatAsYouType(text);
    if (!formatted.isEmpty() && formatted != m_phone->text())
        m_phone->setText(formatted);
}

QString ContactDialog::fieldError(const QString &field) const
{
    const QLabel *label = m_errorLabels.value(field);
    if (label)
        return label->isHidden() ? QString() : label->text();
    return m_generalError->isHidden() ? QString() : m_generalError->text();
}

void ContactDialog::clearErrors()
{
    for (QLabel *label : std::as_const(m_errorLabels))
        label->hide();
    m_generalError->hide();
}

void ContactDialog::showErrors(const QMap<QString, QString> &errors)
{
    QWidget *first = nullptr;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        QLabel *label = m_errorLabels.value(it.key());
        if (!label) {
            m_generalError->setText(it.value());
            m_generalError->show();
            continue;
        }
        label->setText(it.value());
        label->show();
        if (!first) {
            if (it.key() == QLatin1String("phone"))
                first = m_phone;
            else if (it.key() == QLatin1String("email"))
                first = m_email;
            else if (it.key() == QLatin1String("name"))
                first = m_name;
        }
    }
    if (first)
        first->setFocus();
}

void ContactDialog::save()
{
    if (m_saving)
        return;
    if (m_unconfirmed) {
        // The last Save may have worked: look for it before creating a second contact.
        checkUnconfirmed(*m_unconfirmed, ApiError(ApiError::Kind::Timeout));
        return;
    }
    clearErrors();
    ContactDraft draft;
    draft.name = m_name->text();
    draft.phone = m_phone->text();
    draft.email = m_email->text();
    draft.channel = m_channel->currentData().toString();
    draft.tags = m_tags->text();
    draft.customFields = CustomFieldsTable::read(m_fields, m_contact.customFields);
    const ContactDraft::Checked checked = draft.validate(m_phones);
    if (!checked.ok()) {
        showErrors(checked.errors);
        return;
    }
    m_saving = true;
    m_buttons->setEnabled(false);
    const bool creating = m_contact.id == 0;
    const ContactInput input = checked.input;
    const auto done = [this, creating, input](const ApiResult<Contact> &result) {
        m_saving = false;
        m_buttons->setEnabled(true);
        const WriteOutcome outcome = WriteOutcome::of(result);
        if (creating && outcome.isUnknown()) {
            checkUnconfirmed(input, outcome.error());
            return;
        }
        if (!result) {
            QMap<QString, QString> errors = fieldMessages(result.error());
            if (errors.isEmpty())
                errors.insert(QString(), userMessage(result.error()));
            showErrors(errors);
            return;
        }
        m_saved = result.value();
        Q_EMIT contactSaved(m_saved);
        accept();
    };
    if (m_contact.id)
        m_api.update(m_contact.id, checked.input, this, done);
    else
        m_api.create(checked.input, this, done);
}

void ContactDialog::checkUnconfirmed(const ContactInput &input, const ApiError &cause)
{
    clearErrors();
    showErrors({ { QString(), tr("The server did not confirm the contact. Checking whether it was saved…") } });
    m_saving = true;
    m_buttons->setEnabled(false);
    ContactLookup::findCreated(m_api, input, this,
        [this, input, cause](const ApiResult<ContactLookup::Found> &found) {
            m_saving = false;
            m_buttons->setEnabled(true);
            clearErrors();
            if (found && found.value()) {
                m_unconfirmed.reset();
                m_saved = *found.value();
                Q_EMIT contactSaved(m_saved);
                accept();
                return;
            }
            if (found) {
                m_unconfirmed.reset();
                setSaveText(false);
                showErrors({ { QString(),
                    tr("%1 The contact was not saved. Press Save to try again.").arg(userMessage(cause)) } });
                return;
            }
            m_unconfirmed = input;
            setSaveText(true);
            showErrors({ { QString(),
                tr("%1 The contact could not be checked, so it may have been saved. Press Check "
                   "again before saving again.").arg(userMessage(found.error())) } });
        });
}

void ContactDialog::setSaveText(bool checkAgain)
{
    m_buttons->button(QDialogButtonBox::Save)->setText(checkAgain ? tr("&Check again") : tr("&Save"));
}
