#pragma once

#include <QFrame>

class QLabel;

namespace paydesk {

// One figure of the Overview: a small caption, the value in a large font, and an optional detail line under it
// (other currencies, per-account times).
class KpiTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiTile)

public:
    explicit KpiTile(const QString& title, QWidget* parent = nullptr);

    QString title() const;
    QString value() const;
    QString detail() const;
    void setValue(const QString& value);
    // Hidden when empty.
    void setDetail(const QString& detail);

private:
    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_detail;
};

} // namespace paydesk
