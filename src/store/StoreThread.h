#pragma once

#include "Database.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>
#include <functional>
#include <memory>
#include <type_traits>

namespace atrium::store {

// Runs jobs against one account's database on a dedicated worker thread, in
// the order they were submitted, and hands their results back as QFutures.
// The GUI thread never touches the database: it submits and continues.
class StoreThread : public QObject
{
    Q_OBJECT
public:
    explicit StoreThread(QObject *parent = nullptr);
    ~StoreThread() override;

    // Opens and migrates the database at `path` on the worker thread.
    // Resolves to an empty string on success, else the error.
    QFuture<QString> open(const QString &path);

    template <typename Job>
    auto run(Job job) -> QFuture<std::invoke_result_t<Job, Database &>>
    {
        using Result = std::invoke_result_t<Job, Database &>;
        auto promise = std::make_shared<QPromise<Result>>();
        QFuture<Result> future = promise->future();
        promise->start();
        auto sharedJob = std::make_shared<Job>(std::move(job));
        post([this, promise, sharedJob]() {
            if constexpr (std::is_void_v<Result>) {
                (*sharedJob)(*m_database);
            } else {
                promise->addResult((*sharedJob)(*m_database));
            }
            m_database->finishStatements();
            promise->finish();
        });
        return future;
    }

    // Blocks until every job submitted so far has run (shutdown and tests).
    void drain();

private:
    void post(std::function<void()> task);

    QThread m_thread;
    QObject *m_worker; // lives on m_thread; jobs are queued to it
    std::unique_ptr<Database> m_database;
};

} // namespace atrium::store
