// The public face of durable_file.h's flushes (pelita/content/disk_sync.h).
#include <pelita/content/disk_sync.h>

#include "package/durable_file.h"

namespace pelita::content {

bool syncFileToDisk(const std::filesystem::path& file, std::string& error) { return detail::syncFile(file, error); }

void syncFolderToDisk(const std::filesystem::path& folder) { detail::syncFolder(folder); }

} // namespace pelita::content
