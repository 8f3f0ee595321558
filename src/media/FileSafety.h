#pragma once

#include <QString>

namespace atrium::media {

// Whether a file someone sent could run code when opened with the system's
// default application: programs, scripts, installers, launchers. Those are
// never opened with one click, only saved. Decided from the name and the
// declared MIME type before downloading, and from the bytes once downloaded
// (a program may be sent as "report.pdf").
class FileSafety
{
public:
    // From the file name's extension and the MIME type the event declares
    // (either one is enough to count as executable).
    static bool isExecutable(const QString &fileName, const QString &mimeType);
    // From the downloaded file's first bytes (ELF, PE, Mach-O, "#!") and the
    // MIME type its content suggests. False if it cannot be read.
    static bool contentIsExecutable(const QString &path);
};

} // namespace atrium::media
