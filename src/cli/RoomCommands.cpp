#include "CliContext.h"
#include "CommandSupport.h"
#include "Commands.h"
#include "matrix/HttpClient.h"
#include "matrix/Requests.h"
#include "store/RoomSummary.h"
#include "sync/Session.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>

namespace atrium::cli {

namespace {

QJsonObject roomJson(const store::RoomSummary &room)
{
    return {{"room_id", room.roomId},
            {"name", room.displayName},
            {"membership", room.membership},
            {"topic", room.topic},
            {"unread", room.notificationCount},
            {"highlights", room.highlightCount},
            {"encrypted", room.isEncrypted},
            {"direct", room.isDirect},
            {"space", room.isSpace},
            {"last_ts", room.lastEventTs}};
}

QFuture<int> simpleCall(CliContext &context, const matrix::ApiRequest &request, const QString &what,
                        const QString &success)
{
    return context.session().call(request).then(
        &context, [&context, what, success](const matrix::ApiResponse &response) {
            if (response.error)
                return context.reportApiError(response, what);
            context.out() << success << Qt::endl;
            return int(Ok);
        });
}

} // namespace

QFuture<int> rooms(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({"json", "One JSON object per room and line."});
    parser.parse(arguments);
    const bool json = parser.isSet("json");
    return withSession(context, true, [&context, json]() {
        return firstSync(context)
            .then(&context,
                  [&context, json](int code) {
                      if (code != Ok)
                          return ready(code);
                      return context.session().loadRooms().then(
                          &context, [&context, json](QList<store::RoomSummary> rooms) {
                              std::sort(rooms.begin(), rooms.end(),
                                        [](const auto &a, const auto &b) {
                                            return a.lastEventTs > b.lastEventTs;
                                        });
                              for (const auto &room : rooms) {
                                  if (json)
                                      context.out() << QJsonDocument(roomJson(room))
                                                           .toJson(QJsonDocument::Compact);
                                  else
                                      context.out() << room.roomId << '\t' << room.membership
                                                    << '\t' << room.displayName;
                                  context.out() << '\n';
                              }
                              context.out().flush();
                              return int(Ok);
                          });
                  })
            .unwrap();
    });
}

QFuture<int> createRoom(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({"name", "Room name.", "name"});
    parser.addOption({"topic", "Room topic.", "topic"});
    parser.addOption({"encrypted", "Enable end-to-end encryption."});
    parser.addOption({"public", "Anyone can join; listed in the room directory."});
    parser.addOption({"direct", "A direct chat with the invited user."});
    parser.addOption({"invite", "Invite this user (repeatable).", "user"});
    if (!parser.parse(arguments) || !parser.isSet("name")) {
        context.err() << "usage: atrium-cli create-room --name NAME [--topic T] [--encrypted] "
                         "[--public] [--direct] [--invite USER]..."
                      << Qt::endl;
        return ready(Usage);
    }
    matrix::requests::NewRoom room;
    room.name = parser.value("name");
    room.topic = parser.value("topic");
    room.isPublic = parser.isSet("public");
    room.isDirect = parser.isSet("direct");
    room.encrypted = parser.isSet("encrypted");
    room.invite = parser.values("invite");
    const auto request = matrix::requests::createRoom(room);
    return withSession(context, false, [&context, request]() {
        return context.session().call(request).then(
            &context, [&context](const matrix::ApiResponse &response) {
                if (response.error)
                    return context.reportApiError(response, "cannot create the room");
                context.out() << response.json().value("room_id").toString() << Qt::endl;
                return int(Ok);
            });
    });
}

QFuture<int> join(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() != 2) {
        context.err() << "usage: atrium-cli join ROOM" << Qt::endl;
        return ready(Usage);
    }
    const QString room = arguments.at(1);
    return withSession(context, false, [&context, room]() {
        return context.session()
            .call(matrix::requests::join(room))
            .then(&context, [&context, room](const matrix::ApiResponse &response) {
                if (response.error)
                    return context.reportApiError(response, "cannot join " + room);
                context.out() << response.json().value("room_id").toString() << Qt::endl;
                return int(Ok);
            });
    });
}

QFuture<int> leave(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() != 2) {
        context.err() << "usage: atrium-cli leave ROOM" << Qt::endl;
        return ready(Usage);
    }
    return onRoom(context, arguments.at(1), false, [&context](const QString &roomId) {
        return simpleCall(context, matrix::requests::leave(roomId), "cannot leave " + roomId,
                          "left " + roomId);
    });
}

QFuture<int> invite(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() != 3) {
        context.err() << "usage: atrium-cli invite ROOM USER" << Qt::endl;
        return ready(Usage);
    }
    const QString user = arguments.at(2);
    return onRoom(context, arguments.at(1), false, [&context, user](const QString &roomId) {
        return simpleCall(context, matrix::requests::invite(roomId, user), "cannot invite " + user,
                          "invited " + user + " to " + roomId);
    });
}

} // namespace atrium::cli
