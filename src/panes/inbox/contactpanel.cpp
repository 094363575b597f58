// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactpanel.h"

#include "apierrortext.h"
#include "channelsmodel.h"
#include "contactsapi.h"
#include "contacttagseditor.h"
#include "panenavigator.h"
#include "plaintextwidgets.h"
#include "ui_contactpanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

ContactPanel::ContactPanel(ContactsApi &api, PaneNavigator &navigator, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_navigator(navigator)
    , m_ui(std::make_unique<Ui::ContactPanel>())
{
    m_ui->setupUi(this);
    m_name = m_ui->contactName;
    m_tags = m_ui->contactTags;
    m_fields = m_ui->contactFields;
    m_error = m_ui->contactError;
    m_notes = m_ui->notesList;
    m_noteEdit = m_ui->noteEdit;
    m_addNote = m_ui->addNoteButton;
    m_blacklist = m_ui->blacklistButton;
    m_book = m_ui->bookButton;
    QFont bold = m_name->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_name->setFont(bold);
    m_error->hide();
    m_editTags = new QPushButton(tr("Edit tags and fields…"), this);
    m_editTags->setObjectName(QStringLiteral("editTagsButton"));
    m_editTags->setToolTip(tr("Change this contact's tags and custom fields here"));
    m_tagsEditor = new ContactTagsEditor(this);
    m_tagsEditor->hide();
    const int fieldsAt = m_ui->mainLayout->indexOf(m_fields);
    m_ui->mainLayout->insertWidget(fieldsAt + 1, m_editTags);
    m_ui->mainLayout->insertWidget(fieldsAt + 2, m_tagsEditor);
    connect(m_editTags, &QPushButton::clicked, this, &ContactPanel::editTags);
    connect(m_tagsEditor, &ContactTagsEditor::saveRequested, this, &ContactPanel::saveTags);
    connect(m_tagsEditor, &ContactTagsEditor::cancelled, this, [this] {
        m_tagsEditor->hide();
        m_editTags->show();
        m_editTags->setFocus(Qt::OtherFocusReason);
    });

    connect(m_addNote, &QPushButton::clicked, this, &ContactPanel::addNote);
    connect(m_noteEdit, &QLineEdit::returnPressed, this, &ContactPanel::addNote);
    connect(m_noteEdit, &QLineEdit::textChanged, this,
            [this] { m_addNote->setEnabled(m_loaded && !m_noteEdit->text().trimmed().isEmpty()); });
    connect(m_blacklist, &QPushButton::clicked, this, &ContactPanel::toggleBlacklist);
    connect(m_book, &QPushButton::clicked, this, [this] {
        if (m_loaded)
            m_navigator.bookAppointment(ContactRef{int(m_contact.id), m_contact.name});
    });
    setContact(0);
    // Names, notes and server texts land in these labels: they show as typed.
    PlainText::lockLabels(this);
}

ContactPanel::~ContactPanel() = default;

void ContactPanel::showDetails(const Contact &c)
{
    // Numbers and addresses read left to right even in Arabic.
    const QList<std::pair<QLabel *, QString>> rows{
        {m_ui->contactPhone, c.phone.isEmpty() ? QString() : QChar(0x200E) + c.phone},
        {m_ui->contactEmail, c.email.isEmpty() ? QString() : QChar(0x200E) + c.email},
        {m_ui->contactChannel, c.channel.isEmpty() ? QString() : ChannelsModel::channelName(c.channel)},
        {m_tags, c.tags.join(QStringLiteral(", "))},
    };
    for (const auto &[label, text] : rows) {
        // A left-to-right value (the mark above) would otherwise line up with the far
        // edge in Arabic, away from its label.
        const Qt::Alignment side = label->layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft;
        label->setAlignment(Qt::AlignAbsolute | Qt::AlignVCenter | side);
        label->setText(text);
        m_ui->detailsForm->setRowVisible(label, !text.isEmpty());
    }
}

void ContactPanel::setContact(qint64 contactId)
{
    ++m_generation;
    m_contactId = contactId;
    m_loaded = false;
    m_contact = Contact();
    m_name->setText(contactId > 0 ? tr("Loading…") : QString());
    showDetails(Contact());
    m_fields->clear();
    m_notes->clear();
    m_error->hide();
    m_blacklist->setText(tr("Blacklist…"));
    m_blacklist->setEnabled(false);
    m_book->setEnabled(false);
    m_book->setVisible(m_navigator.canBookAppointment());
    m_tagsEditor->hide();
    m_editTags->show();
    m_editTags->setEnabled(false);
    m_addNote->setEnabled(false);
    m_noteEdit->setEnabled(contactId > 0);
    if (contactId <= 0)
        return;
    const int generation = m_generation;
    m_api.get(contactId, this, [this, generation](const ApiResult<Contact> &result) {
        if (generation != m_generation)
            return;
        if (!result) {
            showError(tr("The contact could not be loaded. %1").arg(userMessage(result.error())));
            Q_EMIT failed(result.error());
            return;
        }
        showContact(result.value());
    });
    loadNotes();
}

void ContactPanel::showContact(const Contact &c)
{
    m_contact = c;
    m_loaded = true;
    m_name->setText(c.name);
    showDetails(c);
    QStringList fields;
    for (const CustomField &field : c.customFields)
        fields << tr("%1: %2").arg(field.name, field.toString());
    m_fields->setText(fields.join(QLatin1Char('\n')));
    m_blacklist->setText(c.isBlacklisted ? tr("Remove from blacklist…") : tr("Blacklist…"));
    m_blacklist->setEnabled(true);
    m_book->setEnabled(!c.isBlacklisted);
    m_editTags->setEnabled(true);
    m_addNote->setEnabled(!m_noteEdit->text().trimmed().isEmpty());
    Q_EMIT contactLoaded(c);
}

void ContactPanel::loadNotes()
{
    const int generation = m_generation;
    m_api.listNotes(m_contactId, PageRequest{1, 50}, this, [this, generation](const ApiResult<Page<Note>> &result) {
        if (generation != m_generation)
            return;
        if (!result) {
            showError(tr("Notes could not be loaded. %1").arg(userMessage(result.error())));
            return;
        }
        m_notes->clear();
        for (const Note &n : result.value().items) {
            const QString who = n.author ? n.author->name : tr("API");
            m_notes->addItem(tr("%1 (%2, %3)").arg(n.content, who,
                QLocale().toString(n.createdAt.toLocalTime().date(), QLocale::ShortFormat)));
        }
    });
}

void ContactPanel::addNote()
{
    const QString text = m_noteEdit->text().trimmed();
    if (!m_loaded || text.isEmpty() || m_busy)
        return;
    m_busy = true;
    m_addNote->setEnabled(false);
    const int generation = m_generation;
    m_api.addNote(m_contactId, text, this, [this, generation](const ApiResult<Note> &result) {
        m_busy = false;
        if (generation != m_generation)
            return;
        if (!result) {
            // The note stays in the field to try again.
            showError(tr("The note was not saved. %1").arg(userMessage(result.error())));
            m_addNote->setEnabled(true);
            return;
        }
        m_error->hide();
        m_noteEdit->clear();
        loadNotes();
        Q_EMIT noteAdded();
    });
}

void ContactPanel::editTags()
{
    if (!m_loaded)
        return;
    m_tagsEditor->edit(m_contact);
    m_editTags->hide();
    m_tagsEditor->show();
    m_tagsEditor->tagsEdit()->setFocus(Qt::OtherFocusReason);
}

void ContactPanel::saveTags()
{
    if (!m_loaded || m_busy || m_tagsEditor->isHidden())
        return;
    m_busy = true;
    m_tagsEditor->setBusy(true);
    m_tagsEditor->showError({});
    const int generation = m_generation;
    m_api.update(m_contactId, m_tagsEditor->input(), this, [this, generation](const ApiResult<Contact> &result) {
        m_busy = false;
        if (generation != m_generation)
            return;
        m_tagsEditor->setBusy(false);
        if (!result) {
            // What was typed stays in the editor to correct or try again.
            m_tagsEditor->showError(tr("The tags and fields were not saved. %1").arg(userMessage(result.error())));
            return;
        }
        m_tagsEditor->hide();
        m_editTags->show();
        showContact(result.value());
        m_editTags->setFocus(Qt::OtherFocusReason);
        Q_EMIT contactSaved(result.value());
    });
}

void ContactPanel::toggleBlacklist()
{
    if (!m_loaded || m_busy)
        return;
    const bool adding = !m_contact.isBlacklisted;
    const QString question = adding
        ? tr("Blacklist %1? You will not be able to send them messages.").arg(m_contact.name)
        : tr("Remove %1 from the blacklist?").arg(m_contact.name);
    if (!PlainText::askYes(this, adding ? tr("Blacklist contact") : tr("Remove from blacklist"), question))
        return;
    m_busy = true;
    m_blacklist->setEnabled(false);
    const int generation = m_generation;
    m_api.toggleBlacklist(m_contactId, this, [this, generation](const ApiResult<BlacklistState> &result) {
        m_busy = false;
        if (generation != m_generation)
            return;
        m_blacklist->setEnabled(true);
        if (!result) {
            showError(tr("The blacklist was not changed. %1").arg(userMessage(result.error())));
            return;
        }
        m_contact.isBlacklisted = result.value().isBlacklisted;
        showContact(m_contact);
        Q_EMIT blacklistChanged(m_contactId, m_contact.isBlacklisted);
    });
}

void ContactPanel::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}
