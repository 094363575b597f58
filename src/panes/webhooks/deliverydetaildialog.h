// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "webhookdelivery.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DeliveryDetailDialog;
}

// One delivery in full: what was sent (pretty-printed JSON), what came back, the error.
class DeliveryDetailDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DeliveryDetailDialog(const WebhookDelivery &delivery, QWidget *parent = nullptr);
    ~DeliveryDetailDialog() override;

    // Request and response as one text file; false (with *error) when it cannot be written.
    bool saveTo(const QString &path, QString *error = nullptr) const;
    QString asText() const;

private:
    void saveWithDialog();

    std::unique_ptr<Ui::DeliveryDetailDialog> m_ui;
    WebhookDelivery m_delivery;
};
