// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ApiClient's bookkeeping of one request, shared by apiclient.cpp and apiclientcache.cpp
// only (not part of the layer's interface).
#include "apiclient.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QPointer>

struct ApiClient::Job
{
    quint64 id = 0;
    ApiRequest request;
    QPointer<QObject> context;
    EnvelopeCallback callback;
    EnvelopeDecoder decoder; // set for typed answers: large ones decode in a worker
    QMetaObject::Connection contextWatch;
    quint64 ticket = 0; // in the rate limiter's queue while waiting
    QPointer<QNetworkReply> reply; // while on the wire
    bool aborting = false; // we aborted it; otherwise a cancel is a time-out
    bool tooLarge = false; // aborted because the answer passed maxResponseBytes
    // The answer as it arrives (readyRead): the GUI thread copies each chunk once, as it
    // comes, instead of gathering 30 MB in one readAll() when the reply finishes.
    QByteArray body;
    int attempts = 0;
    QElapsedTimer started;
    bool awaitingCache = false; // held for a cache-first answer, in no queue yet
    quint64 sentOrder = 0; // ConnectionStatus::nextSendOrder() of the latest attempt
};
