// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quickreplylist.h"

#include "bidiisolatingdelegate.h"
#include "quickreplylistaccessible.h"

QuickReplyList::QuickReplyList(QWidget *parent)
    : QListWidget(parent)
{
    QuickReplyListAccessible::install();
    setAccessibleName(tr("Quick replies"));
    // An English reply in the Arabic layout keeps its punctuation at its end.
    setItemDelegate(new BidiIsolatingDelegate(this));
    connect(this, &QListWidget::itemClicked, this,
        [this](QListWidgetItem *clicked) { press(row(clicked)); });
}

void QuickReplyList::press(int row)
{
    if (row < 0 || row >= count())
        return;
    setCurrentRow(row);
    Q_EMIT replyPressed(reply(row));
}

QString QuickReplyList::reply(int row) const
{
    const QListWidgetItem *it = item(row);
    return it ? it->data(Qt::UserRole).toString() : QString();
}
