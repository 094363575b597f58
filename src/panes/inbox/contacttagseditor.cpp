// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacttagseditor.h"

#include "contactdraft.h"
#include "customfieldstable.h"
#include "statuscolours.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

ContactTagsEditor::ContactTagsEditor(QWidget *parent)
    : QWidget(parent)
    , m_tags(new QLineEdit(this))
    , m_fields(new QTableWidget(0, 2, this))
    , m_addField(new QPushButton(tr("Add &field"), this))
    , m_removeField(new QPushButton(tr("Re&move field"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("contactTagsEditor"));
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_tags->setPlaceholderText(tr("Separate tags with commas"));
    m_fields->setObjectName(QStringLiteral("fieldsTable"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_fields->verticalHeader()->hide();
    m_fields->setTabKeyNavigation(false); // Tab leaves the table, as everywhere else
    m_fields->setMinimumHeight(90);
    m_addField->setObjectName(QStringLiteral("addFieldButton"));
    m_removeField->setObjectName(QStringLiteral("removeFieldButton"));
    m_save->setObjectName(QStringLiteral("saveTagsButton"));
    m_save->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelTagsButton"));
    m_error->setObjectName(QStringLiteral("tagsError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(StatusColours::errorStyle(palette()));
    m_error->hide();

    auto *tagsLabel = new QLabel(tr("&Tags:"), this);
    tagsLabel->setBuddy(m_tags);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(tagsLabel, 0, 0);
    grid->addWidget(m_tags, 0, 1, 1, 3);
    grid->addWidget(m_fields, 1, 0, 1, 4);
    grid->addWidget(m_addField, 2, 0, 1, 2);
    grid->addWidget(m_removeField, 2, 2, 1, 2);
    grid->addWidget(m_error, 3, 0, 1, 4);
    grid->addWidget(m_save, 4, 0, 1, 2);
    grid->addWidget(m_cancel, 4, 2, 1, 2);

    connect(m_addField, &QPushButton::clicked, this, &ContactTagsEditor::addFieldRow);
    connect(m_removeField, &QPushButton::clicked, this, &ContactTagsEditor::removeFieldRow);
    connect(m_save, &QPushButton::clicked, this, &ContactTagsEditor::saveRequested);
    connect(m_tags, &QLineEdit::returnPressed, this, &ContactTagsEditor::saveRequested);
    connect(m_cancel, &QPushButton::clicked, this, &ContactTagsEditor::cancelled);
}

void ContactTagsEditor::edit(const Contact &contact)
{
    m_tags->setText(contact.tags.join(QStringLiteral(", ")));
    m_shownFields = contact.customFields;
    CustomFieldsTable::fill(m_fields, contact.customFields);
    m_error->hide();
    setBusy(false);
}

ContactInput ContactTagsEditor::input() const
{
    ContactInput input;
    input.tags = ContactDraft::splitTags(m_tags->text());
    input.customFields = CustomFieldsTable::read(m_fields, m_shownFields);
    return input;
}

void ContactTagsEditor::setBusy(bool busy)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_tags, m_fields, m_addField, m_removeField, m_save})
        w->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void ContactTagsEditor::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ContactTagsEditor::addFieldRow()
{
    const int row = m_fields->rowCount();
    m_fields->insertRow(row);
    m_fields->setItem(row, 0, new QTableWidgetItem);
    m_fields->setItem(row, 1, new QTableWidgetItem);
    m_fields->setCurrentCell(row, 0);
    m_fields->setFocus(Qt::OtherFocusReason);
    m_fields->editItem(m_fields->item(row, 0));
}

void ContactTagsEditor::removeFieldRow()
{
    const int row = m_fields->currentRow();
    if (row >= 0)
        m_fields->removeRow(row);
}
