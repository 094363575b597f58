// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messageboxsessiononlyprompt.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

// The words were SessionController's before this box moved out: their context stays, and
// with it their translations.

void MessageBoxSessionOnlyPrompt::ask(QWidget *parent, const KeyStore::Result &failure,
                                      std::function<void(bool)> answer)
{
    const QString why = failure.error == KeyStore::ErrorKind::NoKeychain
        ? QCoreApplication::translate("SessionController",
                                      "No keychain is reachable on this computer, so "
                                      "SkyLight Desk cannot save your API key "
                                      "securely. It will never store the key in a "
                                      "file.")
        : QCoreApplication::translate("SessionController", "The keychain did not save your API key.");
    auto *box = new QMessageBox(QMessageBox::Warning,
                                QCoreApplication::translate("SessionController", "Keychain not available"),
                                why, QMessageBox::NoButton, parent);
    box->setInformativeText(QCoreApplication::translate("SessionController",
                                                        "You can use the key for this session only; you will "
                                                        "be asked for it again next time."));
    if (!failure.errorDetail.isEmpty())
        box->setDetailedText(failure.errorDetail);
    QPushButton *session = box->addButton(
        QCoreApplication::translate("SessionController", "Use for this session only"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box, [box, session, answer](int) {
        answer(box->clickedButton() == session);
    });
    box->open();
}
