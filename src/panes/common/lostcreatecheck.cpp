// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lostcreatecheck.h"

#include "apierrortext.h"

#include <QDialogButtonBox>
#include <QPushButton>

LostCreateCheck::LostCreateCheck(Words words, LookUp lookUp, QPushButton *save, QObject *parent)
    : QObject(parent)
    , m_words(std::move(words))
    , m_lookUp(std::move(lookUp))
    , m_save(save)
{
}

QPushButton *LostCreateCheck::saveButtonOf(QObject *form)
{
    auto *buttons = form->findChild<QDialogButtonBox *>();
    return buttons ? buttons->button(QDialogButtonBox::Save) : nullptr;
}

void LostCreateCheck::check(const ApiError &cause)
{
    Q_EMIT busyChanged(true);
    Q_EMIT said(m_words.checking);
    m_lookUp(this, [this, cause](const ApiResult<bool> &found) {
        Q_EMIT busyChanged(false);
        setUnconfirmed(!found);
        if (!found) {
            Q_EMIT said(m_words.notChecked.arg(userMessage(found.error())));
            return;
        }
        if (!found.value())
            Q_EMIT said(m_words.notSaved.arg(userMessage(cause)));
    });
}

void LostCreateCheck::setUnconfirmed(bool unconfirmed)
{
    m_unconfirmed = unconfirmed;
    if (m_save)
        m_save->setText(unconfirmed ? tr("&Check again") : tr("&Save"));
}
