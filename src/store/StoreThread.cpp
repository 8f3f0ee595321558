#include "StoreThread.h"

#include <QSemaphore>

namespace atrium::store {

StoreThread::StoreThread(QObject *parent)
    : QObject(parent), m_worker(new QObject), m_database(std::make_unique<Database>())
{
    m_thread.setObjectName(QStringLiteral("atrium-store"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

StoreThread::~StoreThread()
{
    // The database must be closed on the thread that opened it, and before
    // the loop stops: a job posted just before quit() could be dropped.
    QMetaObject::invokeMethod(
        m_worker, [this]() { m_database->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QFuture<QString> StoreThread::open(const QString &path)
{
    return run([path](Database &db) { return db.open(path) ? QString() : db.lastError(); });
}

void StoreThread::post(std::function<void()> task)
{
    QMetaObject::invokeMethod(m_worker, std::move(task), Qt::QueuedConnection);
}

void StoreThread::drain()
{
    QSemaphore done;
    post([&done]() { done.release(); });
    done.acquire();
}

} // namespace atrium::store
