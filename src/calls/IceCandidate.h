#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace atrium::calls {

// One ICE candidate as m.call.candidates carries it. An empty `candidate`
// is the spec's end-of-candidates marker.
struct IceCandidate
{
    QString candidate;
    QString sdpMid;
    int sdpMLineIndex = 0;

    bool isEndOfCandidates() const { return candidate.isEmpty(); }
    QJsonObject toJson() const
    {
        return {{"candidate", candidate}, {"sdpMid", sdpMid}, {"sdpMLineIndex", sdpMLineIndex}};
    }
    static IceCandidate fromJson(const QJsonObject &json)
    {
        return {json.value("candidate").toString(), json.value("sdpMid").toString(),
                json.value("sdpMLineIndex").toInt()};
    }
};

} // namespace atrium::calls

Q_DECLARE_METATYPE(atrium::calls::IceCandidate)
