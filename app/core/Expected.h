#pragma once

#include "Error.h"

#include <QtGlobal>

#include <optional>
#include <utility>

namespace Slipway {

// std::expected arrives with C++23 (and Debian bookworm packages no tl-expected); until then this
// is the small subset Slipway uses. Library APIs return it so that failures travel as values and
// no exception crosses a public boundary.
template<typename T> class Expected
{
public:
    Expected(T value)
        : m_value(std::move(value))
    { }
    Expected(Error error)
        : m_error(std::move(error))
    { }

    bool hasValue() const { return m_value.has_value(); }
    explicit operator bool() const { return hasValue(); }

    const T &value() const &
    {
        Q_ASSERT(m_value);
        return *m_value;
    }
    T &value() &
    {
        Q_ASSERT(m_value);
        return *m_value;
    }
    T &&value() &&
    {
        Q_ASSERT(m_value);
        return std::move(*m_value);
    }
    const T *operator->() const { return &*m_value; }
    const T &operator*() const & { return *m_value; }

    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Success without a value, or an Error: what a function that only acts (writes a file, appends a
// line) returns, instead of an error text that is empty on success.
template<> class Expected<void>
{
public:
    Expected() = default;
    Expected(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    { }
    static Expected ok() { return Expected(); }

    bool hasValue() const { return !m_failed; }
    explicit operator bool() const { return hasValue(); }

    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace Slipway
