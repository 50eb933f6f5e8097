#pragma once

#include "core/ledger/LedgerError.h"

#include <QtGlobal>

#include <type_traits>
#include <utility>
#include <variant>

namespace paydesk {

// A value or a LedgerError (std::expected is C++23). Works with move-only values (std::unique_ptr<Ledger>,
// CreatingCallPermit). Check ok() before value(); value() on an error is a programming error (asserts).
template<typename T>
class [[nodiscard]] LedgerResult final
{
public:
    LedgerResult(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    LedgerResult(LedgerError error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() &
    {
        Q_ASSERT(ok());
        return std::get<0>(m_data);
    }
    const T& value() const&
    {
        Q_ASSERT(ok());
        return std::get<0>(m_data);
    }
    T&& value() &&
    {
        Q_ASSERT(ok());
        return std::get<0>(std::move(m_data));
    }
    // The error; a default LedgerError (kind None) when ok().
    LedgerError error() const { return ok() ? LedgerError{} : std::get<1>(m_data); }

private:
    std::variant<T, LedgerError> m_data;
};

// Success without a value, or a LedgerError.
template<>
class [[nodiscard]] LedgerResult<void> final
{
public:
    LedgerResult() = default;
    LedgerResult(LedgerError error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }
    const LedgerError& error() const { return m_error; }

private:
    LedgerError m_error;
};

} // namespace paydesk
