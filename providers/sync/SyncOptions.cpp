#include "providers/sync/SyncOptions.h"

#include "core/settings/Settings.h"

namespace paydesk {

SyncOptions syncOptionsFrom(const Settings& settings)
{
    SyncOptions options;
    options.listPageSize = settings.syncListPageSize();
    options.maxListPages = settings.syncMaxListPages();
    return options;
}

} // namespace paydesk
