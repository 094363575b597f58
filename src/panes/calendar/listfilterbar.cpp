// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listfilterbar.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

ListFilterBar::ListFilterBar(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_from = new QDateEdit;
    m_from->setObjectName(QStringLiteral("listFrom"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit;
    m_to->setObjectName(QStringLiteral("listTo"));
    m_to->setCalendarPopup(true);
    m_contact = new QPushButton;
    m_contact->setObjectName(QStringLiteral("contactFilterChip"));
    m_contact->setToolTip(tr("Show the bookings of every contact again"));
    m_contact->hide();
    auto *fromLabel = new QLabel(tr("&From:"));
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("T&o:"));
    toLabel->setBuddy(m_to);
    layout->addWidget(fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(toLabel);
    layout->addWidget(m_to);
    layout->addWidget(m_contact);
    layout->addStretch();
    connect(m_from, &QDateEdit::dateChanged, this, &ListFilterBar::rangeChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &ListFilterBar::rangeChanged);
    connect(m_contact, &QPushButton::clicked, this, &ListFilterBar::contactCleared);
}

void ListFilterBar::setRange(const QDate &from, const QDate &to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    m_hasRange = true;
}

QDate ListFilterBar::from() const
{
    return m_from->date();
}

QDate ListFilterBar::to() const
{
    return m_to->date();
}

void ListFilterBar::setContact(qint64 id, const QString &name)
{
    m_contactId = id;
    m_contact->setText(tr("Contact: %1 ✕").arg(name));
    m_contact->setVisible(id > 0);
}
