// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookdialog.h"

#include "webhookurlrule.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

QLabel *errorLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setStyleSheet(QStringLiteral("color: #b02020;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

WebhookDialog::WebhookDialog(const QList<WebhookEvent> &events, const Webhook &existing, QWidget *parent)
    : QDialog(parent)
    , m_id(existing.id)
{
    setObjectName(QStringLiteral("webhookDialog"));
    setWindowTitle(m_id ? tr("Edit webhook") : tr("New webhook"));
    auto *form = new QFormLayout;

    m_url = new QLineEdit(existing.url, this);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://example.com/skylight"));
    m_url->setLayoutDirection(Qt::LeftToRight);
    m_urlError = errorLabel(this, "urlError");
    auto *urlBox = new QVBoxLayout;
    urlBox->addWidget(m_url);
    urlBox->addWidget(m_urlError);
    form->addRow(tr("&URL:"), urlBox);
    qobject_cast<QLabel *>(form->labelForField(urlBox))->setBuddy(m_url);

    m_description = new QLineEdit(existing.description, this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_descriptionError = errorLabel(this, "descriptionError");
    auto *descriptionBox = new QVBoxLayout;
    descriptionBox->addWidget(m_description);
    descriptionBox->addWidget(m_descriptionError);
    form->addRow(tr("&Description:"), descriptionBox);
    qobject_cast<QLabel *>(form->labelForField(descriptionBox))->setBuddy(m_description);

    auto *eventsWidget = new QWidget;
    auto *eventsLayout = new QVBoxLayout(eventsWidget);
    m_selectAll = new QCheckBox(tr("Select &all events"), eventsWidget);
    m_selectAll->setObjectName(QStringLiteral("selectAllCheck"));
    m_selectAll->setTristate(false);
    eventsLayout->addWidget(m_selectAll);
    for (const WebhookEvent &event : events) {
        auto *box = new QCheckBox(event.name, eventsWidget);
        box->setObjectName(QStringLiteral("event_") + event.name);
        box->setProperty("eventName", event.name);
        box->setToolTip(event.description);
        box->setChecked(existing.events.contains(event.name));
        auto *description = new QLabel(event.description, eventsWidget);
        description->setIndent(24);
        // The server's descriptions are English; without an absolute alignment they would
        // sit on the far side from their checkbox in a right-to-left dialog.
        description->setAlignment(Qt::AlignAbsolute | Qt::AlignVCenter
            | (layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft));
        description->setWordWrap(true);
        description->setStyleSheet(QStringLiteral("color: palette(mid);"));
        eventsLayout->addWidget(box);
        eventsLayout->addWidget(description);
        m_eventBoxes.append(box);
        connect(box, &QCheckBox::toggled, this, &WebhookDialog::updateSelectAll);
    }
    eventsLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(eventsWidget);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumHeight(220);
    m_eventsError = errorLabel(this, "eventsError");
    auto *eventsBox = new QVBoxLayout;
    eventsBox->addWidget(scroll);
    eventsBox->addWidget(m_eventsError);
    form->addRow(tr("Events:"), eventsBox);
    connect(m_selectAll, &QCheckBox::clicked, this, [this](bool checked) {
        for (QCheckBox *box : std::as_const(m_eventBoxes)) {
            const QSignalBlocker blocker(box);
            box->setChecked(checked);
        }
    });

    m_active = new QCheckBox(tr("A&ctive: send events to this address"), this);
    m_active->setObjectName(QStringLiteral("activeCheck"));
    m_active->setChecked(existing.id ? existing.isActive : true);
    form->addRow(QString(), m_active);

    m_generalError = errorLabel(this, "generalError");

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Save (Ctrl+Return)"));
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (validate())
            Q_EMIT submitRequested();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);
    updateSelectAll();
    resize(560, 520);
}

WebhookInput WebhookDialog::input() const
{
    WebhookInput in;
    in.url = m_url->text().trimmed();
    in.description = m_description->text().trimmed();
    QStringList events;
    for (const QCheckBox *box : m_eventBoxes) {
        if (box->isChecked())
            events.append(box->property("eventName").toString());
    }
    in.events = events;
    in.isActive = m_active->isChecked();
    return in;
}

bool WebhookDialog::validate()
{
    clearErrors();
    const QString urlProblem = WebhookUrlRule::problem(m_url->text());
    showError(m_urlError, urlProblem);
    const bool noEvents = input().events->isEmpty();
    showError(m_eventsError, noEvents ? tr("Choose at least one event.") : QString());
    if (!urlProblem.isEmpty())
        m_url->setFocus();
    return urlProblem.isEmpty() && !noEvents;
}

void WebhookDialog::showServerErrors(const QMap<QString, QStringList> &errors)
{
    clearErrors();
    QStringList other;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        const QString text = it.value().join(QLatin1Char(' '));
        if (it.key() == QLatin1String("url"))
            showError(m_urlError, text);
        else if (it.key() == QLatin1String("description"))
            showError(m_descriptionError, text);
        else if (it.key().startsWith(QLatin1String("events")))
            showError(m_eventsError, text);
        else
            other.append(text);
    }
    if (!other.isEmpty())
        showError(m_generalError, other.join(QLatin1Char('\n')));
}

void WebhookDialog::showGeneralError(const QString &text)
{
    showError(m_generalError, text);
}

void WebhookDialog::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
    m_save->setText(busy ? tr("Saving…") : tr("&Save"));
}

void WebhookDialog::clearErrors()
{
    for (QLabel *label : {m_urlError, m_descriptionError, m_eventsError, m_generalError})
        showError(label, QString());
}

void WebhookDialog::updateSelectAll()
{
    bool all = !m_eventBoxes.isEmpty();
    for (const QCheckBox *box : std::as_const(m_eventBoxes))
        all = all && box->isChecked();
    m_selectAll->setChecked(all);
}
