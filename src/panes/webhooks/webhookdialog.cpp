// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookdialog.h"
#include "plaintextwidgets.h"
#include "ui_webhookdialog.h"

#include "webhookeventtext.h"
#include "webhookurlrule.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

WebhookDialog::WebhookDialog(const QList<WebhookEvent> &events, const Webhook &existing, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WebhookDialog>())
    , m_id(existing.id)
{
    m_ui->setupUi(this);
    setWindowTitle(m_id ? tr("Edit webhook") : tr("New webhook"));
    m_ui->urlEdit->setText(existing.url);
    m_ui->descriptionEdit->setText(existing.description);
    m_ui->activeCheck->setChecked(existing.id ? existing.isActive : true);
    addEvents(events, existing.events);
    connect(m_ui->selectAllCheck, &QCheckBox::clicked, this, [this](bool checked) {
        for (QCheckBox *box : std::as_const(m_eventBoxes)) {
            const QSignalBlocker blocker(box);
            box->setChecked(checked);
        }
    });

    m_save = m_ui->buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Save (Ctrl+Return)"));
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (validate())
            Q_EMIT submitRequested();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    clearErrors();
    updateSelectAll();
    // Names, notes and server texts land in these labels: they show as typed.
    PlainText::lockLabels(this);
}

WebhookDialog::~WebhookDialog() = default;

void WebhookDialog::addEvents(const QList<WebhookEvent> &events, const QStringList &chosen)
{
    QWidget *parent = m_ui->eventsWidget;
    for (const WebhookEvent &event : events) {
        const QString description = WebhookEventText::description(event);
        auto *box = new QCheckBox(event.name, parent);
        box->setObjectName(QStringLiteral("event_") + event.name);
        box->setProperty("eventName", event.name);
        box->setToolTip(PlainText::toolTip(description));
        box->setChecked(chosen.contains(event.name));
        auto *label = new QLabel(parent);
        PlainText::setText(label, description); // the server's text for events it added
        label->setObjectName(QStringLiteral("eventDescription_") + event.name);
        label->setIndent(24);
        label->setWordWrap(true);
        // Secondary text, but readable: palette(mid) was too pale to read.
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
        label->setPalette(palette);
        // An event the client does not know keeps the server's English text, which must still
        // sit under its checkbox in a right-to-left dialog.
        if (!WebhookEventText::isKnown(event.name))
            label->setAlignment(Qt::AlignAbsolute | Qt::AlignVCenter
                | (layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft));
        m_ui->eventsLayout->addWidget(box);
        m_ui->eventsLayout->addWidget(label);
        m_eventBoxes.append(box);
        connect(box, &QCheckBox::toggled, this, &WebhookDialog::updateSelectAll);
    }
    m_ui->eventsLayout->addStretch();
}

WebhookInput WebhookDialog::input() const
{
    WebhookInput in;
    in.url = m_ui->urlEdit->text().trimmed();
    in.description = m_ui->descriptionEdit->text().trimmed();
    QStringList events;
    for (const QCheckBox *box : m_eventBoxes) {
        if (box->isChecked())
            events.append(box->property("eventName").toString());
    }
    in.events = events;
    in.isActive = m_ui->activeCheck->isChecked();
    return in;
}

bool WebhookDialog::validate()
{
    clearErrors();
    const QString urlProblem = WebhookUrlRule::problem(m_ui->urlEdit->text());
    showError(m_ui->urlError, urlProblem);
    const bool noEvents = input().events->isEmpty();
    showError(m_ui->eventsError, noEvents ? tr("Choose at least one event.") : QString());
    if (!urlProblem.isEmpty())
        m_ui->urlEdit->setFocus();
    return urlProblem.isEmpty() && !noEvents;
}

void WebhookDialog::showServerErrors(const QMap<QString, QString> &errors)
{
    clearErrors();
    QStringList other;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        const QString &text = it.value();
        if (it.key() == QLatin1String("url"))
            showError(m_ui->urlError, text);
        else if (it.key() == QLatin1String("description"))
            showError(m_ui->descriptionError, text);
        else if (it.key().startsWith(QLatin1String("events")))
            showError(m_ui->eventsError, text);
        else
            other.append(text);
    }
    if (!other.isEmpty())
        showError(m_ui->generalError, other.join(QLatin1Char('\n')));
}

void WebhookDialog::showGeneralError(const QString &text)
{
    showError(m_ui->generalError, text);
}

void WebhookDialog::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
    m_save->setText(busy ? tr("Saving…") : tr("&Save"));
}

void WebhookDialog::clearErrors()
{
    for (QLabel *label : {m_ui->urlError, m_ui->descriptionError, m_ui->eventsError, m_ui->generalError})
        showError(label, QString());
}

void WebhookDialog::updateSelectAll()
{
    bool all = !m_eventBoxes.isEmpty();
    for (const QCheckBox *box : std::as_const(m_eventBoxes))
        all = all && box->isChecked();
    m_ui->selectAllCheck->setChecked(all);
}
