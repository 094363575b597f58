// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The longest GUI stall while a very large answer arrives: 100,000 conversations in one
// page (shown in a tree view through ConversationsModel), 100,000 contacts, bookings,
// webhooks and team members in one page (each in a table view through its model), and one
// contact with 100,000 tags.
// The canned server runs in its own thread (a real one is another process).
// A 1 ms timer ticks on the GUI thread from the request until the data is in place; the
// longest gap between two ticks is the longest time the window could not repaint or take
// input. Each case runs twice: decoded the way ApiClient does it now (parsing and decoding
// in a worker for answers of 64 KB or more) and, for comparison, entirely on the GUI thread
// (what every answer did before). See docs/performance.md (Large answers).
#include "apiclient.h"
#include "apidecode.h"
#include "conversationsmodel.h"
#include "restcontactsapi.h"
#include "restconversationsapi.h"
#include "bookingsmodel.h"
#include "contactsmodel.h"
#include "restbookingsapi.h"
#include "restteamapi.h"
#include "restwebhooksapi.h"
#include "teammodel.h"
#include "webhooksmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTableView>
#include <QThread>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <functional>

namespace {

constexpr int kItems = 100000;
bool g_trace = false; // --trace: print every gap of 40 ms or more and the events inside it

QByteArray conversationsBody()
{
    QByteArray items;
    items.reserve(kItems * 330);
    for (int i = 1; i <= kItems; ++i) {
        const QByteArray n = QByteArray::number(i);
        items += (i > 1 ? "," : "") + QByteArray("{\"id\":") + n + ",\"contact\":{\"id\":" + n
            + ",\"name\":\"Customer " + n + "\",\"phone\":\"+97150" + n + "\"},\"channel\":\"whatsapp\","
              "\"last_message\":{\"id\":" + n + ",\"contact_id\":" + n + ",\"channel\":\"whatsapp\","
              "\"direction\":\"inbound\",\"type\":\"text\",\"content\":\"Could we move the appointment?\","
              "\"status\":\"delivered\",\"created_at\":\"2026-03-04T09:00:00Z\"},\"unread_count\":1,"
              "\"updated_at\":\"2026-03-04T09:00:00Z\"}";
    }
    return "{\"success\":true,\"data\":[" + items + "],\"meta\":{\"current_page\":1,\"last_page\":1,"
        "\"per_page\":" + QByteArray::number(kItems) + ",\"total\":" + QByteArray::number(kItems) + "}}";
}

// One page of kItems objects, item(i) being the JSON of the i-th.
QByteArray pageBody(const std::function<QByteArray(const QByteArray &)> &item)
{
    QByteArray items;
    items.reserve(kItems * 300);
    for (int i = 1; i <= kItems; ++i)
        items += (i > 1 ? "," : "") + item(QByteArray::number(i));
    return "{\"success\":true,\"data\":[" + items + "],\"meta\":{\"current_page\":1,\"last_page\":1,"
        "\"per_page\":" + QByteArray::number(kItems) + ",\"total\":" + QByteArray::number(kItems) + "}}";
}

QByteArray contactItem(const QByteArray &n)
{
    return "{\"id\":" + n + ",\"name\":\"Customer " + n + "\",\"phone\":\"+97150" + n
        + "\",\"email\":\"c" + n + "@example.com\",\"channel\":\"whatsapp\",\"tags\":[\"vip\"],"
          "\"is_blacklisted\":false,\"custom_fields\":{},\"last_message_at\":\"2026-03-04T09:00:00Z\","
          "\"created_at\":\"2026-03-04T09:00:00Z\",\"updated_at\":\"2026-03-04T09:00:00Z\"}";
}

QByteArray bookingItem(const QByteArray &n)
{
    return "{\"id\":" + n + ",\"contact_id\":" + n + ",\"booking_type_id\":1,\"resource_id\":1,"
        "\"title\":\"Consultation - Customer " + n + "\",\"starts_at\":\"2026-03-04T09:00:00Z\","
        "\"ends_at\":\"2026-03-04T09:30:00Z\",\"status\":\"confirmed\",\"notes\":\"\","
        "\"created_at\":\"2026-03-04T09:00:00Z\",\"updated_at\":\"2026-03-04T09:00:00Z\"}";
}

QByteArray webhookItem(const QByteArray &n)
{
    return "{\"id\":" + n + ",\"url\":\"https://hooks.example.com/" + n + "\",\"description\":\"Hook " + n
        + "\",\"events\":[\"message.received\",\"booking.created\"],\"is_active\":true,"
          "\"created_at\":\"2026-03-04T09:00:00Z\",\"updated_at\":\"2026-03-04T09:00:00Z\"}";
}

QByteArray memberItem(const QByteArray &n)
{
    return "{\"id\":" + n + ",\"name\":\"Agent " + n + "\",\"email\":\"a" + n
        + "@example.com\",\"role\":\"agent\",\"is_active\":true,\"last_seen_at\":\"2026-03-04T09:00:00Z\","
          "\"created_at\":\"2026-03-04T09:00:00Z\"}";
}

QByteArray contactBody()
{
    QByteArray tags;
    tags.reserve(kItems * 12);
    for (int i = 1; i <= kItems; ++i)
        tags += (i > 1 ? "," : "") + QByteArray("\"tag") + QByteArray::number(i) + '"';
    return "{\"success\":true,\"data\":{\"id\":7,\"name\":\"Many Tags\",\"phone\":\"+971500000007\","
           "\"email\":\"\",\"channel\":\"whatsapp\",\"tags\":[" + tags + "],\"is_blacklisted\":false,"
           "\"custom_fields\":{},\"created_at\":\"2026-03-04T09:00:00Z\",\"updated_at\":\"2026-03-04T09:00:00Z\"}}";
}

// Answers every request on 127.0.0.1 with the same prepared body.
class CannedServer : public QTcpServer
{
public:
    explicit CannedServer(const QByteArray &body)
        : m_answer("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                   + QByteArray::number(body.size()) + "\r\n\r\n" + body)
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    // The large answer once (the list); any later request (a webhook's
                    // latest delivery) gets an empty page, as it would from a real server.
                    socket->write(m_answered ? m_empty : m_answer);
                    m_answered = true;
                });
            }
        });
    }

private:
    QByteArray m_answer;
    QByteArray m_empty = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 89\r\n\r\n"
                         "{\"success\":true,\"data\":[],\"meta\":{\"current_page\":1,\"last_page\":1,\"per_page\":1,\"total\":0}}";
    bool m_answered = false;
};

// With --trace: what the GUI thread did between two ticks (time inside events, and the
// longest of them), to tell a stall of our own code from a thread that was not scheduled.
struct GuiTrace
{
    qint64 busyMs = 0;
    qint64 longestMs = 0;
    QByteArray longest;
};
GuiTrace g_guiTrace;

// The longest gap between 1 ms ticks while `running` is true.
struct StallMeter
{
    QTimer ticker;
    QElapsedTimer sinceTick;
    QElapsedTimer sinceStart;
    qint64 longestMs = 0;

    StallMeter()
    {
        ticker.setInterval(1);
        QObject::connect(&ticker, &QTimer::timeout, &ticker, [this] {
            const qint64 gap = sinceTick.restart();
            if (g_trace && gap >= 40)
                std::printf("    [gap] %lld ms ending at %lld ms: %lld ms in GUI events, longest %lld ms (%s)\n",
                            static_cast<long long>(gap), static_cast<long long>(sinceStart.elapsed()),
                            static_cast<long long>(g_guiTrace.busyMs), static_cast<long long>(g_guiTrace.longestMs),
                            g_guiTrace.longest.constData());
            g_guiTrace = {};
            longestMs = std::max(longestMs, gap);
        });
    }
    void start() { longestMs = 0; sinceTick.start(); sinceStart.start(); ticker.start(); }
    qint64 stop() { longestMs = std::max(longestMs, sinceTick.elapsed()); ticker.stop(); return longestMs; }
};

// ConversationsApi that decodes the old way: the whole answer on the GUI thread.
class GuiThreadConversations final : public ConversationsApi
{
public:
    explicit GuiThreadConversations(ApiClient *c) : client(c) {}
    ApiClient *client;
    void listMessages(qint64, const PageRequest &, QObject *, ApiCallback<Page<Message>>) override { }
    void send(const MessageDraft &, QObject *, ApiCallback<Message>) override { }
    void listConversations(const ConversationQuery &query, QObject *context, ApiCallback<Page<Conversation>> callback) override
    {
        const EnvelopeDecoder decoder = ApiDecode::asPage<Conversation>(std::move(callback));
        client->send(ApiRequest::get(QStringLiteral("/conversations"), query.toQuery()), context,
                     ApiClient::EnvelopeCallback([decoder](const ApiResult<ApiEnvelope> &r) { decoder(r)(); }));
    }
};

// The canned server in a thread of its own, as a real server is another process: writing
// 33 MB on the GUI thread would be a stall of the benchmark's own making.
class ServerThread : public QThread
{
public:
    explicit ServerThread(const QByteArray &body)
        : m_body(body)
    {
        start();
        while (m_port.loadAcquire() == 0)
            QThread::yieldCurrentThread();
    }
    ~ServerThread() override
    {
        quit();
        wait();
    }
    quint16 serverPort() const { return quint16(m_port.loadAcquire()); }

protected:
    void run() override
    {
        CannedServer server(m_body);
        m_port.storeRelease(server.serverPort());
        exec();
    }

private:
    QByteArray m_body;
    QAtomicInt m_port = 0;
};

ApiConnection connectionTo(const ServerThread &server)
{
    ApiConnection c;
    c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(server.serverPort()));
    c.apiKey = QStringLiteral("sk_bench");
    return c;
}

qint64 conversationsStall(bool worker)
{
    ServerThread server(conversationsBody());
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setConnection(connectionTo(server));
    client.setMaxResponseBytes(256 * 1024 * 1024); // 100,000 conversations are about 33 MB
    GuiThreadConversations api(&client);
    RestConversationsApi plain(&client);
    ConversationsModel model(worker ? static_cast<ConversationsApi &>(plain) : api);
    QTreeView view;
    view.setUniformRowHeights(true);
    view.setModel(&model);
    view.resize(900, 700);
    view.show();
    QTest::qWait(50);
    StallMeter meter;
    bool loaded = false;
    QObject::connect(&model, &ConversationsModel::loaded, &view, [&loaded] { loaded = true; });
    meter.start();
    model.refresh();
    if (!QTest::qWaitFor([&] { return loaded; }, 120000))
        std::printf("  (no answer within 120 s)\n");
    view.repaint();
    const qint64 stall = meter.stop();
    std::printf("  conversations: %d rows, %s: longest GUI stall %lld ms\n", model.rowCount(),
                worker ? "worker decoding" : "GUI-thread decoding", static_cast<long long>(stall));
    return stall;
}

// A list model fed one 100,000-row page through its Rest API and shown in a table view.
// start(model) sends the request; done is set by the model's "loaded" signal.
template<typename Model, typename Api, typename Start, typename Signal>
qint64 modelStall(const char *what, const QByteArray &body, Start start, Signal loadedSignal)
{
    ServerThread server(body);
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setConnection(connectionTo(server));
    client.setMaxResponseBytes(256 * 1024 * 1024);
    Api api(&client);
    Model model(api);
    QTableView view;
    view.setModel(&model);
    view.resize(900, 700);
    view.show();
    QTest::qWait(50);
    StallMeter meter;
    bool loaded = false;
    QObject::connect(&model, loadedSignal, &view, [&loaded] { loaded = true; });
    meter.start();
    start(model);
    if (!QTest::qWaitFor([&] { return loaded; }, 120000))
        std::printf("  (no answer within 120 s)\n");
    view.repaint();
    const qint64 stall = meter.stop();
    std::printf("  %s: %d rows, worker decoding: longest GUI stall %lld ms\n", what, model.rowCount(),
                static_cast<long long>(stall));
    return stall;
}

void listStalls()
{
    modelStall<ContactsModel, RestContactsApi>("contacts", pageBody(contactItem),
        [](ContactsModel &m) { m.setQuery(ContactQuery()); }, &ContactsModel::pageLoaded);
    modelStall<BookingsModel, RestBookingsApi>("bookings", pageBody(bookingItem),
        [](BookingsModel &m) { m.setQuery(BookingQuery()); }, &BookingsModel::loaded);
    modelStall<WebhooksModel, RestWebhooksApi>("webhooks", pageBody(webhookItem),
        [](WebhooksModel &m) { m.refresh(); }, &WebhooksModel::loaded);
    modelStall<TeamModel, RestTeamApi>("team", pageBody(memberItem),
        [](TeamModel &m) { m.refresh(); }, &TeamModel::loaded);
}

qint64 tagsStall(bool worker)
{
    ServerThread server(contactBody());
    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setConnection(connectionTo(server));
    client.setMaxResponseBytes(256 * 1024 * 1024); // 100,000 conversations are about 33 MB
    RestContactsApi api(&client);
    StallMeter meter;
    qsizetype tags = -1;
    QObject context;
    meter.start();
    if (worker) {
        api.get(7, &context, [&tags](const ApiResult<Contact> &r) { tags = r ? r.value().tags.size() : 0; });
    } else {
        const EnvelopeDecoder decoder = ApiDecode::asValue<Contact>(
            [&tags](const ApiResult<Contact> &r) { tags = r ? r.value().tags.size() : 0; });
        client.send(ApiRequest::get(QStringLiteral("/contacts/7")), &context,
                    ApiClient::EnvelopeCallback([decoder](const ApiResult<ApiEnvelope> &r) { decoder(r)(); }));
    }
    if (!QTest::qWaitFor([&] { return tags >= 0; }, 120000))
        std::printf("  (no answer within 120 s)\n");
    const qint64 stall = meter.stop();
    std::printf("  contact: %lld tags, %s: longest GUI stall %lld ms\n", static_cast<long long>(tags),
                worker ? "worker decoding" : "GUI-thread decoding", static_cast<long long>(stall));
    return stall;
}

// Times every event the GUI thread delivers at the top level (--trace).
class TracingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool trace = false;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!trace || m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer t;
        t.start();
        const int type = int(event->type());
        const QByteArray what = QByteArray("event ") + QByteArray::number(type) + " to "
            + receiver->metaObject()->className();
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const qint64 ms = t.elapsed();
        g_guiTrace.busyMs += ms;
        if (ms > g_guiTrace.longestMs) {
            g_guiTrace.longestMs = ms;
            g_guiTrace.longest = what;
        }
        return result;
    }

private:
    int m_depth = 0;
};

} // namespace

int main(int argc, char **argv)
{
    TracingApplication app(argc, argv);
    app.trace = app.arguments().contains(QStringLiteral("--trace"));
    g_trace = app.trace;
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    std::printf("Longest GUI stall for a %d-item answer (1 ms ticks on the GUI thread)\n", kItems);
    const bool quick = app.arguments().contains(QStringLiteral("--worker-only"));
    for (const bool worker : {false, true}) {
        if (quick && !worker)
            continue;
        conversationsStall(worker);
        tagsStall(worker);
    }
    listStalls();
    return 0;
}
