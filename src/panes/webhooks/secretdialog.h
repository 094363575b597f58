// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SecretDialog;
}

// Shows a webhook secret in full, this once, with a Copy button. The secret lives only in
// this dialog: it is not logged, not stored, and reaches the clipboard only through Copy.
class SecretDialog final : public QDialog
{
    Q_OBJECT

public:
    SecretDialog(const QString &url, const QString &secret, bool regenerated, QWidget *parent = nullptr);
    ~SecretDialog() override;

private:
    std::unique_ptr<Ui::SecretDialog> m_ui;
};
