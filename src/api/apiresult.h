// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include <QDateTime>

#include <functional>
#include <utility>
#include <variant>

// The outcome of one API call: either the decoded value or the typed error, never both.
template<typename T> class ApiResult
{
public:
    ApiResult(const T &value)
        : m_data(std::in_place_index<0>, value)
    {
    }
    ApiResult(T &&value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    ApiResult(const ApiError &error)
        : m_data(std::in_place_index<1>, error)
    {
    }

    bool isOk() const { return m_data.index() == 0; }
    explicit operator bool() const { return isOk(); }

    // Precondition: isOk(). Calling it on an error is a programming mistake.
    const T &value() const { return std::get<0>(m_data); }
    // An ApiError of kind None when the call succeeded.
    ApiError error() const { return isOk() ? ApiError() : std::get<1>(m_data); }

    // Set when the server could not be reached and the value is what the offline cache
    // kept (docs/offline.md): when it was saved, in UTC. Invalid for a live answer.
    QDateTime savedAt() const { return m_savedAt; }
    bool fromCache() const { return m_savedAt.isValid(); }
    void setSavedAt(const QDateTime &savedAt) { m_savedAt = savedAt; }

private:
    std::variant<T, ApiError> m_data;
    QDateTime m_savedAt;
};

// What calls without a body worth keeping (DELETE) return: the server's message.
struct ApiDone
{
    QString message;
};

template<typename T> using ApiCallback = std::function<void(const ApiResult<T> &)>;
