#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <deque>

namespace paydesk::sandbox {

// What the sandbox received on the gateway routes (control calls under /_sandbox/ are not logged), so tests and
// benchmarks can count calls. Sequence numbers grow from 1 and survive clear(); the oldest entries are dropped
// beyond the capacity.
class RequestLog final
{
public:
    struct Entry
    {
        qint64 seq = 0;
        qint64 sandboxMSecs = 0; // sandbox clock when received
        QDateTime receivedAt; // wall clock, UTC
        QByteArray method;
        QString path;
        QString query;
        QString gateway; // "" when no gateway owns the path
        int status = 0; // reply status; 0 while pending or when the connection was dropped
        QString fault; // fault kind applied, if any
        qsizetype bodySize = 0;
        QByteArray body; // at most kBodyLimit bytes
    };

    static constexpr qsizetype kBodyLimit = 4096;
    static constexpr qsizetype kDefaultCapacity = 20000;

    explicit RequestLog(qsizetype capacity = kDefaultCapacity);

    qint64 append(Entry entry); // returns the sequence number
    void setStatus(qint64 seq, int status);
    void setFault(qint64 seq, const QString& fault);
    void clear();
    qint64 lastSeq() const { return m_nextSeq - 1; }
    qsizetype size() const { return static_cast<qsizetype>(m_entries.size()); }

    // Entries with seq > since, optionally of one gateway, at most limit of them.
    QList<Entry> entries(qint64 since = 0, const QString& gateway = {}, qsizetype limit = -1) const;
    // {"last_seq":N,"requests":[{seq,time,received_at,method,path,query,gateway,status,fault,body_size,body}]}
    QByteArray toJson(qint64 since = 0, const QString& gateway = {}, qsizetype limit = -1) const;

private:
    Entry* find(qint64 seq);

    std::deque<Entry> m_entries;
    qsizetype m_capacity;
    qint64 m_nextSeq = 1;
};

} // namespace paydesk::sandbox
