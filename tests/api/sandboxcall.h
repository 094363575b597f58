// SPDX-FileCopyrightText: 2026 SkyLight Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiresult.h"

#include <QObject>
#include <QTest>

#include <optional>

// Runs one asynchronous API call and waits for its callback, so tests read like scripts:
//     const ApiResult<Account> account = awaitCall<Account>([&](QObject *c, ApiCallback<Account>
//     cb) {
//         api.fetchAccount(c, cb); });
// A call that never answers gives an ApiError of kind None, which every test's
// isOk()/kind check then reports as a failure.
template<typename T, typename Call> ApiResult<T> awaitCall(Call call, int timeoutMs = 15000)
{
    std::optional<ApiResult<T>> result;
    QObject context;
    call(&context, ApiCallback<T>([&result](const ApiResult<T> &r) { result.emplace(r); }));
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        return ApiResult<T>(ApiError(ApiError::Kind::None));
    return *result;
}

#define AWAIT(Type, callExpression)                                                                \
    awaitCall<Type>([&](QObject *ctx, ApiCallback<Type> cb) { callExpression; })
