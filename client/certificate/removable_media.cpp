#include "certificate/removable_media.h"

#include <pelita/content/records_files.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>

namespace pelita::certificate {

namespace fs = std::filesystem;

std::vector<fs::path> removableFolders(const fs::path& extra, std::string user) {
    if (user.empty())
        if (const char* env = std::getenv("USER")) user = env;
    std::vector<fs::path> found;
    std::error_code ec;
    if (!user.empty())
        for (const fs::path& root : {fs::path("/media") / user, fs::path("/run/media") / user}) {
            std::vector<fs::path> here;
            for (fs::directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec))
                if (it->is_directory(ec)) here.push_back(it->path());
            std::sort(here.begin(), here.end());
            found.insert(found.end(), here.begin(), here.end());
        }
    if (!extra.empty() && fs::is_directory(extra, ec)) found.push_back(extra);
    return found;
}

Expected<fs::path, std::string> writeToFolder(const std::string& bytes, const std::string& name,
                                              const fs::path& folder) {
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) return unexpected(std::string("the folder is gone: ") + folder.string());
    const fs::path target = folder / name;
    std::string error;
    if (!content::writeFileAtomically(target, bytes, error)) return unexpected(error);
    return target;
}

Expected<fs::path, std::string> copyToFolder(const fs::path& file, const fs::path& folder) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return unexpected("cannot read " + file.string());
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) return unexpected("cannot read " + file.string());
    return writeToFolder(bytes, file.filename().string(), folder);
}

} // namespace pelita::certificate
