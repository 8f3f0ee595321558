#include "UiaChallenge.h"

#include <QJsonArray>

namespace atrium::matrix {

bool UiaChallenge::offersSingleStage(const QString &stage) const
{
    for (const QStringList &flow : flows) {
        QStringList remaining = flow;
        for (const QString &done : completed)
            remaining.removeOne(done);
        if (remaining == QStringList{stage})
            return true;
    }
    return false;
}

std::optional<UiaChallenge> UiaChallenge::fromResponse(const ApiResponse &response)
{
    if (response.httpStatus != 401)
        return std::nullopt;
    const QJsonObject json = response.json();
    const QJsonValue flows = json.value(QLatin1String("flows"));
    if (!flows.isArray())
        return std::nullopt;
    UiaChallenge challenge;
    for (const QJsonValue &flow : flows.toArray()) {
        QStringList stages;
        for (const QJsonValue &stage : flow.toObject().value(QLatin1String("stages")).toArray())
            if (stage.isString())
                stages << stage.toString();
        if (!stages.isEmpty())
            challenge.flows << stages;
    }
    for (const QJsonValue &stage : json.value(QLatin1String("completed")).toArray())
        if (stage.isString())
            challenge.completed << stage.toString();
    challenge.session = json.value(QLatin1String("session")).toString();
    challenge.errcode = json.value(QLatin1String("errcode")).toString();
    challenge.error = json.value(QLatin1String("error")).toString();
    return challenge;
}

} // namespace atrium::matrix
