// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apienvelope.h"
#include "envelopedecoder.h"
#include "apiresult.h"
#include "jsonreader.h"
#include "page.h"

#include <QJsonArray>

#include <memory>

// Turning an envelope's data into value types. Each value type T has
// "static T fromJson(const JsonReader &)"; these wrap it and map any decode error
// to ApiError::MalformedResponse.
namespace ApiDecode {

template<typename T> ApiResult<T> value(const QJsonValue &data)
{
    const JsonReader reader(data);
    if (!reader.isObject())
        return ApiError::malformed(QStringLiteral("data should be an object"));
    T decoded = T::fromJson(reader);
    if (!reader.ok())
        return ApiError::malformed(reader.error());
    return decoded;
}

template<typename T> ApiResult<QList<T>> list(const QJsonValue &data)
{
    if (!data.isArray())
        return ApiError::malformed(QStringLiteral("data should be an array"));
    QJsonObject holder;
    holder.insert(QStringLiteral("items"), data);
    const JsonReader reader(holder, QStringLiteral("data"));
    QList<T> items = reader.list<T>("items");
    if (!reader.ok())
        return ApiError::malformed(reader.error());
    return items;
}

template<typename T> ApiResult<Page<T>> page(const ApiEnvelope &envelope)
{
    const ApiResult<QList<T>> items = list<T>(envelope.data);
    if (!items)
        return items.error();
    Page<T> decoded;
    decoded.items = items.value();
    decoded.meta = envelope.meta ? *envelope.meta : PageMeta::singlePage(int(decoded.items.size()));
    return decoded;
}

inline ApiResult<ApiDone> done(const ApiEnvelope &envelope)
{
    return ApiDone { envelope.message };
}

// Adapts a typed callback to the raw envelope callback of ApiClient::send().
// The decoding may run in a worker thread (see EnvelopeDecoder): the callback is shared,
// never copied there, and only called by the delivery on the caller's thread.
template<typename T, typename Decoder>
EnvelopeDecoder adapt(ApiCallback<T> callback, Decoder decoder)
{
    auto shared = std::make_shared<ApiCallback<T>>(std::move(callback));
    return [shared, decoder](const ApiResult<ApiEnvelope> &result) -> EnvelopeDelivery {
        auto decoded = std::make_shared<ApiResult<T>>(
            result ? decoder(result.value()) : ApiResult<T>(result.error()));
        if (result)
            decoded->setSavedAt(result.value().savedAt); // an answer from the offline cache
        return [shared, decoded] { (*shared)(*decoded); };
    };
}

template<typename T>
EnvelopeDecoder asValue(ApiCallback<T> callback)
{
    return adapt<T>(std::move(callback), [](const ApiEnvelope &e) { return value<T>(e.data); });
}

template<typename T>
EnvelopeDecoder asList(ApiCallback<QList<T>> callback)
{
    return adapt<QList<T>>(
        std::move(callback), [](const ApiEnvelope &e) { return list<T>(e.data); });
}

template<typename T>
EnvelopeDecoder asPage(ApiCallback<Page<T>> callback)
{
    return adapt<Page<T>>(std::move(callback), [](const ApiEnvelope &e) { return page<T>(e); });
}

inline EnvelopeDecoder asDone(ApiCallback<ApiDone> callback)
{
    return adapt<ApiDone>(std::move(callback), [](const ApiEnvelope &e) { return done(e); });
}

} // namespace ApiDecode
