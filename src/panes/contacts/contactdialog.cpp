// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactdialog.h"

#include "apierrortext.h"
#include "channelsmodel.h"
#include "contactdraft.h"
#include "contactsapi.h"
#include "phonenormalizer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QLabel *makeErrorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b02020;"));
    label->hide();
    return label;
}

} // namespace

ContactDialog::ContactDialog(ContactsApi &api, const PhoneNormalizer &phones, const Contact &contact,
    QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_phones(phones)
    , m_contact(contact)
{
    setWindowTitle(contact.id ? tr("Edit %1").arg(contact.name) : tr("New contact"));
    auto *form = new QFormLayout;
    m_name = new QLineEdit(contact.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_phone = new QLineEdit(contact.phone, this);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setPlaceholderText(tr("e.g. +971 50 123 4567"));
    // Numbers are typed and read left to right in Arabic too.
    m_phone->setLayoutDirection(Qt::LeftToRight);
    m_email = new QLineEdit(contact.email, this);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setLayoutDirection(Qt::LeftToRight);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channel"));
    m_channel->addItem(tr("(none)"), QString());
    for (const char *code : {"whatsapp", "instagram", "messenger", "telegram", "sms", "email", "webchat"}) {
        const QString c = QLatin1String(code);
        m_channel->addItem(ChannelsModel::channelName(c), c);
    }
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(contact.channel)));
    m_tags = new QLineEdit(contact.tags.join(QStringLiteral(", ")), this);
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setPlaceholderText(tr("Separate tags with commas"));
    m_fields = new QTableWidget(0, 2, this);
    m_fields->setObjectName(QStringLiteral("customFields"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->verticalHeader()->hide();
    for (auto it = contact.customFields.constBegin(); it != contact.customFields.constEnd(); ++it) {
        const int row = m_fields->rowCount();
        m_fields->insertRow(row);
        m_fields->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_fields->setItem(row, 1, new QTableWidgetItem(it.value().toVariant().toString()));
    }
    auto *addField = new QPushButton(tr("Add field"), this);
    connect(addField, &QPushButton::clicked, this, &ContactDialog::addFieldRow);

    const auto addRow = [this, form](const QString &label, QWidget *field, const QString &key) {
        auto *box = new QVBoxLayout;
        box->setContentsMargins(0, 0, 0, 0);
        box->addWidget(field);
        QLabel *error = makeErrorLabel(this, key + QStringLiteral("Error"));
        box->addWidget(error);
        m_errorLabels.insert(key, error);
        auto *caption = new QLabel(label, this);
        caption->setBuddy(field);
        form->addRow(caption, box);
    };
    addRow(tr("&Name"), m_name, QStringLiteral("name"));
    addRow(tr("&Phone"), m_phone, QStringLiteral("phone"));
    addRow(tr("&E-mail"), m_email, QStringLiteral("email"));
    addRow(tr("C&hannel"), m_channel, QStringLiteral("channel"));
    addRow(tr("&Tags"), m_tags, QStringLiteral("tags"));
    addRow(tr("Custom fields"), m_fields, QStringLiteral("custom_fields"));
    form->addRow(QString(), addField);

    m_generalError = makeErrorLabel(this, QStringLiteral("generalError"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save (Ctrl+S)"));
    m_buttons->button(QDialogButtonBox::Save)->setShortcut(QKeySequence::Save);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContactDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_phone, &QLineEdit::textEdited, this, &ContactDialog::formatPhone);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addWidget(m_buttons);
    resize(480, sizeHint().height());
}

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

QJsonObject ContactDialog::customFields() const
{
    QJsonObject fields;
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        const QTableWidgetItem *key = m_fields->item(row, 0);
        const QTableWidgetItem *value = m_fields->item(row, 1);
        if (key && !key->text().trimmed().isEmpty())
            fields.insert(key->text().trimmed(), value ? value->text() : QString());
    }
    return fields;
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
    clearErrors();
    ContactDraft draft;
    draft.name = m_name->text();
    draft.phone = m_phone->text();
    draft.email = m_email->text();
    draft.channel = m_channel->currentData().toString();
    draft.tags = m_tags->text();
    draft.customFields = customFields();
    const ContactDraft::Checked checked = draft.validate(m_phones);
    if (!checked.ok()) {
        showErrors(checked.errors);
        return;
    }
    m_saving = true;
    m_buttons->setEnabled(false);
    const auto done = [this](const ApiResult<Contact> &result) {
        m_saving = false;
        m_buttons->setEnabled(true);
        if (!result) {
            QMap<QString, QString> errors;
            const ApiError &error = result.error();
            for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it)
                errors.insert(it.key(), it.value().join(QLatin1Char(' ')));
            if (errors.isEmpty())
                errors.insert(QString(), userMessage(error));
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
