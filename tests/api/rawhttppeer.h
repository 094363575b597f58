// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

// A hand-written HTTP/1.1 peer on 127.0.0.1 for the client's failure paths that a real
// server cannot produce on demand: never answering, dropping the connection, answering
// with any status, headers and body. Every request that reaches the wire is recorded.
class RawHttpPeer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query, as sent
        QMap<QByteArray, QByteArray> headers; // names lower-cased
        QByteArray body;
    };

    enum class Action
    {
        Respond,
        Hang,
        Drop
    };
    struct Reply
    {
        Action action = Action::Respond;
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };
    using Handler = std::function<Reply(const Request &, int index)>;

    explicit RawHttpPeer(QObject *parent = nullptr);
    ~RawHttpPeer() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QString baseUrl() const; // http://127.0.0.1:<port>/api/v1
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<Request> &requests() const { return m_requests; }

    static Reply json(int status, const QByteArray &body,
        const QList<QPair<QByteArray, QByteArray>> &headers = {});

Q_SIGNALS:
    void requestReceived();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
    QMap<QTcpSocket *, QByteArray> m_buffers;
};
