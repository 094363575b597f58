// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

#include <memory>

namespace Ui {
class ListFilterBar;
}

// The list view's own filters: a from/to date range and, when set, one contact (shown as
// a button that clears it).
class ListFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit ListFilterBar(QWidget *parent = nullptr);
    ~ListFilterBar() override;

    void setRange(const QDate &from, const QDate &to); // does not emit
    QDate from() const;
    QDate to() const;
    bool hasRange() const { return m_hasRange; }
    void setContact(qint64 id, const QString &name); // 0 clears; does not emit
    qint64 contactId() const { return m_contactId; }

Q_SIGNALS:
    void rangeChanged();
    void contactCleared();

private:
    std::unique_ptr<Ui::ListFilterBar> m_ui; // the form: ui/listfilterbar.ui
    qint64 m_contactId = 0;
    bool m_hasRange = false;
};
