#pragma once

#include <QJsonArray>
#include <QStringList>

namespace atrium::crypto {

class CryptoStore;

struct ImportSummary
{
    int imported = 0;
    int total = 0;
    QStringList roomIds; // rooms that got keys: their history may decrypt now
};

// Converts the Megolm sessions we hold to and from the spec's exported
// session format (the entries of a key export file, and of key backup).
class InboundSessionArchive
{
public:
    explicit InboundSessionArchive(CryptoStore &store) : m_store(store) {}

    QJsonArray exportAll();
    // Keeps, for each session, whichever copy reaches further back.
    ImportSummary importAll(const QJsonArray &sessions);

private:
    bool importOne(const QJsonObject &entry);

    CryptoStore &m_store;
};

} // namespace atrium::crypto
