#include "ui/pages/RecordViewSetup.h"

#include <QHeaderView>
#include <QTableView>

namespace paydesk {

void setUpRecordView(QTableView& view)
{
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setSelectionMode(QAbstractItemView::ExtendedSelection);
    view.setAlternatingRowColors(true);
    view.setWordWrap(false);
    view.verticalHeader()->hide();
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 8);
    QHeaderView* header = view.horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setDefaultSectionSize(120);
    header->setStretchLastSection(true);
}

} // namespace paydesk
