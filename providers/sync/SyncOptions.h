#pragma once

#include <chrono>

namespace paydesk {

class Settings;

// How far and how politely a sync goes. The defaults suit real gateways; tests shorten the pauses.
struct SyncOptions
{
    // How far back the first sync of an account lists invoices.
    std::chrono::hours firstSyncHistory = std::chrono::hours(24 * 365);
    // Incremental syncs list again from this long before the last successful one, so late status changes of recent
    // invoices are seen even where the gateway only filters by creation time.
    std::chrono::hours overlap = std::chrono::hours(48);
    // Open (non-final) invoices older than the listed window are refreshed one by one, newest first, up to this many
    // per sync; for CryptoProcessing (no list) this is how every open payment request is followed.
    int openRefreshLimit = 500;
    // Pause between list pages of every gateway (none by default), and of a gateway that refuses paging too fast
    // (Cryptomus, API-NOTES: "pause between pages"); and after a 429 whose Retry-After was already used up.
    std::chrono::milliseconds pageDelay = std::chrono::milliseconds(0);
    std::chrono::milliseconds throttledPageDelay = std::chrono::milliseconds(1000);
    std::chrono::milliseconds rateLimitPause = std::chrono::milliseconds(2000);
    int rateLimitRetries = 5;
    // Invoices per list page where the gateway takes a size (Crypto.com `limit`; 0: the provider's default), and the
    // most pages one listing follows: a listing that reaches it stops and the sync says so (Settings
    // "sync/listPageSize", "sync/maxListPages").
    int listPageSize = 0;
    int maxListPages = 500;
};

// The defaults, with what the merchant set in Preferences (shared by the dashboard and paydesk-cli).
SyncOptions syncOptionsFrom(const Settings& settings);

} // namespace paydesk
