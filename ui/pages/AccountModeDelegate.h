#pragma once

#include <QStyledItemDelegate>

namespace paydesk {

// Draws the Mode column of the Accounts table as a badge: "Live" in green (real money), "Test" in amber, so a test
// account is never mistaken for a live one. Reads the mode from SortRole (bool: live) and the text from DisplayRole.
class AccountModeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountModeDelegate)

public:
    explicit AccountModeDelegate(QObject* parent = nullptr);
    ~AccountModeDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace paydesk
