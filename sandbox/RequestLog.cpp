#include "sandbox/RequestLog.h"

#include "sandbox/JsonWriter.h"

using namespace Qt::Literals::StringLiterals;

namespace paydesk::sandbox {

RequestLog::RequestLog(qsizetype capacity)
    : m_capacity(std::max<qsizetype>(1, capacity))
{
}

qint64 RequestLog::append(Entry entry)
{
    entry.seq = m_nextSeq++;
    entry.bodySize = entry.body.size();
    if (entry.body.size() > kBodyLimit)
        entry.body.truncate(kBodyLimit);
    m_entries.push_back(std::move(entry));
    while (static_cast<qsizetype>(m_entries.size()) > m_capacity)
        m_entries.pop_front();
    return m_entries.back().seq;
}

RequestLog::Entry* RequestLog::find(qint64 seq)
{
    if (m_entries.empty() || seq < m_entries.front().seq || seq > m_entries.back().seq)
        return nullptr;
    return &m_entries[static_cast<size_t>(seq - m_entries.front().seq)];
}

void RequestLog::setStatus(qint64 seq, int status)
{
    if (Entry* entry = find(seq))
        entry->status = status;
}

void RequestLog::setFault(qint64 seq, const QString& fault)
{
    if (Entry* entry = find(seq))
        entry->fault = fault;
}

void RequestLog::clear()
{
    m_entries.clear();
}

QList<RequestLog::Entry> RequestLog::entries(qint64 since, const QString& gateway, qsizetype limit) const
{
    QList<Entry> out;
    for (const Entry& entry : m_entries) {
        if (entry.seq <= since || (!gateway.isEmpty() && entry.gateway != gateway))
            continue;
        if (limit >= 0 && out.size() >= limit)
            break;
        out.append(entry);
    }
    return out;
}

QByteArray RequestLog::toJson(qint64 since, const QString& gateway, qsizetype limit) const
{
    JsonWriter w;
    w.beginObject().field("last_seq"_L1, lastSeq()).key("requests"_L1).beginArray();
    for (const Entry& entry : entries(since, gateway, limit)) {
        w.beginObject()
            .field("seq"_L1, entry.seq)
            .field("time"_L1, entry.sandboxMSecs / 1000)
            .field("received_at"_L1, entry.receivedAt.toString(Qt::ISODateWithMs))
            .field("method"_L1, QString::fromLatin1(entry.method))
            .field("path"_L1, entry.path)
            .field("query"_L1, entry.query)
            .field("gateway"_L1, entry.gateway)
            .field("status"_L1, entry.status)
            .field("fault"_L1, entry.fault)
            .field("body_size"_L1, static_cast<qint64>(entry.bodySize))
            .field("body"_L1, QString::fromUtf8(entry.body))
            .endObject();
    }
    w.endArray().endObject();
    return w.take();
}

} // namespace paydesk::sandbox
