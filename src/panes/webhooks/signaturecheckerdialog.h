// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

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
    QPlainTextEdit *m_payload;
    QLineEdit *m_header;
    QLineEdit *m_secret;
    QLabel *m_result;
    QLineEdit *m_expected;
};
