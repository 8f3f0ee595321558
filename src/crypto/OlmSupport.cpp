#include "OlmSupport.h"

#include <QRandomGenerator>
#include <cstring>
#include <olm/olm.h>
#include <vector>

namespace atrium::crypto::olm {

QByteArray randomBytes(std::size_t count)
{
    // QRandomGenerator::system() reads the operating system's CSPRNG.
    std::vector<quint32> words((count + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    QByteArray bytes(qsizetype(count), Qt::Uninitialized);
    std::memcpy(bytes.data(), words.data(), count);
    return bytes;
}

bool failed(std::size_t result)
{
    return result == olm_error();
}

} // namespace atrium::crypto::olm
