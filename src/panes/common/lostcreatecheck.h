// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiresult.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

class QPushButton;

// The answer to a create was lost (WriteOutcome: Unknown), so the server may have stored
// the record. Before the user may save again this looks for it, through the look-up the
// pane gives, and says in words what it found:
// - found: the pane's look-up has taken the record (selects it, closes the form);
// - not there: the create did not happen, and why (the lost answer's cause);
// - the look-up failed: the record may exist, so Save becomes "Check again" and the next
//   Save looks again (isUnconfirmed()) instead of sending a second copy.
// TeamPane and WebhooksPane share it; their sentences stay theirs (the grammar of "the
// member was added" and "the webhook was created" differs in Arabic).
class LostCreateCheck final : public QObject
{
    Q_OBJECT

public:
    struct Words
    {
        QString checking; // while it looks
        QString notSaved; // %1: why the create failed (the lost answer's cause), in words
        QString notChecked; // %1: why the look-up failed, in words
    };
    // Looks for the record and answers true when found (the pane has taken it), false when
    // the server does not have it, or the look-up's error. `context` ends the call with it.
    using LookUp = std::function<void(QObject *context, const ApiCallback<bool> &answer)>;

    // `save` (may be null) is the form's Save button, relabelled while unconfirmed.
    LostCreateCheck(Words words, LookUp lookUp, QPushButton *save, QObject *parent);

    // One owned by a form: a dialog with setBusy(bool), showGeneralError(const QString &)
    // and a Save button in its QDialogButtonBox.
    template<typename Form> static LostCreateCheck *forForm(Form *form, Words words, LookUp lookUp)
    {
        auto *check = new LostCreateCheck(std::move(words), std::move(lookUp), saveButtonOf(form), form);
        QObject::connect(check, &LostCreateCheck::busyChanged, form, &Form::setBusy);
        QObject::connect(check, &LostCreateCheck::said, form, &Form::showGeneralError);
        return check;
    }

    // Hands what a look-up found (the record, if the server has it) to `answer`, then the
    // record, if any, to `take`.
    template<typename T, typename Take>
    static void pass(const ApiCallback<bool> &answer, const ApiResult<std::optional<T>> &found, Take take)
    {
        if (!found) {
            answer(found.error());
            return;
        }
        answer(found.value().has_value());
        if (found.value())
            take(*found.value());
    }

    // True after a look-up that could not answer: the next Save must check() again.
    bool isUnconfirmed() const { return m_unconfirmed; }
    // Looks for the record whose create answer was lost to `cause`.
    void check(const ApiError &cause);

Q_SIGNALS:
    void busyChanged(bool busy);
    // Words for the form's general line.
    void said(const QString &text);

private:
    static QPushButton *saveButtonOf(QObject *form);
    void setUnconfirmed(bool unconfirmed);

    Words m_words;
    LookUp m_lookUp;
    QPointer<QPushButton> m_save;
    bool m_unconfirmed = false;
};
