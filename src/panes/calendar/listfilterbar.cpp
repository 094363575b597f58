// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listfilterbar.h"
#include "plaintextwidgets.h"
#include "ui_listfilterbar.h"

ListFilterBar::ListFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ListFilterBar>())
{
    m_ui->setupUi(this);
    m_ui->contactFilterChip->hide();
    connect(m_ui->listFrom, &QDateEdit::dateChanged, this, &ListFilterBar::rangeChanged);
    connect(m_ui->listTo, &QDateEdit::dateChanged, this, &ListFilterBar::rangeChanged);
    connect(m_ui->contactFilterChip, &QPushButton::clicked, this, &ListFilterBar::contactCleared);
    // Names, notes and server texts land in these labels: they show as typed.
    PlainText::lockLabels(this);
}

ListFilterBar::~ListFilterBar() = default;

void ListFilterBar::setRange(const QDate &from, const QDate &to)
{
    const QSignalBlocker blockFrom(m_ui->listFrom);
    const QSignalBlocker blockTo(m_ui->listTo);
    m_ui->listFrom->setDate(from);
    m_ui->listTo->setDate(to);
    m_hasRange = true;
}

QDate ListFilterBar::from() const
{
    return m_ui->listFrom->date();
}

QDate ListFilterBar::to() const
{
    return m_ui->listTo->date();
}

void ListFilterBar::setContact(qint64 id, const QString &name)
{
    m_contactId = id;
    m_ui->contactFilterChip->setText(tr("Contact: %1 ✕").arg(name));
    m_ui->contactFilterChip->setVisible(id > 0);
}
