#pragma once

#include "core/ProviderError.h"
#include "core/Result.h"

#include <QTest>

#include <functional>
#include <optional>

namespace paydesk::test {

// Runs an asynchronous call that delivers a Result<T> to its callback, and spins the event loop until it does
// (20 s at most; a timeout comes back as an error saying so).
template<typename T>
Result<T> waitForResult(
    QObject* context, const std::function<void(QObject*, std::function<void(const Result<T>&)>)>& call)
{
    std::optional<Result<T>> result;
    call(context, [&result](const Result<T>& r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20'000)) {
        ProviderError timeout;
        timeout.message = QStringLiteral("the test timed out waiting for the call");
        return timeout;
    }
    return *result;
}

} // namespace paydesk::test
