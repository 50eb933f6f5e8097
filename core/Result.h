#pragma once

#include "core/ProviderError.h"

#include <utility>
#include <variant>

namespace paydesk {

// A value or a ProviderError. Result<void> carries only the error.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {
    }
    Result(ProviderError error)
        : m_state(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const ProviderError& error() const { return std::get<ProviderError>(m_state); }

private:
    std::variant<T, ProviderError> m_state;
};

template<>
class Result<void>
{
public:
    Result() = default;
    Result(ProviderError error)
        : m_error(std::move(error))
        , m_failed(true)
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const ProviderError& error() const { return m_error; }

private:
    ProviderError m_error;
    bool m_failed = false;
};

} // namespace paydesk
