// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhooksigner.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace Sandbox {

QString WebhookSigner::signature(const QByteArray &body, const QString &secret)
{
    const QByteArray mac =
        QMessageAuthenticationCode::hash(body, secret.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("sha256=") + QString::fromLatin1(mac.toHex());
}

QString WebhookSigner::generateSecret()
{
    static constexpr char alphabet[] =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    constexpr int alphabetSize = int(sizeof(alphabet)) - 1;
    QString secret = QStringLiteral("whsec_");
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < 32; ++i)
        secret.append(QLatin1Char(alphabet[random->bounded(alphabetSize)]));
    return secret;
}

QString WebhookSigner::maskSecret(const QString &secret)
{
    return QStringLiteral("whsec_\u2022\u2022\u2022\u2022") + secret.right(4);
}

} // namespace Sandbox
