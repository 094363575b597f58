// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body that can be read once and never rewound. Qt 6.4's HTTP stack silently
// resends a request, POST included, when the connection drops before the answer (up to
// twice). It can only do so by rewinding the body: given this device, with upload
// buffering off, it fails the reply with ContentReSendError instead. That is how a
// non-idempotent request (POST /messages/send above all) reaches the wire at most once.
class SingleUseBody final : public QIODevice
{
    Q_OBJECT

public:
    explicit SingleUseBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_position = 0;
};
