#pragma once

#include <QString>

namespace atrium::media {

// File names that come from other people (an event's body or filename, a
// server's Content-Disposition) made safe to save under: no directories, no
// path traversal, no control or bidi characters that disguise an extension,
// and never an existing file replaced by accident.
class SafeFileName
{
public:
    // A plain file name from `untrusted`: the last path component only, with
    // control, format (bidi, zero-width) and reserved characters removed or
    // replaced, no leading dots, no trailing dots or spaces, no reserved
    // Windows device names, at most 255 bytes of UTF-8 (the extension kept).
    // `fallback` when nothing usable is left.
    static QString sanitize(const QString &untrusted,
                            const QString &fallback = QStringLiteral("download"));

    // `directory`/`name` if no such file exists, else the first free
    // "stem (N).ext". The name must already be sanitized.
    static QString freePath(const QString &directory, const QString &name);
};

} // namespace atrium::media
