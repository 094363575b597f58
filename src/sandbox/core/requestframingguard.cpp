// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestframingguard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

namespace Sandbox {

RequestFramingGuard::RequestFramingGuard(QTcpSocket *socket)
    : QObject(socket)
    , m_socket(socket)
{
    connect(socket, &QTcpSocket::readyRead, this, &RequestFramingGuard::onReadyRead);
}

void RequestFramingGuard::onReadyRead()
{
    if (m_state == State::Refused) {
        // Read and dropped: nothing of a refused request reaches QHttpServer or memory.
        const qint64 dropped = m_socket->skip(m_socket->bytesAvailable());
        m_drainLeft -= std::max<qint64>(dropped, 0);
        if (m_drainLeft <= 0)
            m_socket->disconnectFromHost();
        return;
    }
    // QHttpServer read everything before this batch, so what is available is all new.
    const QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
    qsizetype pos = 0;
    while (pos < fresh.size() && m_state != State::Refused) {
        if (m_state == State::Body) {
            const qint64 take = std::min<qint64>(m_bodyLeft, fresh.size() - pos);
            m_bodyLeft -= take;
            pos += take;
            if (m_bodyLeft == 0)
                m_state = State::Headers;
            continue;
        }
        // Headers: collect until the blank line (the 3 bytes before pos may hold part of it).
        const qsizetype before = m_headers.size();
        m_headers.append(fresh.constData() + pos, fresh.size() - pos);
        const qsizetype end = m_headers.indexOf("\r\n\r\n", std::max<qsizetype>(before - 3, 0));
        if (end < 0) {
            if (m_headers.size() > maxHeaderBytes)
                refuse(431, "Request Header Fields Too Large",
                       QStringLiteral("The request headers are larger than 16 KB."), 0);
            return;
        }
        const qsizetype headerEnd = end + 4;
        if (headerEnd > maxHeaderBytes) {
            refuse(431, "Request Header Fields Too Large",
                   QStringLiteral("The request headers are larger than 16 KB."), 0);
            return;
        }
        pos += headerEnd - before;
        m_bodyInBatch = fresh.size() - pos;
        checkHeaders(headerEnd);
    }
}

void RequestFramingGuard::checkHeaders(qsizetype headerEnd)
{
    const QList<QByteArray> lines = m_headers.left(headerEnd - 4).split('\n');
    m_headers.clear();
    int lengths = 0;
    bool transferEncoding = false;
    qint64 length = 0;
    bool lengthOk = true;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            ++lengths;
            length = value.toLongLong(&lengthOk);
            // Digits only: "+5", " 5, 5" and negatives are framing tricks.
            for (const char c : value)
                lengthOk = lengthOk && c >= '0' && c <= '9';
            lengthOk = lengthOk && !value.isEmpty();
        } else if (name == "transfer-encoding") {
            transferEncoding = true;
        }
    }
    if (lengths > 1 || (lengths == 1 && transferEncoding) || (lengths == 1 && !lengthOk)) {
        refuse(400, "Bad Request",
               QStringLiteral("The request has an ambiguous length: send exactly one Content-Length "
                              "and no Transfer-Encoding."), 0);
        return;
    }
    if (transferEncoding) {
        refuse(411, "Length Required",
               QStringLiteral("Send the body with a Content-Length; chunked bodies are not accepted."), 0);
        return;
    }
    if (length > maxBodyBytes) {
        refuse(413, "Payload Too Large", QStringLiteral("The request body is larger than 1 MB."), length);
        return;
    }
    m_bodyLeft = length;
    m_state = length > 0 ? State::Body : State::Headers;
}

void RequestFramingGuard::refuse(int status, const QByteArray &reason, const QString &message, qint64 drain)
{
    m_state = State::Refused;
    m_headers.clear();
    // QHttpServer reads no more of this connection: its readyRead slot goes (Qt allows that
    // during the emission), and the transaction it keeps open would otherwise hold on to
    // every byte read from here on.
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(m_socket, &QTcpSocket::readyRead, this, &RequestFramingGuard::onReadyRead);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    // What this batch brought (the refused headers and any body) is dropped; the rest of a
    // declared body is drained as it arrives, so the client gets to read the answer.
    m_socket->skip(m_socket->bytesAvailable());
    m_drainLeft = drain - m_bodyInBatch;
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("success"), false},
                                                      {QStringLiteral("message"), message}})
                                .toJson(QJsonDocument::Compact);
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                    + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    // Closed from the event loop, not inside this readyRead (QHttpServer's slot still runs);
    // a refused body is drained first, for at most 10 s.
    if (m_drainLeft <= 0)
        QTimer::singleShot(0, m_socket, [socket = m_socket] { socket->disconnectFromHost(); });
    else
        QTimer::singleShot(10000, m_socket, [socket = m_socket] { socket->abort(); });
}

} // namespace Sandbox
