#pragma once

#include <chrono>

namespace paydesk {

// Exponential backoff with full jitter for idempotent requests: attempt n waits a random time in
// [0, min(maxDelay, baseDelay × 2^(n-1))]. A 429's Retry-After replaces the computed delay (capped by maxRetryAfter).
struct RetryPolicy
{
    int maxAttempts = 4; // including the first
    std::chrono::milliseconds baseDelay{500};
    std::chrono::milliseconds maxDelay{30'000};
    std::chrono::milliseconds maxRetryAfter{120'000};
};

} // namespace paydesk
