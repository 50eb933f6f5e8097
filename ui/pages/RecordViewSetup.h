#pragma once

class QTableView;

namespace paydesk {

// How the record tables (refunds, withdrawals) look and behave: whole rows selected, alternating rows, one line per
// row at a fixed height, movable columns, the last column stretched. The caller sets the sort indicator to the model's
// order, then enables sorting (which sorts at once by the indicator).
void setUpRecordView(QTableView& view);

} // namespace paydesk
