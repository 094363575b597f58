// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>

class QTcpSocket;

namespace Sandbox {

// Watches the bytes of one connection before QHttpServer reads them (its readyRead slot is
// connected first) and refuses a request from its header block alone: QtHttpServer 6.4
// reads a whole body into memory before any route sees it, and has no header limit.
//   header block over maxHeaderBytes                       → 431
//   Content-Length over maxBodyBytes                       → 413 (body drained, not kept)
//   two Content-Lengths, or Content-Length with Transfer-Encoding, or a bad number → 400
//   Transfer-Encoding alone (a body of unknown length)     → 411
// A refused request's bytes are read and dropped here, so QHttpServer never sees them;
// the answer carries Connection: close and the connection closes.
class RequestFramingGuard : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype maxHeaderBytes = 16 * 1024;
    static constexpr qint64 maxBodyBytes = 1024 * 1024;

    // Becomes a child of `socket`; call before QHttpServer connects to it.
    explicit RequestFramingGuard(QTcpSocket *socket);

private:
    enum class State { Headers, Body, Refused };

    void onReadyRead();
    void checkHeaders(qsizetype headerEnd);
    void refuse(int status, const QByteArray &reason, const QString &message, qint64 drain);

    QTcpSocket *m_socket;
    State m_state = State::Headers;
    QByteArray m_headers;       // the current request's header bytes so far
    qint64 m_bodyLeft = 0;      // body bytes of an accepted request still to pass
    qint64 m_drainLeft = 0;     // body bytes of a refused request still to drop
    qint64 m_bodyInBatch = 0;   // body bytes that came with the headers just read
};

} // namespace Sandbox
