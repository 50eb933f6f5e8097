#include "core/validation/IdempotencyKeyCheck.h"

#include <QCoreApplication>

namespace paydesk {

QString idempotencyKeyProblem(const QString& key)
{
    bool bad = key.contains(u"..");
    for (const QChar c : key) {
        const QChar::Category category = c.category();
        if (c.isSpace() || category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Other_NotAssigned || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph || c == u'/' || c == u'\\' || c == u'?' || c == u'#' || c == u'%')
            bad = true;
    }
    if (!bad)
        return {};
    return QCoreApplication::translate("InvoiceRules",
        "The key may not hold spaces, control characters, “..” or any of / \\ ? # %: use letters, digits and "
        "- _ . : (for example ORDER-1042).");
}

} // namespace paydesk
