// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SignatureCheckerDialog;
}

// Paste a payload and its X-SkyLight-Signature header, give the secret, and see whether
// they match (WebhookSignatureChecker does the work). The secret field is masked and
// cleared when the dialog closes.
class SignatureCheckerDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SignatureCheckerDialog(const QString &payload = {}, QWidget *parent = nullptr);
    ~SignatureCheckerDialog() override;

    void check();

private:
    std::unique_ptr<Ui::SignatureCheckerDialog> m_ui;
};
