#pragma once

#include <QFutureWatcher>
#include <QObject>

namespace atrium::models {

// Calls `handler` with the future's result on `owner`'s thread, unless
// `owner` is gone by then: the watcher is owned by `owner`, so a late result
// never reaches a destroyed model. (QFuture::then with a context object does
// not protect against that in Qt 6.4.)
template <typename T, typename Handler>
void onResult(QObject *owner, QFuture<T> future, Handler handler)
{
    auto *watcher = new QFutureWatcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcherBase::finished, owner,
                     [watcher, handler = std::move(handler)]() {
                         const QFuture<T> done = watcher->future();
                         watcher->deleteLater();
                         if (done.resultCount() > 0)
                             handler(done.result());
                     });
    watcher->setFuture(future);
}

} // namespace atrium::models
