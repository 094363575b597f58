// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quickreplieseditor.h"

#include "bidiisolatingdelegate.h"
#include "plaintextwidgets.h"
#include "quickrepliesstore.h"
#include "ui_quickreplieseditor.h"

#include <QMessageBox>

QuickRepliesEditor::QuickRepliesEditor(QuickRepliesStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_ui(std::make_unique<Ui::QuickRepliesEditor>())
{
    m_ui->setupUi(this);
    // At least a few replies visible, in lines of the current font, however small the
    // dialog is made.
    m_ui->quickRepliesList->setMinimumHeight(m_ui->quickRepliesList->fontMetrics().lineSpacing() * 5);
    // Replies in either language keep their own direction in either layout (the stored
    // text stays as typed: the isolate is added when an item is painted).
    m_ui->quickRepliesList->setItemDelegate(new BidiIsolatingDelegate(m_ui->quickRepliesList));
    m_ui->quickReplyError->hide();
    connect(m_ui->addQuickReplyButton, &QPushButton::clicked, this, &QuickRepliesEditor::add);
    connect(m_ui->quickReplyEdit, &QLineEdit::returnPressed, this, &QuickRepliesEditor::add);
    connect(m_ui->quickReplyEdit, &QLineEdit::textEdited, m_ui->quickReplyError, &QWidget::hide);
    connect(m_ui->removeQuickReplyButton, &QPushButton::clicked, this, &QuickRepliesEditor::removeCurrent);
    connect(m_ui->quickRepliesList, &QListWidget::currentRowChanged, this,
            [this](int current) { m_ui->removeQuickReplyButton->setEnabled(current >= 0); });
    fill();
    // Names, notes and server texts land in these labels: they show as typed.
    PlainText::lockLabels(this);
}

QuickRepliesEditor::~QuickRepliesEditor() = default;

void QuickRepliesEditor::fill()
{
    m_ui->quickRepliesList->clear();
    m_ui->quickRepliesList->addItems(m_store.replies());
    m_ui->removeQuickReplyButton->setEnabled(m_ui->quickRepliesList->currentRow() >= 0);
}

void QuickRepliesEditor::add()
{
    const QString text = m_ui->quickReplyEdit->text().trimmed();
    if (text.isEmpty())
        return;
    if (!m_store.add(text)) {
        // The typed text stays in the field so nothing is lost.
        m_ui->quickReplyError->setText(tr("This quick reply is already in the list."));
        m_ui->quickReplyError->show();
        return;
    }
    m_ui->quickReplyEdit->clear();
    fill();
    m_ui->quickRepliesList->setCurrentRow(m_ui->quickRepliesList->count() - 1);
}

void QuickRepliesEditor::removeCurrent()
{
    const int row = m_ui->quickRepliesList->currentRow();
    if (row < 0)
        return;
    const QString text = m_ui->quickRepliesList->item(row)->text();
    if (!PlainText::askYes(this, tr("Remove quick reply"), tr("Remove the quick reply \"%1\"?").arg(text)))
        return;
    m_store.remove(row);
    fill();
}
