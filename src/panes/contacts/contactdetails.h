// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "contact.h"

#include <QWidget>

class NotesModel;
class ContactsApi;
class QFormLayout;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;

// The selected contact: every field, an unmistakable blacklist banner, the actions, and
// the notes (newest first) with a box to add one. The pane owns the actions' logic; this
// widget shows and asks.
class ContactDetails final : public QWidget
{
    Q_OBJECT

public:
    explicit ContactDetails(ContactsApi &api, QWidget *parent = nullptr);

    void setContact(const Contact &contact); // id 0 shows "nothing selected"
    const Contact &contact() const { return m_contact; }
    void setNavigationAvailable(bool conversation, bool booking);
    NotesModel *notes() const { return m_notes; }
    void setNoteError(const QString &text);

Q_SIGNALS:
    void editRequested();
    void deleteRequested();
    void blacklistRequested();
    void conversationRequested();
    void bookingRequested();

private:
    void addNote();
    void addField(const QString &label, const QString &value); // nothing when value is empty

    Contact m_contact;
    NotesModel *m_notes;
    QLabel *m_title;
    QLabel *m_banner;
    QWidget *m_fields;
    QFormLayout *m_form;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_blacklist;
    QPushButton *m_conversation;
    QPushButton *m_booking;
    QListView *m_noteList;
    QPlainTextEdit *m_noteText;
    QPushButton *m_addNote;
    QLabel *m_noteError;
    bool m_canConverse = false;
    bool m_canBook = false;
};
