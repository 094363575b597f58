// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliverydetaildialog.h"

#include "webhooksmodel.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace {

QPlainTextEdit *bodyView(const QString &text, const char *name, QWidget *parent)
{
    auto *view = new QPlainTextEdit(text, parent);
    view->setObjectName(QLatin1String(name));
    view->setReadOnly(true);
    view->setLayoutDirection(Qt::LeftToRight);
    view->setFont(QFont(QStringLiteral("monospace")));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    return view;
}

} // namespace

DeliveryDetailDialog::DeliveryDetailDialog(const WebhookDelivery &delivery, QWidget *parent)
    : QDialog(parent)
    , m_delivery(delivery)
{
    setObjectName(QStringLiteral("deliveryDetailDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Delivery %1").arg(delivery.id));

    auto *facts = new QFormLayout;
    facts->addRow(tr("Event:"), new QLabel(delivery.event, this));
    auto *status = new QLabel(WebhooksModel::deliveryStatusText(delivery.status), this);
    status->setObjectName(QStringLiteral("statusValue"));
    facts->addRow(tr("Status:"), status);
    facts->addRow(tr("Time:"),
        new QLabel(QLocale().toString(delivery.createdAt.toLocalTime(), QLocale::LongFormat), this));
    facts->addRow(tr("Attempt:"), new QLabel(QLocale().toString(delivery.attempt), this));
    auto *response = new QLabel(delivery.responseStatus ? QString::number(*delivery.responseStatus)
                                                        : tr("No answer"), this);
    response->setObjectName(QStringLiteral("responseStatusValue"));
    facts->addRow(tr("Response status:"), response);
    facts->addRow(tr("Duration:"), new QLabel(tr("%1 ms").arg(QLocale().toString(delivery.durationMs)), this));
    if (!delivery.error.isEmpty()) {
        auto *error = new QLabel(delivery.error, this);
        error->setObjectName(QStringLiteral("errorValue"));
        error->setWordWrap(true);
        error->setStyleSheet(QStringLiteral("color: #b02020;"));
        facts->addRow(tr("Error:"), error);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(facts);
    layout->addWidget(new QLabel(tr("Request body:"), this));
    layout->addWidget(bodyView(prettyJson(delivery.requestBody), "requestBodyView", this), 2);
    layout->addWidget(new QLabel(tr("Response body:"), this));
    layout->addWidget(bodyView(delivery.responseBody, "responseBodyView", this), 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyButton"));
    copy->setToolTip(tr("Copy the request and response (Ctrl+Shift+C)"));
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(asText());
    });
    auto *save = buttons->addButton(tr("&Save to file…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setToolTip(tr("Save the request and response to a file (Ctrl+S)"));
    save->setShortcut(QKeySequence::Save);
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save delivery"),
            QStringLiteral("delivery-%1.txt").arg(m_delivery.id), tr("Text files (*.txt)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!saveTo(path, &error))
            QMessageBox::warning(this, tr("Save delivery"), error);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 600);
}

QString DeliveryDetailDialog::prettyJson(const QString &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return body; // not JSON: show exactly what was sent
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

QString DeliveryDetailDialog::asText() const
{
    QString text;
    text += QStringLiteral("Event: %1\nStatus: %2\nAttempt: %3\n")
                .arg(m_delivery.event, m_delivery.status)
                .arg(m_delivery.attempt);
    if (m_delivery.responseStatus)
        text += QStringLiteral("Response status: %1\n").arg(*m_delivery.responseStatus);
    if (!m_delivery.error.isEmpty())
        text += QStringLiteral("Error: %1\n").arg(m_delivery.error);
    text += QStringLiteral("\nRequest body:\n%1\n\nResponse body:\n%2\n")
                .arg(prettyJson(m_delivery.requestBody), m_delivery.responseBody);
    return text;
}

bool DeliveryDetailDialog::saveTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(asText().toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("The file could not be written: %1").arg(file.errorString());
        return false;
    }
    return true;
}
