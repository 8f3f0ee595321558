#include "FileSafety.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSet>

namespace atrium::media {

namespace {

// Extensions that a desktop runs, installs or interprets when opened.
const QSet<QString> &executableExtensions()
{
    static const QSet<QString> extensions = {
        // Windows
        "exe", "com", "scr", "pif", "bat", "cmd", "msi", "msp", "mst", "cpl", "msc", "hta", "vbs",
        "vbe", "js", "jse", "wsf", "wsh", "ps1", "psm1", "lnk", "reg", "inf", "dll", "sys",
        "gadget", "application", "appref-ms", "jar",
        // Unix and Linux desktops
        "sh", "bash", "zsh", "csh", "ksh", "fish", "run", "bin", "elf", "out", "desktop",
        "appimage", "flatpakref", "flatpak", "snap", "deb", "rpm", "py", "pyw", "pyc", "pl", "rb",
        "php", "lua", "so",
        // macOS
        "app", "command", "tool", "dmg", "pkg", "mpkg", "workflow", "scpt", "dylib",
        // Android
        "apk"};
    return extensions;
}

const QStringList &executableTypes()
{
    static const QStringList types = {
        "application/x-executable",
        "application/x-sharedlib",
        "application/x-pie-executable",
        "application/x-shellscript",
        "application/x-msdownload",
        "application/x-ms-dos-executable",
        "application/vnd.microsoft.portable-executable",
        "application/x-msi",
        "application/x-ms-shortcut",
        "application/x-desktop",
        "application/java-archive",
        "application/x-java-archive",
        "application/vnd.debian.binary-package",
        "application/x-rpm",
        "application/vnd.android.package-archive",
        "application/x-apple-diskimage",
        "application/x-mach-binary",
        "application/x-perl",
        "application/x-ruby",
        "application/x-php",
        "text/x-python",
        "text/x-python3",
        "application/x-python-bytecode",
        "application/javascript",
        "text/javascript",
        "application/x-bat",
        "application/x-appimage",
    };
    return types;
}

bool isExecutableMimeType(const QMimeType &type)
{
    if (!type.isValid())
        return false;
    for (const QString &name : executableTypes()) {
        if (type.inherits(name))
            return true;
    }
    return false;
}

} // namespace

bool FileSafety::isExecutable(const QString &fileName, const QString &mimeType)
{
    const QMimeDatabase db;
    // Every suffix counts: "setup.exe.txt" is harmless, "notes.txt.exe" is not,
    // and "archive.tar.sh" is a script.
    const QString lastSuffix = QFileInfo(fileName.trimmed()).suffix().toLower();
    if (executableExtensions().contains(lastSuffix))
        return true;
    if (isExecutableMimeType(db.mimeTypeForFile(fileName, QMimeDatabase::MatchExtension)))
        return true;
    // Types the MIME database does not know are taken by their name.
    const QString declared = mimeType.trimmed().toLower();
    return !declared.isEmpty() && (executableTypes().contains(declared) ||
                                   isExecutableMimeType(db.mimeTypeForName(declared)));
}

bool FileSafety::contentIsExecutable(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(4);
    static const QList<QByteArray> magics = {QByteArray("\x7f"
                                                        "ELF",
                                                        4),
                                             QByteArray("MZ", 2),
                                             QByteArray("#!", 2),
                                             QByteArray("\xfe\xed\xfa\xce", 4),
                                             QByteArray("\xfe\xed\xfa\xcf", 4),
                                             QByteArray("\xce\xfa\xed\xfe", 4),
                                             QByteArray("\xcf\xfa\xed\xfe", 4),
                                             QByteArray("\xca\xfe\xba\xbe", 4)};
    for (const QByteArray &magic : magics) {
        if (head.startsWith(magic))
            return true;
    }
    file.close();
    return isExecutableMimeType(QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent));
}

} // namespace atrium::media
