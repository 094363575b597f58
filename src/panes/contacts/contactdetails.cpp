// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactdetails.h"

#include "apierrortext.h"
#include "channelsmodel.h"
#include "notesmodel.h"
#include "plaintextwidgets.h"
#include "statuscolours.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ContactDetails::ContactDetails(ContactsApi &api, QWidget *parent)
    : QWidget(parent)
    , m_notes(new NotesModel(api, this))
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("contactTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("blacklistBanner"));
    m_banner->setText(tr("⛔ BLACKLISTED — messages from this contact are blocked"));
    // White text on the banner: the dark red whatever the theme.
    m_banner->setStyleSheet(
        QStringLiteral("background: %1; color: white; font-weight: bold; padding: 6px; border-radius: 3px;")
            .arg(StatusColours::errorOn(Qt::white).name()));
    m_banner->setWordWrap(true);
    // One labelled field per row, not one block of text: a screen reader reads "Phone,
    // +971 …" and the keyboard stops at each value (selectable, to copy it).
    m_fields = new QWidget(this);
    m_fields->setObjectName(QStringLiteral("contactFields"));
    m_form = new QFormLayout(m_fields);
    m_form->setContentsMargins(0, 0, 0, 0);

    const auto button = [this](const QString &text, const QString &name, const QKeySequence &key) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        if (!key.isEmpty()) {
            b->setShortcut(key);
            b->setToolTip(QStringLiteral("%1 (%2)").arg(b->text().remove(QLatin1Char('&')),
                key.toString(QKeySequence::NativeText)));
        }
        return b;
    };
    m_edit = button(tr("&Edit"), QStringLiteral("editButton"), QKeySequence(Qt::CTRL | Qt::Key_E));
    m_delete = button(tr("&Delete…"), QStringLiteral("deleteButton"), QKeySequence(QKeySequence::Delete));
    m_blacklist = button(tr("&Blacklist"), QStringLiteral("blacklistButton"), QKeySequence(Qt::CTRL | Qt::Key_B));
    m_conversation = button(tr("Open &conversation"), QStringLiteral("conversationButton"), QKeySequence(Qt::CTRL | Qt::Key_O));
    m_booking = button(tr("Book &appointment"), QStringLiteral("bookingButton"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_edit, &QPushButton::clicked, this, &ContactDetails::editRequested);
    connect(m_delete, &QPushButton::clicked, this, &ContactDetails::deleteRequested);
    connect(m_blacklist, &QPushButton::clicked, this, &ContactDetails::blacklistRequested);
    connect(m_conversation, &QPushButton::clicked, this, &ContactDetails::conversationRequested);
    connect(m_booking, &QPushButton::clicked, this, &ContactDetails::bookingRequested);

    m_noteList = new QListView(this);
    m_noteList->setObjectName(QStringLiteral("notesList"));
    m_noteList->setAccessibleName(tr("Notes"));
    m_noteList->setModel(m_notes);
    m_noteList->setWordWrap(true);
    m_noteList->setAlternatingRowColors(true);
    m_noteText = new QPlainTextEdit(this);
    m_noteText->setObjectName(QStringLiteral("noteText"));
    m_noteText->setAccessibleName(tr("New note"));
    m_noteText->setPlaceholderText(tr("Write a note only your team sees"));
    m_noteText->setMaximumHeight(70);
    m_addNote = button(tr("Add &note"), QStringLiteral("addNoteButton"), QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_noteError = new QLabel(this);
    m_noteError->setObjectName(QStringLiteral("noteError"));
    m_noteError->setStyleSheet(StatusColours::errorStyle(palette()));
    m_noteError->setWordWrap(true);
    m_noteError->hide();
    connect(m_addNote, &QPushButton::clicked, this, &ContactDetails::addNote);
    connect(m_notes, &NotesModel::noteAdded, this, [this] {
        m_noteText->clear(); // only now: a failed add keeps the text
        m_addNote->setEnabled(true);
        m_noteError->hide();
    });
    connect(m_notes, &NotesModel::addFailed, this, [this](const ApiError &error) {
        m_addNote->setEnabled(true);
        setNoteError(userMessage(error));
    });
    connect(m_notes, &NotesModel::failed, this, [this](const ApiError &error) {
        setNoteError(userMessage(error));
    });

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_edit);
    actions->addWidget(m_blacklist);
    actions->addWidget(m_delete);
    actions->addStretch();
    auto *navigation = new QHBoxLayout;
    navigation->addWidget(m_conversation);
    navigation->addWidget(m_booking);
    navigation->addStretch();
    auto *notesTitle = new QLabel(tr("Notes (newest first)"), this);
    QFont bold = notesTitle->font();
    bold.setBold(true);
    notesTitle->setFont(bold);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    layout->addWidget(m_fields);
    layout->addLayout(actions);
    layout->addLayout(navigation);
    layout->addWidget(notesTitle);
    layout->addWidget(m_noteList, 1);
    layout->addWidget(m_noteText);
    layout->addWidget(m_noteError);
    layout->addWidget(m_addNote, 0, Qt::AlignTrailing);
    setContact(Contact());
    // Names, notes and server texts land in these labels: they show as typed.
    PlainText::lockLabels(this);
}

void ContactDetails::setNavigationAvailable(bool conversation, bool booking)
{
    m_canConverse = conversation;
    m_canBook = booking;
    m_conversation->setVisible(conversation);
    m_booking->setVisible(booking);
}

void ContactDetails::setNoteError(const QString &text)
{
    m_noteError->setText(text);
    m_noteError->setVisible(!text.isEmpty());
}

void ContactDetails::addNote()
{
    if (m_noteText->toPlainText().trimmed().isEmpty()) {
        setNoteError(tr("Write the note first."));
        m_noteText->setFocus();
        return;
    }
    m_addNote->setEnabled(false);
    m_notes->addNote(m_noteText->toPlainText());
}

void ContactDetails::setContact(const Contact &contact)
{
    const bool changed = contact.id != m_contact.id;
    m_contact = contact;
    const bool has = contact.id != 0;
    for (QWidget *w : {static_cast<QWidget *>(m_edit), static_cast<QWidget *>(m_delete),
             static_cast<QWidget *>(m_blacklist), static_cast<QWidget *>(m_conversation),
             static_cast<QWidget *>(m_booking), static_cast<QWidget *>(m_noteText),
             static_cast<QWidget *>(m_addNote)})
        w->setEnabled(has);
    m_banner->setVisible(has && contact.isBlacklisted);
    m_blacklist->setText(contact.isBlacklisted ? tr("Remove from &blacklist") : tr("&Blacklist"));
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    if (!has) {
        m_title->setText(tr("No contact selected"));
        auto *hint = new QLabel(tr("Choose a contact in the list to see their details and notes."));
        hint->setWordWrap(true);
        m_form->addRow(hint);
    } else {
        m_title->setText(contact.name.isEmpty() ? tr("(no name)") : contact.name);
        // Dates keep their own order inside Arabic text (U+2068 … U+2069 isolate them).
        const auto when = [](const QDateTime &t) -> QString {
            return QChar(0x2068) + QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) + QChar(0x2069);
        };
        addField(tr("Phone"), contact.phone.isEmpty() ? QString() : QChar(0x200E) + contact.phone);
        addField(tr("E-mail"), contact.email);
        addField(tr("Channel"), contact.channel.isEmpty() ? QString() : ChannelsModel::channelName(contact.channel));
        addField(tr("Tags"), contact.tags.join(QStringLiteral(", ")));
        for (const CustomField &field : contact.customFields)
            addField(field.name, field.toString());
        addField(tr("Created"), when(contact.createdAt));
        if (contact.lastMessageAt.isValid())
            addField(tr("Last message"), when(contact.lastMessageAt));
        addField(tr("Blacklist"), contact.isBlacklisted ? tr("Blacklisted") : tr("Not blacklisted"));
    }
    m_conversation->setVisible(m_canConverse);
    m_booking->setVisible(m_canBook);
    if (changed) {
        setNoteError(QString());
        m_notes->setContact(contact.id);
    }
}

void ContactDetails::addField(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return;
    auto *name = new QLabel(tr("%1:").arg(label));
    QFont bold = name->font();
    bold.setBold(true);
    name->setFont(bold);
    name->setTextFormat(Qt::PlainText);
    auto *text = new QLabel(value); // the contact's own data: plain text, never markup
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // A label's accessible name replaces its text: both go in, "E-mail: sarah@…".
    text->setAccessibleName(tr("%1: %2", "field: value").arg(label, value));
    name->setBuddy(text);
    m_form->addRow(name, text);
}
