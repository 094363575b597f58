// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliverydetaildialog.h"
#include "plaintextwidgets.h"
#include "ui_deliverydetaildialog.h"

#include "webhooksmodel.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>

DeliveryDetailDialog::DeliveryDetailDialog(const WebhookDelivery &delivery, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DeliveryDetailDialog>())
    , m_delivery(delivery)
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Delivery %1").arg(delivery.id));
    const QLocale locale;
    m_ui->eventValue->setText(delivery.event);
    m_ui->statusValue->setText(WebhooksModel::deliveryStatusText(delivery.status));
    m_ui->timeValue->setText(locale.toString(delivery.createdAt.toLocalTime(), QLocale::LongFormat));
    m_ui->attemptValue->setText(locale.toString(delivery.attempt));
    m_ui->responseStatusValue->setText(
        delivery.responseStatus ? QLocale().toString(*delivery.responseStatus) : tr("No answer"));
    m_ui->durationValue->setText(tr("%1 ms").arg(locale.toString(delivery.durationMs)));
    m_ui->errorValue->setText(delivery.error);
    m_ui->facts->setRowVisible(m_ui->errorValue, !delivery.error.isEmpty());
    // A label aligns by its text's own direction: an event name or a number would sit on the
    // far side of a right-to-left form, away from its caption. Pin the values to the captions.
    const Qt::Alignment leading = Qt::AlignAbsolute | Qt::AlignVCenter
        | (layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    for (QLabel *value : {m_ui->eventValue, m_ui->statusValue, m_ui->timeValue, m_ui->attemptValue,
             m_ui->responseStatusValue, m_ui->durationValue, m_ui->errorValue})
        value->setAlignment(leading);
    m_ui->requestBodyView->setPlainText(delivery.requestBodyText());
    m_ui->responseBodyView->setPlainText(delivery.responseBody);

    QPushButton *copy = m_ui->buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyButton"));
    copy->setToolTip(tr("Copy the request and response (Ctrl+Shift+C)"));
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(asText());
    });
    QPushButton *save = m_ui->buttons->addButton(tr("&Save to file…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setToolTip(tr("Save the request and response to a file (Ctrl+S)"));
    save->setShortcut(QKeySequence::Save);
    connect(save, &QPushButton::clicked, this, &DeliveryDetailDialog::saveWithDialog);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Names, notes and server texts land in these labels: they show as typed.
    PlainText::lockLabels(this);
}

DeliveryDetailDialog::~DeliveryDetailDialog() = default;

void DeliveryDetailDialog::saveWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save delivery"),
        QStringLiteral("delivery-%1.txt").arg(m_delivery.id), tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        PlainText::warning(this, tr("Save delivery"), error);
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
                .arg(m_delivery.requestBodyText(), m_delivery.responseBody);
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
