#include "app/gui/AppIcon.h"

using namespace Qt::Literals::StringLiterals;

namespace paydesk {

QIcon appIcon()
{
    QIcon builtIn;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        builtIn.addFile(u":/icons/%1/org.paydesk.Paydesk.png"_s.arg(size), QSize(size, size));
    builtIn.addFile(u":/icons/org.paydesk.Paydesk.svg"_s);
    return QIcon::fromTheme(u"org.paydesk.Paydesk"_s, builtIn);
}

} // namespace paydesk
