// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quickrepliesdialog.h"

#include "quickrepliesstore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

QuickRepliesDialog::QuickRepliesDialog(QuickRepliesStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_list(new QListWidget(this))
    , m_edit(new QLineEdit(this))
    , m_remove(new QPushButton(tr("Remove…"), this))
{
    setWindowTitle(tr("Quick replies"));
    m_list->setObjectName(QStringLiteral("quickRepliesList"));
    m_list->setWordWrap(true);
    m_edit->setObjectName(QStringLiteral("quickReplyEdit"));
    m_edit->setPlaceholderText(tr("A new quick reply"));
    auto *addButton = new QPushButton(tr("Add"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(addButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Type / at the start of a reply to insert one of these."), this));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_remove);
    layout->addLayout(row);
    layout->addWidget(buttons);
    connect(addButton, &QPushButton::clicked, this, &QuickRepliesDialog::add);
    connect(m_edit, &QLineEdit::returnPressed, this, &QuickRepliesDialog::add);
    connect(m_remove, &QPushButton::clicked, this, &QuickRepliesDialog::removeCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int current) { m_remove->setEnabled(current >= 0); });
    fill();
}

void QuickRepliesDialog::fill()
{
    m_list->clear();
    m_list->addItems(m_store.replies());
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

void QuickRepliesDialog::add()
{
    if (m_store.add(m_edit->text())) {
        m_edit->clear();
        fill();
    }
}

void QuickRepliesDialog::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    const QString text = m_list->item(row)->text();
    if (QMessageBox::question(this, tr("Remove quick reply"), tr("Remove the quick reply \"%1\"?").arg(text),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    m_store.remove(row);
    fill();
}
