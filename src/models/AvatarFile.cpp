#include "AvatarFile.h"

#include <QFileInfo>
#include <QMimeDatabase>

namespace atrium::models {

AvatarFile::AvatarFile(const QUrl &file)
    : m_path(file.isLocalFile() ? file.toLocalFile() : file.toString())
{
    const QFileInfo info(m_path);
    m_fileName = info.fileName();
    if (!info.isFile()) {
        m_error = tr("There is no file at %1.").arg(m_path);
        return;
    }
    m_mimeType = QMimeDatabase().mimeTypeForFile(info).name();
    if (!m_mimeType.startsWith(QLatin1String("image/")))
        m_error = tr("%1 is not an image.").arg(m_fileName);
}

} // namespace atrium::models
