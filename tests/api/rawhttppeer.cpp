// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawhttppeer.h"

#include <QTcpSocket>

RawHttpPeer::RawHttpPeer(QObject *parent)
    : QObject(parent)
    , m_handler([](const Request &, int) { return json(200, R"({"success":true,"data":{}})"); })
{
    connect(&m_server, &QTcpServer::newConnection, this, &RawHttpPeer::onNewConnection);
}

RawHttpPeer::~RawHttpPeer()
{
    // The sockets are the server's children and die after our members: silence them first.
    const auto sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        socket->disconnect(this);
}

bool RawHttpPeer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString RawHttpPeer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port());
}

RawHttpPeer::Reply RawHttpPeer::json(
    int status, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    Reply reply;
    reply.status = status;
    reply.body = body;
    reply.headers = headers;
    reply.headers.append(
        { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
    return reply;
}

void RawHttpPeer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void RawHttpPeer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const int headerEnd = int(buffer.indexOf("\r\n\r\n"));
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        for (int i = 1; i < lines.size(); ++i) {
            const int colon = int(lines.at(i).indexOf(':'));
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                    lines.at(i).mid(colon + 1).trimmed());
        }
        const int length = request.headers.value("content-length", "0").toInt();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);

        const int index = int(m_requests.size());
        m_requests.append(request);
        const Reply reply = m_handler(request, index);
        Q_EMIT requestReceived();
        switch (reply.action) {
        case Action::Hang:
            return;
        case Action::Drop:
            socket->abort();
            return;
        case Action::Respond: {
            QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + " Status\r\n";
            for (const auto &header : reply.headers)
                out += header.first + ": " + header.second + "\r\n";
            out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
            out += reply.body;
            socket->write(out);
            break;
        }
        }
    }
}
